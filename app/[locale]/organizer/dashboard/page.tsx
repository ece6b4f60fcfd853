import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { dashboard } from "@/lib/organizer/dashboard";
import { outcomesOf } from "@/lib/meetings/meeting-day";
import { summarize } from "@/lib/meetings/outcome-summary";
import { tableUse } from "@/lib/organizer/dashboard-figures";
import { formatTime, zoneLabel } from "@/lib/time/zoned-format";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BarChartFigure } from "@/components/organizer/bar-chart";
import { DownloadLink } from "@/components/ui/download-link";
import { ConsortiumsCard, OutcomesCard, ToursCard } from "@/components/organizer/dashboard-sections";
import { COUNTRIES } from "@/lib/enums";

export default async function DashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/dashboard`);
  const t = await getTranslations("dashboard");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const [d, o] = await Promise.all([dashboard(actor, event.id), outcomesOf(actor, event.id)]);
  const outcomeSummary = summarize(
    o.outcomes.map((x) => ({
      outcome: x.outcome,
      rating: x.rating,
      countries: [x.meeting.firmA.country, x.meeting.firmB.country] as [string, string],
      sector: x.meeting.firmA.sectors[0] ? localized(x.meeting.firmA.sectors[0].sector, "label", locale) : "–",
    })),
  );
  const zone = event.timeZone;
  const use = tableUse(d.tableUse.slots, d.tableUse.tables);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={localized(event, "name", locale)}>
        <DownloadLink href={`/api/organizer/dashboard?locale=${locale}`}>{t("exportCsv")}</DownloadLink>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <BarChartFigure
            title={t("byCountry")}
            data={COUNTRIES.map((c) => ({
              label: tAll(`common.country.${c}`),
              value: d.registrations.byCountry[c] ?? 0,
            }))}
            testId="chart-country"
          />
        </Card>
        <Card>
          <BarChartFigure
            title={t("byStatus")}
            data={(["PENDING", "APPROVED", "REJECTED"] as const).map((s) => ({
              label: tAll(`common.firmStatus.${s}`),
              value: d.registrations.byStatus[s] ?? 0,
            }))}
          />
        </Card>
        <Card>
          <BarChartFigure
            title={t("bySector")}
            data={d.sectors.map((s) => ({ label: localized(s.sector, "label", locale), value: s.firms }))}
            horizontal
          />
        </Card>
        <Card>
          <p className="mb-2 text-lg" data-testid="acceptance-rate">
            {d.requests.acceptanceRate === null
              ? t("noDecisions")
              : t("acceptance", { rate: d.requests.acceptanceRate })}
          </p>
          <BarChartFigure
            title={t("requests")}
            data={(["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"] as const).map((s) => ({
              label: tAll(`meetings.status.${s}`),
              value: d.requests.byStatus[s] ?? 0,
            }))}
            testId="chart-requests"
          />
        </Card>
        <Card>
          <BarChartFigure
            title={t("meetings")}
            data={(["SCHEDULED", "HELD", "MISSED", "CANCELLED"] as const).map((s) => ({
              label: t(`meetingStatus.${s}`),
              value: d.meetings[s] ?? 0,
            }))}
          />
        </Card>
        <Card>
          <BarChartFigure
            title={t("tableUse", {
              tables: d.tableUse.tables,
              zone: d.tableUse.slots[0] ? zoneLabel(d.tableUse.slots[0].startsAt, zone) : "",
            })}
            data={d.tableUse.slots.map((s, i) => ({ label: formatTime(s.startsAt, zone, locale), value: use[i]! }))}
            unit="%"
          />
        </Card>
      </div>
      <OutcomesCard o={o} outcomeSummary={outcomeSummary} />
      <ToursCard d={d} locale={locale} />
      <ConsortiumsCard d={d} />
    </div>
  );
}
