import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { tableSheets } from "@/lib/meetings/agenda";
import { siteOrigin } from "@/lib/http/site-origin";
import { formatDate, formatTime, zoneLabel } from "@/lib/time/zoned-format";
import { QrCode } from "@/components/ui/qr-code";
import { shortFirmName } from "@/lib/firms/short-name";
import { PrintButton } from "@/components/ui/print-button";

/** One printable sheet per table (a page each on paper): who sits there when, and a QR code to the agenda. */
export default async function TableSheetsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ table?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/schedule/tables`);
  const t = await getTranslations("schedule");
  const event = await currentEvent();
  if (!event) return null;
  const only = Number((await searchParams).table) || null;
  const [all, origin] = await Promise.all([tableSheets(actor, event.id), siteOrigin()]);
  const tables = all.filter((x) => (only ? x.number === only : x.meetings.length > 0));
  const zone = event.timeZone;
  const agendaUrl = `${origin}/${locale}/agenda`;
  return (
    <div className="space-y-6 print:space-y-0">
      {/* One A4 page a table: the page's size and margins, and the sheet kept to one page (no break inside). */}
      <style>{"@media print { @page { size: A4; margin: 10mm; } }"}</style>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <h1 className="text-2xl font-bold">{t("tableSheets")}</h1>
        <PrintButton label={t("print")} />
      </div>
      {tables.length === 0 ? <p>{t("nothingPublished")}</p> : null}
      {tables.map((table) => (
        <article
          key={table.id}
          className="break-after-page break-inside-avoid last:break-after-auto rounded-xl border border-slate-200 bg-white p-5 print:rounded-none print:border-0 print:p-0 print:text-[11pt] print:leading-snug"
          data-testid="table-sheet"
        >
          <header className="mb-3 flex flex-wrap items-start justify-between gap-4">
            <div>
              <p className="text-sm text-slate-600">
                {localized(event, "name", locale)} · {event.venue}
              </p>
              <h2 className="text-3xl font-bold">{t("tableN", { number: table.number })}</h2>
              {table.interpreter ? (
                <p className="font-medium">{t("interpreterAt", { pair: table.interpreter })}</p>
              ) : null}
              <p className="text-sm text-slate-600">
                {table.meetings[0]
                  ? `${formatDate(table.meetings[0].slot.startsAt, zone, locale)} · ${zoneLabel(table.meetings[0].slot.startsAt, zone)}`
                  : null}
              </p>
            </div>
            <QrCode url={agendaUrl} label={t("qrAgenda")} size={80} />
          </header>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t("col.time")}
                </th>
                <th scope="col" className="py-2">
                  {t("col.firms")}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.meetings.map((m) => (
                <tr key={m.id} className="border-b border-slate-200">
                  <td className="py-2 pr-3 align-top font-mono tabular-nums whitespace-nowrap print:py-1">
                    {formatTime(m.slot.startsAt, zone, locale)}–{formatTime(m.slot.endsAt, zone, locale)}
                  </td>
                  {/* Names without their legal form keep each meeting on one line, so 16+ meetings fit a page. */}
                  <td className="py-2 print:py-1">
                    {shortFirmName(m.firmA.nameLocal)} — {shortFirmName(m.firmB.nameLocal)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </div>
  );
}
