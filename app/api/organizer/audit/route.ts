// The audit log as CSV, filtered like the page (who, what, from, to), in the reader's language (?locale=, else
// their account's): when (in the event's zone), who, organizing body, what, and the change in words.
import { csvFile } from "@/lib/csv/csv-file";
import type { TranslateIn } from "@/lib/i18n/message-keys";
import { createTranslator } from "use-intl/core";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { auditLogExport } from "@/lib/audit/audit-log";
import { describeEntry } from "@/lib/audit/describe";
import { loadMessages } from "@/lib/i18n/messages";
import { readerLocale } from "@/lib/i18n/reader-locale";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request) => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const locale = readerLocale(request, actor.locale);
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "audit" });
  const tr: TranslateIn<"audit"> = (k, v) => t(k, v);
  const q = new URL(request.url).searchParams;
  const filter = {
    who: q.get("who") ?? undefined,
    what: q.get("what") ?? undefined,
    from: q.get("from") ?? undefined,
    to: q.get("to") ?? undefined,
  };
  const log = await auditLogExport(actor, filter, event.timeZone);
  const data = log.rows.map((r) => {
    const d = describeEntry(r, { lookup: log.lookup, t: tr, locale, timeZone: event.timeZone });
    return [d.when, r.actorName, log.bodyOf(r.actorId, locale), d.what, d.details];
  });
  const fields = [tr("col.when"), tr("col.who"), tr("col.body"), tr("col.what"), tr("col.details")];
  const body = csvFile(fields, data);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-audit-${locale}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
