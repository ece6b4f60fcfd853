import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { GOOD_MATCH, matchingOverview } from "@/lib/matching/matching-overview";
import { Card } from "@/components/ui/card";
import { floorPercent } from "@/lib/organizer/percent";
import { PageHeader } from "@/components/ui/page-header";

export default async function MatchingOverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/matching`);
  const t = await getTranslations("matchingOverview");
  const common = await getTranslations("common");
  const o = await matchingOverview(actor);
  const figures = [
    ["firms", o.firms],
    ["withGood", o.withGood],
    ["withoutGood", o.withoutGoodCount],
    ["interested", o.interested],
    ["mutual", o.mutual],
  ] as const;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle", { threshold: Math.round(GOOD_MATCH * 100) })} />
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5" data-testid="matching-figures">
        {figures.map(([key, value]) => (
          <div key={key} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t(key)}</dt>
            <dd className="text-2xl font-bold text-brand-800">{value}</dd>
          </div>
        ))}
      </dl>
      <Card title={t("noneTitle")}>
        {o.withoutGood.length === 0 ? (
          <p>{t("noneEmpty")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("firm")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("country")}
                </th>
                <th scope="col" className="py-2">
                  {t("best")}
                </th>
              </tr>
            </thead>
            <tbody>
              {o.withoutGood.map((f) => (
                <tr key={f.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4">
                    <Link href={`/firms/${f.id}`} className="text-brand-700 underline">
                      {f.nameLocal}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{common(`country.${f.country}`)}</td>
                  <td className="py-2">{floorPercent(f.best)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
