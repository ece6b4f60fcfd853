import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { AccountForm } from "@/components/auth/account-form";
import { forgotPasswordAction } from "./actions";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-600">{t("forgotIntro")}</p>
      <AccountForm
        action={forgotPasswordAction}
        hideWhenDone
        submit={t("forgotSubmit")}
        working={t("working")}
        fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email" }]}
      />
      <p className="mt-6 text-sm">
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </div>
  );
}
