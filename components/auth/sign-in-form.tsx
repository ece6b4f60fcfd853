"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { forgetOfflineCopies } from "./offline-copies";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

type Errors = { email?: string; password?: string; form?: string };

/** Where to go after signing in: only paths on this site, never another origin (lib/http/safe-redirect.ts). */
function safeReturnTo(returnTo: string | undefined, locale: string): string {
  return safeRedirectPath(returnTo, window.location.origin, `/${locale}/me`);
}

export function SignInForm({ returnTo }: { returnTo?: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, startTransition] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const found: Errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found.email = te("email.invalid");
    if (!password) found.password = te("password.required");
    setErrors(found);
    if (found.email || found.password) return;
    startTransition(async () => {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        // "THROTTLED:<seconds>": wait that long (lib/auth/options.ts); no lock, just a wait.
        const seconds = /^THROTTLED:(\d+)$/.exec(result?.error ?? "")?.[1];
        setErrors(
          seconds
            ? { form: te("throttledFor", { seconds: Number(seconds) }) }
            : result?.error
              ? { password: te("password.wrong") }
              : { form: te("generic") },
        );
        return;
      }
      await forgetOfflineCopies();
      router.replace(safeReturnTo(returnTo, locale));
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-describedby={errors.form ? "signin-form-error" : undefined}
    >
      {errors.form ? (
        <p id="signin-form-error" role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-accent-600">
          {errors.form}
        </p>
      ) : null}
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required error={errors.email} />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("working") : t("submitSignIn")}
      </Button>
    </form>
  );
}
