// The dashboard's figures as CSV (section, item, value) for the organizers' report, in the reader's language
// (?locale=, else their account's) with times in the event's zone.
import { csvFile } from "@/lib/csv/csv-file";
import { createTranslator } from "use-intl/core";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { dashboard } from "@/lib/organizer/dashboard";
import { dashboardCsv } from "@/lib/organizer/dashboard-csv";
import { loadMessages } from "@/lib/i18n/messages";
import { readerLocale } from "@/lib/i18n/reader-locale";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request) => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const locale = readerLocale(request, actor.locale);
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const d = await dashboard(actor, event.id);
  const { fields, rows } = dashboardCsv(d, locale, event.timeZone, (k, v) => t(k, v));
  const body = csvFile(fields, rows);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-dashboard-${locale}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
