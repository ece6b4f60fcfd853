"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { forgetOfflineCopies } from "./offline-copies";

export function SignOutButton() {
  const t = useTranslations("nav");
  const locale = useLocale();
  return (
    <button
      type="button"
      onClick={async () => {
        await forgetOfflineCopies();
        await signOut({ callbackUrl: `/${locale}/signin?signedOut=1` });
      }}
      className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100"
    >
      {t("signOut")}
    </button>
  );
}
