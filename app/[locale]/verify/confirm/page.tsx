import { getTranslations } from "next-intl/server";
import { confirmEmailAction } from "@/actions/auth";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { Notice } from "@/components/ui/notice";

/**
 * The verification email's link. The page only shows a button: opening it (a mail scanner, a link preview)
 * confirms nothing, pressing the button does. No session needed: the token decides, and a dead link is said
 * at the form.
 */
export default async function ConfirmEmailPage({
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
  return (
    <div className="mx-auto max-w-md space-y-4 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold">{t("verifyConfirmTitle")}</h1>
      {typeof token !== "string" ? (
        <>
          <Notice kind="error">{errors("link.invalid")}</Notice>
          <Link href="/signin" className="font-semibold text-brand-700 underline">
            {t("submitSignIn")}
          </Link>
        </>
      ) : (
        <>
          <p>{t("verifyConfirmIntro")}</p>
          <ActionForm action={confirmEmailAction} hiddenFields={{ token }} className="space-y-3">
            <SubmitButton>{t("verifyConfirmSubmit")}</SubmitButton>
          </ActionForm>
        </>
      )}
    </div>
  );
}
