import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { siteOrigin } from "@/lib/http/site-origin";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";

// A confirmed address or a new password arrives with its done message (components/forms/page-notices.tsx).
type SearchParams = Promise<{ returnTo?: string; signedOut?: string }>;

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const { returnTo, signedOut } = await searchParams;
  if (await currentActor()) redirect(`/${locale}/me`);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-600">{t("signInIntro")}</p>
      {signedOut ? (
        <p role="status" className="mb-4 rounded-lg bg-brand-50 p-3 text-sm text-brand-800">
          {t("signedOut")}
        </p>
      ) : null}
      {/* Only a path on this site survives (lib/http/safe-redirect.ts); the form checks again in the browser. */}
      <SignInForm returnTo={safeRedirectPath(returnTo, await siteOrigin(), `/${locale}/me`)} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-brand-700 underline">
          {t("submitSignUp")}
        </Link>
      </p>
      {process.env.KAKEHASHI_DEMO === "1" ? (
        <p className="mt-4 text-sm text-slate-600">{t("demoHint", { password: DEMO_PASSWORD })}</p>
      ) : null}
    </div>
  );
}
