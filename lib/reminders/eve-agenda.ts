// The evening-before reminder's list (issue 19: "the day before the event: your agenda, your tours"): one line
// per meeting and tour, in time order, each time in the event's zone and labelled ("09:20–09:40 ICT (UTC+7)");
// the date is added on the days after the first, so a two-day event reads right. Pure: the words come from the
// caller's translator, in the recipient's language.
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";

export type EveItem =
  /** An online meeting has no table and its video room's `link` instead. */
  | { kind: "meeting"; startsAt: Date; endsAt: Date; firm: string; table: number | null; link?: string | null }
  | { kind: "tour"; startsAt: Date; endsAt: Date; tour: string; meetingPoint: string };

export type EveWords = {
  meeting: (values: { time: string; firm: string; table: number }) => string;
  meetingOnline: (values: { time: string; firm: string; link: string }) => string;
  tour: (values: { time: string; tour: string; place: string }) => string;
};

export function eveAgendaLines(
  items: readonly EveItem[],
  firstDay: Date,
  timeZone: string,
  locale: AppLocale,
  words: EveWords,
): string[] {
  const dayOf = (d: Date) => formatDate(d, timeZone, locale);
  const first = dayOf(firstDay);
  return [...items]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((item) => {
      const range = formatTimeRange(item.startsAt, item.endsAt, timeZone, locale);
      const day = dayOf(item.startsAt);
      const time = day === first ? range : `${day} ${range}`;
      if (item.kind === "tour") return words.tour({ time, tour: item.tour, place: item.meetingPoint });
      return item.table === null
        ? words.meetingOnline({ time, firm: item.firm, link: item.link ?? "" })
        : words.meeting({ time, firm: item.firm, table: item.table });
    });
}
