"use client";
// Every form that calls a server action: <ActionForm action={…}> runs it through useActionState and shares the
// answer with the fields inside (components/forms/fields.tsx, components/ui/text-field.tsx), which show their
// error at the field and, after a refusal, what the person typed. The form's own message (done, or a refusal)
// shows at the form, or at the top of the page (`notice="page"`) when the form goes away with its answer (a
// row's button that removes the row).
import { createContext, use, useActionState, useEffect, useEffectEvent, useRef } from "react";
import { useRouter } from "next/navigation";
import { IDLE, submittedValues, type ActionState } from "@/lib/actions/action-state";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import { ActionMessage, useNoticeText } from "./action-message";
import { usePageNotices } from "./page-notices";

type AnyState = ActionState<unknown>;
type Context = { state: AnyState; pending: boolean };

const FormContext = createContext<Context | null>(null);

/** The answer of the surrounding ActionForm: for fields and buttons inside it (Data: what its action returns). */
export function useActionForm<Data = unknown>() {
  const context = use(FormContext);
  const state = (context?.state ?? IDLE) as ActionState<Data>;
  const values = submittedValues(state);
  return {
    state,
    pending: context?.pending ?? false,
    inForm: context !== null,
    /** The message key for a field, after a refusal. */
    error: (name: string): ErrorKey | undefined => (state.status === "fieldErrors" ? state.fields[name] : undefined),
    /** What to show in a field: what was submitted after a refusal, otherwise the page's value. */
    value: (name: string, fallback: string): string => {
      const v = values?.[name];
      return v === undefined ? fallback : Array.isArray(v) ? (v[0] ?? "") : v;
    },
    /** Whether a checkbox or radio button is ticked: as submitted after a refusal, otherwise as the page says. */
    checked: (name: string, value: string, fallback: boolean): boolean => {
      if (!values) return fallback;
      const v = values[name];
      return v === undefined ? false : Array.isArray(v) ? v.includes(value) : v === value;
    },
  };
}

type Props<Data> = Omit<React.FormHTMLAttributes<HTMLFormElement>, "action" | "children"> & {
  action: (state: ActionState<Data>, form: FormData) => Promise<ActionState<Data>>;
  /** Values the form carries without showing them (the firm acted for, the row's id). */
  hiddenFields?: Record<string, string>;
  /** Where the form's own message shows: above the fields, after them, or at the top of the page. */
  notice?: "start" | "end" | "page";
  /** For a client component around the form that does more with an answer (signing in after signing up). */
  onAnswer?: (state: ActionState<Data>) => void;
  children: React.ReactNode;
};

export function ActionForm<Data>({ action, hiddenFields, notice = "start", onAnswer, children, ...form }: Props<Data>) {
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const page = usePageNotices();
  // Answers that leave this form are handed on as soon as they arrive, in the same transition: the form may be
  // gone by the next commit (its row removed by the refreshed page), and its effects with it.
  async function run(previous: ActionState<Data>, form: FormData): Promise<ActionState<Data>> {
    const answer = await action(previous, form);
    if (answer.status === "done" && answer.goTo) {
      page?.showAt(answer.goTo, answer);
      if (samePage(answer.goTo)) router.push(answer.goTo);
      // Another page is loaded in full. A client navigation started here, while the router still applies the
      // action's own revalidation, can be discarded with it and leave both waiting for good (seen on the
      // production build: the opportunity was created, the form never left; vercel/next.js#84299, #96233).
      else window.location.assign(answer.goTo);
    } else if (notice === "page" && answer.status !== "idle") page?.show(answer);
    return answer;
  }
  const [state, formAction, pending] = useActionState(run, IDLE);

  // Once per answer (not on every render): the effect runs when `state` changes, the event sees current props.
  const answered = useEffectEvent((answer: ActionState<Data>) => {
    // Take the person to the first field in error, as a screen reader user would need.
    if (answer.status === "fieldErrors") ref.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    onAnswer?.(answer);
  });
  useEffect(() => {
    if (state.status !== "idle") answered(state);
  }, [state]);

  return (
    <FormContext value={{ state, pending }}>
      <form ref={ref} action={formAction} noValidate {...form}>
        {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {notice === "start" ? <FormMessage /> : null}
        {children}
        {notice === "end" ? <FormMessage /> : null}
      </form>
    </FormContext>
  );
}

/** Whether an address is this page with other search parameters (a grid's selection). */
function samePage(href: string): boolean {
  return new URL(href, window.location.href).pathname === window.location.pathname;
}

/** The surrounding form's message. */
export function FormMessage({ className }: { className?: string }) {
  const { state } = useActionForm();
  // An answer that sends the person elsewhere says it there (page-notices.tsx).
  if (state.status === "done" && state.goTo) return null;
  return <ActionMessage state={state} className={className} />;
}

/** A field's error, where the field is; `id` ties it to the field for screen readers. */
export function FieldError({ name, id }: { name: string; id?: string }) {
  const { error } = useActionForm();
  const text = useNoticeText();
  const key = error(name);
  return key ? (
    <p id={id} className="mt-1 text-sm font-medium text-accent-600" data-field-error={name}>
      {text(key)}
    </p>
  ) : null;
}

/** The form's submit button, disabled while the action runs. */
export function SubmitButton({
  variant = "primary",
  className = "",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "plain" }) {
  const { pending } = useActionForm();
  const look =
    variant === "primary"
      ? "min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:bg-slate-400"
      : variant === "secondary"
        ? "min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        : "";
  return <button type="submit" {...props} disabled={pending || props.disabled} className={`${look} ${className}`} />;
}
