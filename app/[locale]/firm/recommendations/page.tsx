import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { myFirmNames } from "@/lib/firms/firm-names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { RecommendationFilters, recommendationsForFirm } from "@/lib/matching/recommendations-for-firm";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import { FirmSwitcher } from "@/components/firms/firm-switcher";
import { NoFirmNotice } from "@/components/firms/no-firm-notice";
import {
  MutualMatches,
  RecommendationFilterForm,
  RecommendationList,
} from "@/components/matching/recommendation-sections";

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function RecommendationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/firm/recommendations`);
  const raw = await searchParams;
  const t = await getTranslations("matching");
  const firmId = selectedFirmId(actor, raw.firm);
  if (!firmId) {
    return <NoFirmNotice title={t("title")} message={t("noFirm")} />;
  }
  const filters = RecommendationFilters.parse({
    country: raw.country || undefined,
    sector: raw.sector || undefined,
    showDismissed: raw.showDismissed || undefined,
  });
  const [myFirms, taxonomy, data] = await Promise.all([
    myFirmNames(actor),
    loadTaxonomy(),
    recommendationsForFirm(actor, firmId, filters),
  ]);
  const own = myFirms.find((f) => f.id === firmId)!;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle", { firm: own.nameLocal })} />
      <FirmSwitcher firms={myFirms} current={firmId} path="/firm/recommendations" label={t("whichFirm")} />
      <MutualMatches firmId={firmId} mutual={data.mutual} />
      <RecommendationFilterForm firmId={firmId} filters={filters} taxonomy={taxonomy} locale={locale} />
      {!data.inEngine ? <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{t("notApproved")}</p> : null}
      {data.inEngine && data.recommendations.length === 0 ? (
        <p className="rounded-lg bg-white p-4">{t("empty")}</p>
      ) : null}
      <RecommendationList firmId={firmId} data={data} taxonomy={taxonomy} locale={locale} />
    </div>
  );
}
