import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import { FirmProfileForm } from "@/components/firms/firm-profile-form";
import { EMPTY_PROFILE, profileFormOptions } from "@/components/firms/profile-form-props";
import { registerFirmAction } from "@/actions/firm";

export default async function RegisterFirmPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireUser(locale, `/${locale}/firm/register`);
  const t = await getTranslations("profileForm");
  const options = await profileFormOptions(await loadTaxonomy(), locale);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("registerTitle")} subtitle={t("registerIntro")} />
      <FirmProfileForm mode="register" action={registerFirmAction} initial={EMPTY_PROFILE} {...options} />
    </div>
  );
}
