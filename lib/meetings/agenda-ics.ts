// A person's agenda as an iCalendar file: their firm's meetings and their own company tours, in the event's
// zone. The download and the subscription feed (calendar-feed.ts) write the same events: the same UID for a
// meeting or tour whatever the file, a SEQUENCE that grows with each change (from the last change's time),
// DTSTAMP in UTC, STATUS:CANCELLED for a cancelled meeting, a no-show or a cancelled tour place, and a display
// alarm 15 minutes before. Importing the file again, or the feed's next refresh, updates events instead of
// duplicating them. Pure (ics-writer.ts does the writing).
import { firmLabel, type NamedFirm } from "@/lib/firms/firm-name";
import { sequenceFrom, writeCalendar, type IcsEvent, type IcsStatus } from "./ics-writer";

export const ALARM_MINUTES = 15;

export type CalendarMeeting = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  /** SCHEDULED or HELD stay; CANCELLED and MISSED (a no-show) are written as cancelled. */
  status: string;
  changedAt: Date;
  /** None for an online meeting, which has `roomUrl` (its video room) instead. */
  table: { number: number } | null;
  roomUrl?: string | null;
  partner: NamedFirm & { id: string };
};

export type CalendarTour = {
  tourId: string;
  startsAt: Date;
  endsAt: Date;
  /** The person's place: CONFIRMED, AWAITING_HOST (tentative) or CANCELLED. */
  status: string;
  changedAt: Date;
  title: string;
  meetingPoint: string;
  host: NamedFirm;
};

export type AgendaText = (
  key: "title" | "icsSummary" | "table" | "icsTour" | "onlineRoom",
  values?: Record<string, string | number>,
) => string;

const meetingStatus = (s: string): IcsStatus => (s === "CANCELLED" || s === "MISSED" ? "CANCELLED" : "CONFIRMED");
const tourStatus = (s: string): IcsStatus =>
  s === "CONFIRMED" ? "CONFIRMED" : s === "AWAITING_HOST" ? "TENTATIVE" : "CANCELLED";

export function meetingUid(meetingId: string, domain: string): string {
  return `${meetingId}@${domain}`;
}
export function tourUid(tourId: string, domain: string): string {
  return `tour-${tourId}@${domain}`;
}

export function personCalendar(input: {
  eventName: string;
  venue: string;
  timeZone: string;
  origin: string;
  locale: string;
  t: AgendaText;
  meetings: readonly CalendarMeeting[];
  tours?: readonly CalendarTour[];
}): string {
  const domain = new URL(input.origin).hostname;
  const events: IcsEvent[] = [
    ...input.meetings.map((m) => {
      const summary = input.t("icsSummary", { firm: firmLabel(m.partner, input.locale) });
      return {
        uid: meetingUid(m.id, domain),
        sequence: sequenceFrom(m.changedAt),
        changedAt: m.changedAt,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        summary,
        // An online meeting's place is its video room: calendar apps turn the address into a link to join.
        location: m.table ? `${input.t("table", { number: m.table.number })} · ${input.venue}` : (m.roomUrl ?? ""),
        description: [
          input.eventName,
          firmLabel(m.partner, "en"),
          ...(m.roomUrl ? [`${input.t("onlineRoom")}: ${m.roomUrl}`] : []),
        ].join("\n"),
        url: m.roomUrl ?? `${input.origin}/${input.locale}/firms/${m.partner.id}`,
        status: meetingStatus(m.status),
        alarmMinutes: ALARM_MINUTES,
        alarmText: summary,
      };
    }),
    ...(input.tours ?? []).map((tour) => {
      const summary = input.t("icsTour", { title: tour.title });
      return {
        uid: tourUid(tour.tourId, domain),
        sequence: sequenceFrom(tour.changedAt),
        changedAt: tour.changedAt,
        startsAt: tour.startsAt,
        endsAt: tour.endsAt,
        summary,
        location: tour.meetingPoint,
        description: `${input.eventName}\n${firmLabel(tour.host, input.locale)}`,
        url: `${input.origin}/${input.locale}/tours/${tour.tourId}`,
        status: tourStatus(tour.status),
        alarmMinutes: ALARM_MINUTES,
        alarmText: summary,
      };
    }),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return writeCalendar({ name: `${input.eventName} · ${input.t("title")}`, timeZone: input.timeZone, events });
}

/** A firm's agenda as a calendar file in a reader's language (the schedule email's attachment, the download). */
export function agendaFile(input: {
  eventName: string;
  venue: string;
  timeZone: string;
  origin: string;
  locale: string;
  t: AgendaText;
  items: readonly (Omit<CalendarMeeting, "status" | "changedAt"> & { status?: string; changedAt?: Date })[];
  tours?: readonly CalendarTour[];
}): string {
  return personCalendar({
    ...input,
    meetings: input.items.map((m) => ({
      ...m,
      status: m.status ?? "SCHEDULED",
      changedAt: m.changedAt ?? m.startsAt,
    })),
  });
}
