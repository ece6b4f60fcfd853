"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { LOCALES } from "@/lib/i18n/routing";
import type { SignUpResult } from "@/app/[locale]/signup/actions";

export function SignUpForm({ action }: { action: (form: FormData) => Promise<SignUpResult> }) {
  const t = useTranslations("auth");
  const te = useTranslations();
  const tl = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const selectId = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, startTransition] = useTransition();

  // Messages come back as keys ("errors.email.taken") and are translated here, in the reader's language.
  const message = (key: string | undefined) => (key ? te(key as never) : undefined);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const result = await action(form);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setErrors({});
      const signedIn = await signIn("credentials", {
        email: String(form.get("email")),
        password: String(form.get("password")),
        redirect: false,
      });
      router.replace(signedIn?.ok ? `/${locale}/me` : `/${locale}/signin`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.form ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-accent-600">
          {message(errors.form)}
        </p>
      ) : null}
      <TextField
        label={t("displayName")}
        name="displayName"
        autoComplete="name"
        required
        maxLength={100}
        error={message(errors.displayName)}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={message(errors.email)}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        error={message(errors.password)}
      />
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
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("working") : t("submitSignUp")}
      </Button>
    </form>
  );
}
