// An RFC 5545 calendar written by hand, small and exact. ical-generator, used before, writes DTSTAMP in the
// calendar's zone without the "Z" (and in the server's local time): RFC 5545 requires UTC there. What this
// writes: events in the event's zone with its VTIMEZONE, a stable UID, a SEQUENCE that grows with every change,
// DTSTAMP and LAST-MODIFIED in UTC, STATUS (a cancelled meeting stays in the file as CANCELLED, so a subscribed
// calendar removes it instead of keeping a ghost), and a 15-minute alarm. Pure.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";

export type IcsStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export type IcsEvent = {
  uid: string;
  /** Grows with every change of the event (calendar apps update an event only for a higher one). */
  sequence: number;
  /** When the event was last changed: DTSTAMP and LAST-MODIFIED. */
  changedAt: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  status: IcsStatus;
  /** Minutes before the start for a reminder on the device; none for cancelled events. */
  alarmMinutes?: number;
  alarmText?: string;
};

const pad = (n: number) => String(n).padStart(2, "0");

/** 20260204T020000Z */
export function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(
    d.getUTCMinutes(),
  )}${pad(d.getUTCSeconds())}Z`;
}

/** 20260204T090000, the wall-clock time in `timeZone`. */
function localStamp(d: Date, timeZone: string): string {
  const z = new TZDate(d.getTime(), timeZone);
  return `${z.getFullYear()}${pad(z.getMonth() + 1)}${pad(z.getDate())}T${pad(z.getHours())}${pad(z.getMinutes())}${pad(
    z.getSeconds(),
  )}`;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  if (bytes(line) <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let limit = 75;
  for (const ch of line) {
    if (bytes(current) + bytes(ch) > limit) {
      parts.push(current);
      current = "";
      limit = 74; // continuation lines start with a space
    }
    current += ch;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function writeCalendar(input: { name: string; timeZone: string; events: readonly IcsEvent[] }): string {
  const vtimezone = getVtimezoneComponent(input.timeZone);
  const at = (property: string, d: Date) =>
    vtimezone ? `${property};TZID=${input.timeZone}:${localStamp(d, input.timeZone)}` : `${property}:${utcStamp(d)}`;
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kakehashi//agenda//EN",
    "CALSCALE:GREGORIAN",
    `NAME:${escapeText(input.name)}`,
    `X-WR-CALNAME:${escapeText(input.name)}`,
    // Subscribed calendars look again this often (RFC 7986; Outlook reads the X- form).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  if (vtimezone) lines.push(...vtimezone.trim().split(/\r?\n/));
  for (const e of input.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utcStamp(e.changedAt)}`,
      `LAST-MODIFIED:${utcStamp(e.changedAt)}`,
      at("DTSTART", e.startsAt),
      at("DTEND", e.endsAt),
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL;VALUE=URI:${e.url}`);
    lines.push(`STATUS:${e.status}`);
    if (e.alarmMinutes && e.status !== "CANCELLED")
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(e.alarmText ?? e.summary)}`,
        `TRIGGER:-PT${e.alarmMinutes}M`,
        "END:VALARM",
      );
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** A SEQUENCE from a last-change time: seconds since 2026, so every later change gives a higher number. */
export function sequenceFrom(changedAt: Date): number {
  return Math.max(0, Math.floor((changedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000));
}
