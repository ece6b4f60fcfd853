import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { resendVerificationAction } from "@/actions/auth";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { requireAccount } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";

/** Where an account whose address is not verified lands, and all it can do: resend the link or sign out. */
export default async function VerifyPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireAccount(locale, `/${locale}/verify`);
  if (!actor.unverified) redirect(`/${locale}/me`);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("verifyTitle")}</h1>
      <p>{t("verifyIntro", { email: actor.email })}</p>
      <p className="text-slate-600">{t("verifyWhy")}</p>
      <ActionForm action={resendVerificationAction} className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton>{t("verifyResend")}</SubmitButton>
          <SignOutButton />
        </div>
      </ActionForm>
    </div>
  );
}
