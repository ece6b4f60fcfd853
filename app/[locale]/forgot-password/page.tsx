import { getTranslations } from "next-intl/server";
import { forgotPasswordAction } from "@/actions/auth";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { UntilDone } from "@/components/forms/until-done";
import { TextField } from "@/components/ui/text-field";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";

/** "Forgot your password?": the answer is the same for every address (lib/auth/password-reset.ts). */
export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mb-6 mt-1 text-slate-600">{t("forgotIntro")}</p>
      <ActionForm action={forgotPasswordAction} className="space-y-4">
        <UntilDone>
          <TextField label={t("email")} name="email" type="email" autoComplete="email" required />
          <SubmitButton className="w-full sm:w-auto">{t("forgotSubmit")}</SubmitButton>
        </UntilDone>
      </ActionForm>
      <p className="mt-6 text-sm">
        <Link href="/signin" className="font-semibold text-brand-700 underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </div>
  );
}
