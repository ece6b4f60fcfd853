"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { signUpAction } from "@/actions/auth";
import { ActionForm, SubmitButton, useActionForm } from "@/components/forms/action-form";
import { Select } from "@/components/forms/fields";
import { UntilDone } from "@/components/forms/until-done";
import { TextField } from "@/components/ui/text-field";
import { LOCALES } from "@/lib/i18n/routing";

/**
 * Sign-up. The answer is "check your email" whether or not the address had an account (so nobody signs in
 * here: the link proves the address first). A refusal keeps what was typed but the password.
 */
export function SignUpForm() {
  const t = useTranslations("auth");
  const tl = useTranslations("language");
  const locale = useLocale();
  const selectId = useId();
  return (
    <ActionForm action={signUpAction} className="space-y-4">
      <UntilDone>
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
      </UntilDone>
    </ActionForm>
  );
}

function Submit() {
  const t = useTranslations("auth");
  const { pending } = useActionForm();
  return <SubmitButton className="w-full">{pending ? t("working") : t("submitSignUp")}</SubmitButton>;
}
