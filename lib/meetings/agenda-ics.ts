// A firm's agenda as an iCalendar file. Times are written in the event's zone with its VTIMEZONE, so calendar
// apps show the meeting at the right hour wherever the phone thinks it is.
import ical from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";

export type IcsMeeting = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  url: string;
};

export function agendaCalendar(input: {
  name: string;
  timeZone: string;
  domain: string;
  meetings: readonly IcsMeeting[];
}): string {
  const calendar = ical({ name: input.name, prodId: { company: "Kakehashi", product: "agenda" } });
  // Without a VTIMEZONE for the zone (an unknown name), UTC times are still right everywhere.
  const vtimezone = getVtimezoneComponent(input.timeZone);
  if (vtimezone) calendar.timezone({ name: input.timeZone, generator: () => vtimezone });
  for (const m of input.meetings) {
    calendar.createEvent({
      id: `${m.id}@${input.domain}`,
      // ical-generator reads a TZDate's wall-clock time in its zone (a plain Date would be taken as UTC).
      start: vtimezone ? new TZDate(m.startsAt, input.timeZone) : m.startsAt,
      end: vtimezone ? new TZDate(m.endsAt, input.timeZone) : m.endsAt,
      timezone: vtimezone ? input.timeZone : null,
      summary: m.summary,
      location: m.location,
      description: m.description,
      url: m.url,
    });
  }
  return calendar.toString();
}

/** The firm's agenda as a calendar file in a reader's language (for the schedule email). */
export function agendaFile(input: {
  eventName: string;
  venue: string;
  timeZone: string;
  origin: string;
  locale: string;
  t: (key: "title" | "icsSummary" | "table" | "onlineRoom", values?: Record<string, string | number>) => string;
  items: readonly {
    id: string;
    startsAt: Date;
    endsAt: Date;
    /** None for an online meeting, which has `roomUrl` (its video room) instead. */
    table: { number: number } | null;
    roomUrl?: string | null;
    partner: { id: string; nameLocal: string; nameEn: string };
  }[];
}): string {
  return agendaCalendar({
    name: `${input.eventName} · ${input.t("title")}`,
    timeZone: input.timeZone,
    domain: new URL(input.origin).hostname,
    meetings: input.items.map((m) => ({
      id: m.id,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      summary: input.t("icsSummary", { firm: m.partner.nameLocal }),
      // An online meeting's place is its video room: calendar apps turn the address into a link to join.
      location: m.table ? `${input.t("table", { number: m.table.number })} · ${input.venue}` : (m.roomUrl ?? ""),
      description: [
        input.eventName,
        `${m.partner.nameLocal} / ${m.partner.nameEn}`,
        ...(m.roomUrl ? [`${input.t("onlineRoom")}: ${m.roomUrl}`] : []),
      ].join("\n"),
      url: m.roomUrl ?? `${input.origin}/${input.locale}/firms/${m.partner.id}`,
    })),
  });
}
