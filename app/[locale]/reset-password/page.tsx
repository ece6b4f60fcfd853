import { getTranslations } from "next-intl/server";
import { resetPasswordAction } from "@/actions/auth";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { resetLinkIsLive } from "@/lib/auth/password-reset";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";

/** The reset email's link: a new password, if the link is still live (one hour, once). */
export default async function ResetPasswordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  await pageLocale(params);
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  const errors = await getTranslations("errors");
  const live = typeof token === "string" && (await resetLinkIsLive(token));
  return (
    <div className="mx-auto max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
      {live ? (
        <>
          <p className="mb-6 mt-1 text-slate-600">{t("resetIntro")}</p>
          <ActionForm action={resetPasswordAction} hiddenFields={{ token }} className="space-y-4">
            <TextField
              label={t("newPassword")}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint={t("passwordHint")}
            />
            <SubmitButton className="w-full sm:w-auto">{t("resetSubmit")}</SubmitButton>
          </ActionForm>
        </>
      ) : (
        <div className="mt-4 space-y-4">
          <Notice kind="error">{errors("link.invalid")}</Notice>
          <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
            {t("forgotLink")}
          </Link>
        </div>
      )}
    </div>
  );
}
