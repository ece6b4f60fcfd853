"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { LOCALES } from "@/lib/i18n/routing";
import type { FormState } from "@/lib/validation/form-state";
import { AccountForm } from "./account-form";

export function SignUpForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations("auth");
  const tl = useTranslations("language");
  const locale = useLocale();
  const selectId = useId();
  return (
    <AccountForm
      action={action}
      hideWhenDone
      submit={t("submitSignUp")}
      working={t("working")}
      fields={[
        { name: "displayName", label: t("displayName"), autoComplete: "name", maxLength: 100 },
        { name: "email", label: t("email"), type: "email", autoComplete: "email" },
        {
          name: "password",
          label: t("password"),
          type: "password",
          autoComplete: "new-password",
          hint: t("passwordHint"),
        },
      ]}
    >
      <div className="space-y-1">
        <label htmlFor={selectId} className="block text-sm font-medium text-slate-800">
          {t("preferredLanguage")}
        </label>
        <select
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
        </select>
      </div>
    </AccountForm>
  );
}
