import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { eventReport } from "@/lib/organizer/event-report";
import { reportSections } from "@/lib/organizer/event-report-sections";
import { formatDate, formatDateTime } from "@/lib/time/zoned-format";
import { DownloadLink } from "@/components/ui/download-link";
import { PrintButton } from "@/components/ui/print-button";

/** The event report for the organizing bodies and sponsors, printable; the same tables as the spreadsheet. */
export default async function ReportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/report`);
  const t = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{t("home.noEvent")}</p>;
  const report = await eventReport(actor, event.id);
  const sections = reportSections(report, locale, (k, v) => t(k, v));
  const now = new Date();
  return (
    <article className="space-y-6" data-testid="report">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("report.title", { event: localized(event, "name", locale) })}</h1>
          <p className="text-slate-600">
            {t("report.subtitle", {
              day: formatDate(event.startsAt, event.timeZone, locale),
              venue: `${event.venue}, ${event.city}`,
              at: formatDateTime(now, event.timeZone, locale),
            })}
          </p>
        </div>
        <div className="flex gap-2 print:hidden">
          <DownloadLink href={`/api/organizer/report?locale=${locale}`}>{t("report.download")}</DownloadLink>
          <PrintButton label={t("report.print")} />
        </div>
      </header>
      {sections.map((s) => (
        <section key={s.key} className="break-inside-avoid" data-testid={`report-${s.key}`}>
          <h2 className="mb-2 text-lg font-semibold">{s.title}</h2>
          {s.rows.length === 0 ? (
            <p className="text-slate-600">{t("report.none")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    {s.columns.map((c, i) => (
                      <th key={i} scope="col" className={`py-1 pr-3 ${i > 0 ? "text-right" : ""}`}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((row, i) => (
                    <tr key={i} className="border-b border-slate-100">
                      {row.map((cell, j) =>
                        j === 0 ? (
                          <th key={j} scope="row" className="py-1 pr-3 font-normal">
                            {cell}
                          </th>
                        ) : (
                          <td key={j} className="py-1 pr-3 text-right tabular-nums">
                            {cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </article>
  );
}
