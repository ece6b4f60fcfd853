"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { signUpAction } from "@/actions/account";
import { ActionForm, SubmitButton, useActionForm } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/actions/action-state";
import { LOCALES } from "@/lib/i18n/routing";

/** Sign-up, then signing in with the same address and password. A refusal keeps what was typed but the password. */
export function SignUpForm() {
  const t = useTranslations("auth");
  const tl = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const selectId = useId();
  // The credentials as submitted: the password is not handed back with the answer, and React resets the form.
  const submitted = useRef<{ email: string; password: string } | null>(null);

  function remember(e: React.FormEvent<HTMLFormElement>) {
    const form = new FormData(e.currentTarget);
    submitted.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
  }

  async function onAnswer(state: ActionState<void>) {
    if (state.status !== "done" || !submitted.current) return;
    const signedIn = await signIn("credentials", { ...submitted.current, redirect: false });
    submitted.current = null;
    router.replace(signedIn?.ok ? `/${locale}/me` : `/${locale}/signin`);
    router.refresh();
  }

  return (
    <ActionForm action={signUpAction} onSubmit={remember} onAnswer={onAnswer} className="space-y-4">
      <TextField label={t("displayName")} name="displayName" autoComplete="name" required maxLength={100} />
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
      />
      <div className="space-y-1">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          {t("preferredLanguage")}
        </label>
        <Select
          id={selectId}
          name="locale"
          defaultValue={locale}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {tl(l)}
            </option>
          ))}
        </Select>
      </div>
      <Submit />
    </ActionForm>
  );
}

function Submit() {
  const t = useTranslations("auth");
  const { pending } = useActionForm();
  return <SubmitButton className="w-full">{pending ? t("working") : t("submitSignUp")}</SubmitButton>;
}
