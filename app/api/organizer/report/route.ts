// The event report as a spreadsheet (.xlsx, written with ExcelJS) in the reader's language (?locale=, else their
// account's): a summary sheet and one sheet per section, the same tables as the printable page.
import type { Translate } from "@/lib/i18n/message-keys";
import { createTranslator } from "use-intl/core";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { loadMessages } from "@/lib/i18n/messages";
import { localized } from "@/lib/i18n/localized";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { eventReport } from "@/lib/organizer/event-report";
import { reportSections } from "@/lib/organizer/event-report-sections";
import { reportWorkbook } from "@/lib/organizer/event-report-xlsx";
import { formatDate, formatDateTime } from "@/lib/time/zoned-format";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request) => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const locale = readerLocale(request, actor.locale);
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const tr: Translate = (k, v) => t(k, v);
  const report = await eventReport(actor, event.id);
  const now = new Date();
  const body = await reportWorkbook(
    tr("report.title", { event: localized(event, "name", locale) }),
    tr("report.subtitle", {
      day: formatDate(event.startsAt, event.timeZone, locale),
      venue: `${event.venue}, ${event.city}`,
      at: formatDateTime(now, event.timeZone, locale),
    }),
    reportSections(report, locale, tr),
  );
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${event.slug}-report-${locale}.xlsx"`,
      "cache-control": "private, no-store",
    },
  });
});
