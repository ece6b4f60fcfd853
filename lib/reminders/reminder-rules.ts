// When each reminder is due, and the key that makes it one job: pure. The planner (plan.ts) enqueues a job per
// reminder and person with these; the handler (handlers.ts) checks at run time that it still applies.
import { TZDate } from "@date-fns/tz";

export type ReminderKind = "meeting" | "deadline" | "eventDay";

/** 15 minutes before each meeting. */
export const MEETING_LEAD_MS = 15 * 60_000;
/** Two days before the request deadline. */
export const DEADLINE_LEAD_MS = 48 * 3_600_000;
/** The evening before the event: 17:00 in the event's zone, the day before its first day. */
export const EVE_HOUR = 17;
/** The planner enqueues what falls due within this much ahead, so a job exists before its time. */
export const PLAN_AHEAD_MS = 15 * 60_000;
/** How far back a planner looks after a stop: what fell due longer ago than this gets no record at all. */
export const PLAN_BEHIND_MAX_MS = 24 * 3_600_000;

export function meetingReminderAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - MEETING_LEAD_MS);
}

export function deadlineReminderAt(deadline: Date): Date {
  return new Date(deadline.getTime() - DEADLINE_LEAD_MS);
}

export function eventEveAt(startsAt: Date, timeZone: string): Date {
  const local = new TZDate(startsAt.getTime(), timeZone);
  const eve = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - 1, EVE_HOUR, 0, 0, 0, timeZone);
  return new Date(eve.getTime());
}

/**
 * The job's key: the reminder, what it is about, the time that thing had when planned (a moved meeting gets a
 * new key, and the old job finds the time changed and drops itself), and the person.
 */
export function reminderKey(kind: ReminderKind, subjectId: string, at: Date, userId: string): string {
  return `reminder:${kind}:${subjectId}:${at.toISOString()}:${userId}`;
}

/**
 * The window of reminder times a planning pass covers: from just before the last pass (or, after a stop, as
 * far back as PLAN_BEHIND_MAX_MS, so reminders due while every server was down are found and then sent late
 * or dropped with a record) to PLAN_AHEAD_MS ahead.
 */
export function planWindow(now: Date, lastPlannedAt: Date | null): { from: Date; to: Date } {
  const farthest = now.getTime() - PLAN_BEHIND_MAX_MS;
  const fromLast = lastPlannedAt ? lastPlannedAt.getTime() - 5 * 60_000 : farthest;
  return { from: new Date(Math.max(farthest, fromLast)), to: new Date(now.getTime() + PLAN_AHEAD_MS) };
}
