import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  if (await currentActor()) redirect(`/${locale}/me`);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-600">{t("signUpIntro")}</p>
      <SignUpForm />
      <p className="mt-6 text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </div>
  );
}
