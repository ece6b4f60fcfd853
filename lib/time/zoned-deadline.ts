// A deadline entered as a local date (and time) at an event: the instant it is in the event's zone, not in UTC
// or the server's zone ("20 March" at a Hanoi event ends at 23:59 ICT, which is 16:59 UTC). Pure.
import { TZDate } from "@date-fns/tz";
import { isCalendarDate } from "./calendar-date";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The instant of `date` at `time` (default the end of the day, 23:59) in `timeZone`; null for a bad date or time. */
export function deadlineInZone(date: string, timeZone: string, time = "23:59"): Date | null {
  if (!isCalendarDate(date) || !TIME.test(time)) return null;
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  // 23:59 means the whole of that minute: the deadline is its last second.
  const seconds = time === "23:59" ? 59 : 0;
  return new Date(new TZDate(y!, mo! - 1, d!, h!, mi!, seconds, timeZone).getTime());
}

/** A deadline the form may still set: not already past. */
export function isFutureDeadline(deadline: Date, now: Date): boolean {
  return deadline.getTime() > now.getTime();
}
