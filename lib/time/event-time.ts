// Local time in the event's zone <-> an instant: forms take "2026-02-04" and "09:00" as the organizer reads them
// on the venue's clock, whatever zone the server or the browser is in, and show stored instants back the same
// way. The one place this conversion is written (sessions, deadlines, tours, the demo seed). Pure.
import { TZDate } from "@date-fns/tz";

/** "HH:MM", 24-hour. */
export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant of a local date (YYYY-MM-DD) and time (HH:MM) in a zone; `dayOffset` moves the date by whole days.
 * Check the date (isCalendarDate) and the time (LOCAL_TIME) first: this does not.
 */
export function localInstant(date: string, time: string, timeZone: string, dayOffset = 0): Date {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return new Date(new TZDate(y!, mo! - 1, d! + dayOffset, h!, mi!, timeZone).getTime());
}

/** An instant as the local date (YYYY-MM-DD) and time (HH:MM) in a zone, as forms show them. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
