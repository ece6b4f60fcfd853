// A live event as a scheduling instance (the exchange format of lib/scheduling): its slots and tables, the
// firms with accepted meetings and the slots they cannot meet in (marked, or held by something that is not a
// meeting), the accepted requests as meetings, and the already placed ones as fixed. Online meetings stay out of
// the competition for tables: they are not in the instance's meetings (so the exchange format and `npm run
// schedule` are unchanged), and where one is placed its slot is unavailable to both its firms. A scheduler run
// places the waiting ones after the in-person solution (`online` below; lib/meetings/online-placement.ts).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import type { Instance } from "@/lib/scheduling/instance";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS } from "@/lib/matching/language-capacity";
import { meetingPriority } from "./event-instance-priority";

export type SchedulingData = Awaited<ReturnType<typeof loadSchedulingData>>;

/** What the scheduler needs to know about an event, read once. */
export async function loadSchedulingData(eventId: string) {
  const event = await db.event.findUnique({ where: { id: eventId } });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  const [slots, tables, accepted] = await Promise.all([
    db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } }),
    db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } }),
    db.meetingRequest.findMany({
      where: { eventId, status: "ACCEPTED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        from: { select: { id: true, ...LANGUAGE_STAFF_FIELDS } },
        to: { select: { id: true, ...LANGUAGE_STAFF_FIELDS } },
        meeting: { select: { status: true, slotId: true, tableId: true } },
      },
    }),
  ]);
  const firmIds = [...new Set(accepted.flatMap((r) => [r.fromFirmId, r.toFirmId]))];
  const [unavailable, otherHolds, interests] = await Promise.all([
    db.firmUnavailability.findMany({ where: { firmId: { in: firmIds }, slot: { eventId } } }),
    db.firmSlotHold.findMany({ where: { firmId: { in: firmIds }, meetingId: null, slot: { eventId } } }),
    db.firmInterest.findMany({
      where: { interested: true, fromFirmId: { in: firmIds }, toFirmId: { in: firmIds } },
      select: { fromFirmId: true, toFirmId: true },
    }),
  ]);
  const likes = new Set(interests.map((i) => `${i.fromFirmId}>${i.toFirmId}`));
  const blocked = new Map<string, Set<string>>(firmIds.map((id) => [id, new Set()]));
  for (const u of [...unavailable, ...otherHolds]) blocked.get(u.firmId)!.add(u.slotId);
  // An online meeting needs no table: its firms' slot is taken, and it is placed outside the scheduler.
  for (const r of accepted) {
    const m = r.meeting;
    if (m && (m.status === "SCHEDULED" || m.status === "HELD") && (r.online || !m.tableId)) {
      blocked.get(r.fromFirmId)!.add(m.slotId);
      blocked.get(r.toFirmId)!.add(m.slotId);
    }
  }
  // The request's priority, raised when both firms marked each other as interesting.
  const priorityOf = (r: (typeof accepted)[number]) =>
    meetingPriority(
      r.priority,
      likes.has(`${r.fromFirmId}>${r.toFirmId}`) && likes.has(`${r.toFirmId}>${r.fromFirmId}`),
    );
  // A meeting that was held stays where it was; one that was missed is over and is not placed again.
  const requests = accepted
    .filter((r) => r.meeting?.status !== "MISSED" && !r.online && !(r.meeting && !r.meeting.tableId))
    .map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      participants: [r.fromFirmId, r.toFirmId] as [string, string],
      priority: priorityOf(r),
      interpreter: interpreterNeeded(r.from, r.to),
      placed:
        r.meeting && r.meeting.tableId && (r.meeting.status === "SCHEDULED" || r.meeting.status === "HELD")
          ? { slot: r.meeting.slotId, table: r.meeting.tableId }
          : null,
    }));
  // The online requests (and placed meetings without a table): placed ones count for the cap and fill their
  // firms' slots; waiting ones (no meeting yet) are placed by a scheduler run after the in-person meetings.
  const online = accepted
    .filter((r) => r.meeting?.status !== "MISSED" && (r.online || (r.meeting && !r.meeting.tableId)))
    .map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      participants: [r.fromFirmId, r.toFirmId] as [string, string],
      priority: priorityOf(r),
      placed: r.meeting && (r.meeting.status === "SCHEDULED" || r.meeting.status === "HELD") ? r.meeting.slotId : null,
      waiting: !r.meeting,
    }));
  return { event, slots, tables, firmIds, blocked, requests, online };
}

export type SchedulingRequest = SchedulingData["requests"][number];

/** The instance for the given requests (placed ones become fixed); `tableId` names tables in the file. */
export function buildInstance(
  data: SchedulingData,
  requests: readonly SchedulingRequest[],
  tableId: (t: SchedulingData["tables"][number]) => string = (t) => t.id,
): Instance {
  const tableName = new Map(data.tables.map((t) => [t.id, tableId(t)]));
  const firms = [...new Set(requests.flatMap((r) => r.participants))];
  return {
    name: data.event.slug,
    slots: data.slots.map((s) => ({
      id: s.id,
      start: s.startsAt.toISOString(),
      minutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000),
      session: s.sessionId,
    })),
    tables: data.tables.map((t) => ({ id: tableId(t), ...(t.interpreter ? { interpreter: t.interpreter } : {}) })),
    participants: firms.map((id) => ({ id, unavailable: [...(data.blocked.get(id) ?? [])] })),
    meetings: requests.map((r) => ({
      id: r.id,
      participants: r.participants,
      priority: r.priority,
      ...(r.interpreter ? { interpreter: r.interpreter } : {}),
    })),
    fixed: requests.flatMap((r) =>
      r.placed ? [{ meeting: r.id, slot: r.placed.slot, table: tableName.get(r.placed.table)! }] : [],
    ),
  };
}

/** The event as an instance file for `npm run schedule` or any other solver (tables named T1, T2...). */
export async function eventInstance(actor: Actor, eventId: string): Promise<Instance> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const data = await loadSchedulingData(eventId);
  return buildInstance(data, data.requests, (t) => `T${t.number}`);
}
