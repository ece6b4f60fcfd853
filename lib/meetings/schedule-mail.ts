// One mail per firm about its schedule (published, changed, or a publication withdrawn), to each of its people in
// their language, with the firm's agenda as a calendar file. Publishing, undoing and the batched change mails all
// send through here, so a firm never gets two mails for one piece of news.
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import type { Event } from "@/lib/generated/prisma/client";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import type { MessageValues } from "@/lib/i18n/message-keys";
import { localized } from "@/lib/i18n/localized";
import { LOCALES, type AppLocale } from "@/lib/i18n/routing";
import { recipientsOfFirms, sendEmails, siteUrl, type Recipient } from "@/lib/notifications/emails";
import { formatTime, formatTimeWithZone, zoneLabel } from "@/lib/time/zoned-format";
import { firmAgendas, type AgendaItem } from "./agenda";
import { agendaFile } from "./agenda-ics";
import type { ChangeNotice } from "./schedule-change-rules";

export type ScheduleMailKind = "schedulePublished" | "scheduleChanged" | "scheduleWithdrawn";

/** Facts a change line names: firms, slots and tables by id. */
export type ChangeLookup = {
  /** In both scripts, the reader's first ("FPT Software (FPTソフトウェア)"). */
  firmName: (id: string, locale: AppLocale) => string;
  slotStart: (id: string) => Date | undefined;
  tableNumber: (id: string) => number | undefined;
};

type Translator = (key: ChangeLineKey, values: MessageValues) => string;
type ChangeLineKey = `changeLine.${keyof Messages["email"]["changeLine"]}`;

async function changeLineTranslators(): Promise<Record<AppLocale, Translator>> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "email" });
      const translate: Translator = (key, values) => t(key, values);
      return [locale, translate] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<AppLocale, Translator>;
}

/** A firm's notices as lines in one language ("Moved: meeting with X, now 10:20 at table 4 (was 09:40, table 2)"). */
export function changeLines(
  notices: readonly ChangeNotice[],
  lookup: ChangeLookup,
  timeZone: string,
  locale: AppLocale,
  t: Translator,
): string[] {
  const time = (slotId: string) => {
    const at = lookup.slotStart(slotId);
    return at ? formatTime(at, timeZone, locale) : "?";
  };
  // An online meeting (issue 21) has no table: a dash where the table number would be.
  const table = (tableId: string | null) => (tableId === null ? "—" : (lookup.tableNumber(tableId) ?? "?"));
  return notices.map((n) => {
    const firm = lookup.firmName(n.partnerId, locale);
    if (n.kind === "new") return t("changeLine.new", { firm, time: time(n.slotId), table: table(n.tableId) });
    if (n.kind === "moved")
      return t("changeLine.moved", {
        firm,
        time: time(n.slotId),
        table: table(n.tableId),
        fromTime: time(n.fromSlotId),
        fromTable: table(n.fromTableId),
      });
    return t(n.reason ? "changeLine.cancelledWithReason" : "changeLine.cancelled", {
      firm,
      time: time(n.slotId),
      reason: n.reason ?? "",
    });
  });
}

/**
 * Mails each firm once: `kind` in each person's language, the firm's agenda attached. `details` gives the lines of
 * what changed for a firm (scheduleChanged) and `when` the moment a withdrawn publication was made.
 */
export async function mailFirmSchedules(
  eventId: string,
  firmIds: readonly string[],
  kind: ScheduleMailKind,
  options: {
    notices?: ReadonlyMap<string, ChangeNotice[]>;
    lookup?: ChangeLookup;
    publishedAt?: Date;
  } = {},
): Promise<number> {
  if (firmIds.length === 0) return 0;
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
  const origin = siteUrl();
  const lines = await changeLineTranslators();
  let sent = 0;
  // Agendas and people a batch of firms at a time: two queries per batch, within the databases' parameter limits.
  const BATCH = 200;
  for (let i = 0; i < firmIds.length; i += BATCH) {
    const batch = firmIds.slice(i, i + BATCH);
    const [agendas, recipients] = await Promise.all([firmAgendas(batch, eventId), recipientsOfFirms(batch)]);
    for (const firmId of batch) {
      const items = agendas.get(firmId) ?? [];
      const people = recipients.get(firmId) ?? [];
      const params = (locale: AppLocale) => ({
        event: localized(event, "name", locale),
        count: items.filter((m) => m.status !== "MISSED").length,
        changes:
          options.notices && options.lookup
            ? changeLines(options.notices.get(firmId) ?? [], options.lookup, event.timeZone, locale, lines[locale])
                .map((l) => `• ${l}`)
                .join("\n")
            : "",
        when: options.publishedAt ? formatTimeWithZone(options.publishedAt, event.timeZone, locale) : "",
        zone: zoneLabel(event.startsAt, event.timeZone),
      });
      await mailOne(event, origin, kind, items, people, params);
      sent += people.length;
    }
  }
  return sent;
}

async function mailOne(
  event: Event,
  origin: string,
  kind: ScheduleMailKind,
  items: AgendaItem[],
  recipients: Recipient[],
  params: (locale: AppLocale) => Record<string, string | number>,
) {
  await sendEmails(recipients, kind, (locale) => params(locale as AppLocale), {
    link: "/agenda",
    attachments: async (locale) => {
      const t = createTranslator({
        locale: locale as AppLocale,
        messages: await loadMessages(locale as AppLocale),
        namespace: "agenda",
      });
      const content = agendaFile({
        eventName: localized(event, "name", locale as AppLocale),
        venue: `${event.venue}, ${event.city}`,
        timeZone: event.timeZone,
        origin,
        locale,
        t: (k, v) => t(k, v),
        items,
      });
      return [{ filename: `${event.slug}-agenda.ics`, content, contentType: "text/calendar; charset=utf-8" }];
    },
  });
}
