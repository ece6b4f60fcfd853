// The planner: each minute (one job per minute, whichever server runs it) it enqueues one job per reminder and
// person that falls due in its window (reminder-rules.ts: planWindow), plus the message digests that are due.
// Keys make this idempotent, so overlapping windows and a second planner add nothing twice.
import { db } from "@/lib/db";
import { enqueue, type NewJob } from "@/lib/jobs/queue";
import { planDigests } from "@/lib/conversations/digest";
import {
  DEADLINE_LEAD_MS,
  deadlineReminderAt,
  eventEveAt,
  MEETING_LEAD_MS,
  meetingReminderAt,
  planWindow,
  reminderKey,
} from "./reminder-rules";

const within = (t: Date, w: { from: Date; to: Date }) => t >= w.from && t <= w.to;

async function membersOf(firmIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.membership.findMany({
    where: { firmId: { in: [...firmIds] } },
    select: { firmId: true, userId: true },
  });
  const byFirm = new Map<string, string[]>();
  for (const r of rows) byFirm.set(r.firmId, [...(byFirm.get(r.firmId) ?? []), r.userId]);
  return byFirm;
}

export async function reminderJobs(now: Date, lastPlannedAt: Date | null): Promise<NewJob[]> {
  const window = planWindow(now, lastPlannedAt);
  const jobs: NewJob[] = [];

  // 15 minutes before each scheduled meeting, for every member of both firms.
  const meetings = await db.meeting.findMany({
    where: {
      status: "SCHEDULED",
      slot: {
        startsAt: {
          gte: new Date(window.from.getTime() + MEETING_LEAD_MS),
          lte: new Date(window.to.getTime() + MEETING_LEAD_MS),
        },
      },
    },
    select: { id: true, firmAId: true, firmBId: true, slot: { select: { startsAt: true } } },
  });
  const meetingMembers = await membersOf([...new Set(meetings.flatMap((m) => [m.firmAId, m.firmBId]))]);
  for (const m of meetings) {
    const startsAt = m.slot.startsAt;
    for (const userId of [...(meetingMembers.get(m.firmAId) ?? []), ...(meetingMembers.get(m.firmBId) ?? [])])
      jobs.push({
        key: reminderKey("meeting", m.id, startsAt, userId),
        kind: "reminder",
        payload: { reminder: "meeting", meetingId: m.id, startsAt: startsAt.toISOString(), userId },
        runAt: meetingReminderAt(startsAt),
        expiresAt: startsAt,
      });
  }

  // Two days before the request deadline, for the people of firms with requests awaiting their answer.
  const deadlines = await db.event.findMany({
    where: {
      requestDeadline: {
        gte: new Date(window.from.getTime() + DEADLINE_LEAD_MS),
        lte: new Date(window.to.getTime() + DEADLINE_LEAD_MS),
      },
    },
    select: { id: true, requestDeadline: true },
  });
  for (const event of deadlines) {
    const deadline = event.requestDeadline!;
    const awaiting = await db.meetingRequest.findMany({
      where: { eventId: event.id, status: "PENDING" },
      select: { toFirmId: true },
      distinct: ["toFirmId"],
    });
    const members = await membersOf(awaiting.map((r) => r.toFirmId));
    for (const userId of new Set([...members.values()].flat()))
      jobs.push({
        key: reminderKey("deadline", event.id, deadline, userId),
        kind: "reminder",
        payload: { reminder: "deadline", eventId: event.id, deadline: deadline.toISOString(), userId },
        runAt: deadlineReminderAt(deadline),
        expiresAt: deadline,
      });
  }

  // The evening before the event: everyone of a registered firm, and everyone with a tour place.
  const upcoming = await db.event.findMany({
    where: { startsAt: { gte: window.from, lte: new Date(window.to.getTime() + 2 * 24 * 3_600_000) } },
    select: { id: true, startsAt: true, timeZone: true },
  });
  for (const event of upcoming) {
    const eve = eventEveAt(event.startsAt, event.timeZone);
    if (!within(eve, window)) continue;
    const [participants, seats] = await Promise.all([
      db.participation.findMany({ where: { eventId: event.id }, select: { firmId: true } }),
      db.tourSeat.findMany({
        where: { tour: { eventId: event.id }, status: { in: ["CONFIRMED", "AWAITING_HOST"] } },
        select: { userId: true },
      }),
    ]);
    const members = await membersOf(participants.map((p) => p.firmId));
    for (const userId of new Set([...[...members.values()].flat(), ...seats.map((s) => s.userId)]))
      jobs.push({
        key: reminderKey("eventDay", event.id, event.startsAt, userId),
        kind: "reminder",
        payload: { reminder: "eventDay", eventId: event.id, startsAt: event.startsAt.toISOString(), userId },
        runAt: eve,
        expiresAt: event.startsAt,
      });
  }
  return jobs;
}

/** One planning pass: reminders and digests due in its window. Returns how many jobs it added. */
export async function plan(now: Date): Promise<number> {
  // The last pass before this one (this minute's own planner job is already done when planning runs).
  const last = await db.job.findFirst({
    where: { kind: "plan", status: "DONE", runAt: { lt: minuteOf(now) } },
    orderBy: { runAt: "desc" },
    select: { runAt: true },
  });
  const jobs = [...(await reminderJobs(now, last?.runAt ?? null)), ...(await planDigests(now))];
  return enqueue(jobs);
}

/** The planner's own job for the minute `now` is in: one per minute across all servers. */
const minuteOf = (now: Date) => new Date(Math.floor(now.getTime() / 60_000) * 60_000);

export function plannerJob(now: Date): NewJob[] {
  const minute = minuteOf(now);
  return [
    {
      key: `plan:${minute.toISOString()}`,
      kind: "plan",
      runAt: minute,
      expiresAt: new Date(minute.getTime() + 10 * 60_000),
    },
  ];
}
