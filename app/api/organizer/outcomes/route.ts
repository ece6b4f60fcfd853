// Every recorded meeting outcome as CSV, for the organizers' report: headers and values in the reader's language
// (?locale=, else their account's), times in the event's zone.
import { csvFile } from "@/lib/csv/csv-file";
import type { Translate } from "@/lib/i18n/message-keys";
import { createTranslator } from "use-intl/core";
import { requireActor } from "@/lib/auth/guards";
import { routeHandler } from "@/lib/http/route-handler";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { outcomesOf } from "@/lib/meetings/meeting-day";
import { loadMessages } from "@/lib/i18n/messages";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { formatDateTime } from "@/lib/time/zoned-format";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "meeting",
  "firmA",
  "countryA",
  "firmB",
  "countryB",
  "recordedBy",
  "rating",
  "outcome",
  "comment",
  "recordedAt",
] as const;

export const GET = routeHandler(async (request) => {
  const actor = await requireActor({ kind: "organizer" });
  const event = await requireCurrentEvent();
  const locale = readerLocale(request, actor.locale);
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  const tr: Translate = (k) => t(k);
  const { outcomes } = await outcomesOf(actor, event.id);
  const data = outcomes.map((o) => [
    o.meetingId,
    o.meeting.firmA.nameLocal,
    tr(`common.country.${o.meeting.firmA.country}`),
    o.meeting.firmB.nameLocal,
    tr(`common.country.${o.meeting.firmB.country}`),
    o.firmId === o.meeting.firmAId ? o.meeting.firmA.nameLocal : o.meeting.firmB.nameLocal,
    o.rating,
    tr(`meetingDay.kind.${o.outcome}`),
    o.comment,
    formatDateTime(o.updatedAt, event.timeZone, locale),
  ]);
  const body = csvFile(
    COLUMNS.map((c) => tr(`outcomes.csv.${c}`)),
    data,
  );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}-outcomes-${locale}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
