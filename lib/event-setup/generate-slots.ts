// A session's meeting slots from the organizer's local times: "4 February 2026, 09:00 to 12:00, 20-minute
// meetings, 5 minutes between them" in the event's time zone becomes instants, whatever zone the server runs in.
import type { ErrorKey } from "@/lib/i18n/message-keys";
import { isCalendarDate } from "@/lib/time/calendar-date";
import { LOCAL_TIME, localInstant } from "@/lib/time/event-time";

export type SessionPlan = {
  /** The day, as YYYY-MM-DD in the event's zone. */
  date: string;
  /** Local start and end, HH:MM. */
  start: string;
  end: string;
  slotMinutes: number;
  breakMinutes: number;
  timeZone: string;
};

export type PlannedSlot = { startsAt: Date; endsAt: Date };

export class SessionPlanError extends Error {
  constructor(
    readonly field: keyof SessionPlan,
    readonly key: ErrorKey,
  ) {
    super(key);
  }
}

export function generateSlots(plan: SessionPlan): PlannedSlot[] {
  if (!isCalendarDate(plan.date)) throw new SessionPlanError("date", "errors.setup.date");
  for (const field of ["start", "end"] as const)
    if (!LOCAL_TIME.test(plan[field])) throw new SessionPlanError(field, "errors.setup.time");
  if (!Number.isInteger(plan.slotMinutes) || plan.slotMinutes < 5 || plan.slotMinutes > 240)
    throw new SessionPlanError("slotMinutes", "errors.setup.slotMinutes");
  if (!Number.isInteger(plan.breakMinutes) || plan.breakMinutes < 0 || plan.breakMinutes > 120)
    throw new SessionPlanError("breakMinutes", "errors.setup.breakMinutes");
  const start = localInstant(plan.date, plan.start, plan.timeZone);
  const end = localInstant(plan.date, plan.end, plan.timeZone);
  if (end <= start) throw new SessionPlanError("end", "errors.setup.endBeforeStart");
  const slots: PlannedSlot[] = [];
  const step = (plan.slotMinutes + plan.breakMinutes) * 60_000;
  for (let t = start.getTime(); t + plan.slotMinutes * 60_000 <= end.getTime(); t += step) {
    slots.push({ startsAt: new Date(t), endsAt: new Date(t + plan.slotMinutes * 60_000) });
  }
  if (slots.length === 0) throw new SessionPlanError("end", "errors.setup.noSlot");
  return slots;
}
