// What the organizer's schedule page shows: counts, the latest run with the firms it names, and the published
// meetings by slot.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { standbyFor } from "./meeting-day";
import { latestRun } from "./scheduler-run";

const names = { id: true, nameLocal: true, nameEn: true } as const;

export async function scheduleOverview(actor: Actor, eventId: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [slots, tables, accepted, meetings, run] = await Promise.all([
    db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } }),
    db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } }),
    db.meetingRequest.count({ where: { eventId, status: "ACCEPTED" } }),
    db.meeting.findMany({
      where: { eventId, status: { in: ["SCHEDULED", "HELD"] } },
      include: {
        firmA: { select: names },
        firmB: { select: names },
        table: { select: { number: true, interpreter: true } },
      },
    }),
    latestRun(actor, eventId),
  ]);
  const mentioned = run
    ? [...run.result.placements.map((p) => p.requestId), ...run.result.unplaced.map((u) => u.requestId)]
    : [];
  const requests = mentioned.length
    ? await db.meetingRequest.findMany({
        where: { id: { in: mentioned } },
        select: { id: true, priority: true, from: { select: names }, to: { select: names } },
      })
    : [];
  const capFirms = run ? run.result.unplaced.flatMap((u) => (u.firmId ? [u.firmId] : [])) : [];
  const capNames = capFirms.length ? await db.firm.findMany({ where: { id: { in: capFirms } }, select: names }) : [];
  return {
    slots,
    tables,
    accepted,
    meetings,
    run,
    requestById: new Map(requests.map((r) => [r.id, r])),
    firmById: new Map(capNames.map((f) => [f.id, f])),
  };
}

/** One published meeting for staff and the move form: its firms, slot and table, the event's slots and tables,
 * and the standby firms free for it after a no-show. Null when there is no such meeting (or it was cancelled). */
export async function staffMeetingView(actor: Actor, meetingId: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    include: { event: true, slot: true, table: true, firmA: { select: names }, firmB: { select: names } },
  });
  if (!meeting || meeting.status === "CANCELLED") return null;
  const [slots, tables, standby] = await Promise.all([
    db.slot.findMany({ where: { eventId: meeting.eventId }, orderBy: { startsAt: "asc" } }),
    db.meetingTable.findMany({ where: { eventId: meeting.eventId }, orderBy: { number: "asc" } }),
    meeting.status === "MISSED" ? standbyFor(actor, meeting.id) : [],
  ]);
  return { meeting, slots, tables, standby };
}
