"use client";
// One form for the account pages (sign-up, forgotten and new passwords, change of password or address):
// useActionState with the action's FormState, field messages at their fields, the typed values kept after a
// refusal, and the done message in place of nothing. Labels come translated from the page; message keys come
// from the action and are translated here, in the reader's language.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/validation/form-state";

export type AccountField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: string;
  maxLength?: number;
};

export function AccountForm({
  action,
  fields,
  submit,
  working,
  hideWhenDone = false,
  children,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: AccountField[];
  submit: string;
  working: string;
  /** Show only the done message once done (sign-up, forgotten password): the form has nothing more to do. */
  hideWhenDone?: boolean;
  /** Extra inputs (a language choice) between the fields and the button. */
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const message = (key: string | undefined, values?: Record<string, string | number>) =>
    key ? t(key as never, values as never) : undefined;
  const done =
    state.ok && state.done ? <Notice kind="success">{message(state.done.key, state.done.values)}</Notice> : null;
  if (done && hideWhenDone) return done;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {done}
      {state.errors.form ? <Notice kind="error">{message(state.errors.form)}</Notice> : null}
      {fields.map((f) => (
        <TextField
          key={`${f.name}-${state.ok ? "done" : "open"}`}
          name={f.name}
          label={f.label}
          type={f.type ?? "text"}
          autoComplete={f.autoComplete}
          hint={f.hint}
          maxLength={f.maxLength}
          required
          defaultValue={f.type === "password" || state.ok ? undefined : state.values[f.name]}
          error={message(state.errors[f.name])}
        />
      ))}
      {children}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? working : submit}
      </Button>
    </form>
  );
}
