import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { requireAccount } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { resendVerificationAction } from "./actions";

/** Where an account whose address is not verified lands, and all it can do: resend the link or sign out. */
export default async function VerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ resent?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireAccount(locale, `/${locale}/verify`);
  if (!actor.unverified) redirect(`/${locale}/me`);
  const { resent, error } = await searchParams;
  const t = await getTranslations("auth");
  const errors = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("verifyTitle")}</h1>
      <p>{t("verifyIntro", { email: actor.email })}</p>
      <p className="text-slate-600">{t("verifyWhy")}</p>
      {resent ? <Notice kind="success">{t("verifyResent", { email: actor.email })}</Notice> : null}
      {error ? (
        <Notice kind="error">
          {errors(error === "throttled" ? "throttled" : error === "already" ? "verify.already" : "generic")}
        </Notice>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <form action={resendVerificationAction.bind(null, locale)}>
          <Button type="submit">{t("verifyResend")}</Button>
        </form>
        <SignOutButton />
      </div>
    </div>
  );
}
