// A day on the calendar as forms send it ("2026-02-04"). Date.parse would take "2026-02-30" as 2 March, so
// the check is zod's, which knows month lengths and leap years.
import { z } from "zod";

/** A real calendar date in YYYY-MM-DD, with the message key the forms show when it is not one. */
export const CalendarDate = z.iso.date({ error: "errors.setup.date" });

export function isCalendarDate(s: string): boolean {
  return CalendarDate.safeParse(s).success;
}
