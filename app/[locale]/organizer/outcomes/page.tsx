import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { outcomesOf } from "@/lib/meetings/meeting-day";
import { summarize } from "@/lib/meetings/outcome-summary";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DownloadLink } from "@/components/ui/download-link";
import { FigureList } from "@/components/ui/figure-list";

const KINDS = ["FOLLOW_UP", "NDA", "PILOT_ORDER", "NO_FIT"] as const;

/** What the meetings achieved: held and missed, outcomes per country pair and sector, every answer. */
export default async function OutcomesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/outcomes`);
  const t = await getTranslations("outcomes");
  const md = await getTranslations("meetingDay");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const { byStatus, outcomes } = await outcomesOf(actor, event.id);
  const rows = outcomes.map((o) => ({
    outcome: o.outcome,
    rating: o.rating,
    countries: [o.meeting.firmA.country, o.meeting.firmB.country] as [string, string],
    sector: o.meeting.firmA.sectors[0] ? localized(o.meeting.firmA.sectors[0].sector, "label", locale) : t("noSector"),
  }));
  const summary = summarize(rows);
  const table = (title: string, data: Map<string, Map<string, number>>, testId: string) => (
    <Card title={title}>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid={testId}>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-2">
                <span className="sr-only">{title}</span>
              </th>
              {KINDS.map((k) => (
                <th key={k} scope="col" className="py-2 pr-2">
                  {md(`kind.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...data].map(([key, counts]) => (
              <tr key={key} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-2 font-medium">
                  {key}
                </th>
                {KINDS.map((k) => (
                  <td key={k} className="py-2 pr-2 tabular-nums">
                    {counts.get(k) ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={localized(event, "name", locale)}>
        <DownloadLink href={`/api/organizer/outcomes?locale=${locale}`}>{t("exportCsv")}</DownloadLink>
      </PageHeader>
      <Card title={t("meetings")}>
        <FigureList
          testId="meeting-counts"
          items={[
            [t("count.scheduled"), byStatus.SCHEDULED ?? 0],
            [t("count.held"), byStatus.HELD ?? 0],
            [t("count.missed"), byStatus.MISSED ?? 0],
            [t("count.answers"), outcomes.length],
            [t("count.rating"), summary.averageRating ?? "–"],
          ]}
        />
      </Card>
      {outcomes.length === 0 ? <p className="rounded-lg bg-white p-4">{t("none")}</p> : null}
      {outcomes.length > 0 ? table(t("byPair"), summary.byPair, "by-pair") : null}
      {outcomes.length > 0 ? table(t("bySector"), summary.bySector, "by-sector") : null}
    </div>
  );
}
