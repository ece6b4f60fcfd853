// What the schedule grid is built from, read in one round of queries: the event's slots and tables, its
// participating firms, placed meetings, marked unavailability, tour holds and the accepted requests still
// waiting for a place. Organizers only.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS, type LanguageStaff } from "@/lib/matching/language-capacity";
import { ScheduleGrid, type GridFacts, type GridFirm } from "./schedule-grid";
import { parseRunResult } from "./run-result";

const FIRM_FIELDS = { id: true, nameLocal: true, nameEn: true, ...LANGUAGE_STAFF_FIELDS } as const;
type FirmRow = GridFirm & LanguageStaff;

export async function loadGridFacts(actor: Actor, eventId: string): Promise<GridFacts> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [event, slots, tables, participants, meetings, unavailable, tourHolds, waiting, preview] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: { id: true, timeZone: true, meetingCapPerFirm: true } }),
    db.slot.findMany({
      where: { eventId },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true, endsAt: true, sessionId: true },
    }),
    db.meetingTable.findMany({
      where: { eventId },
      orderBy: { number: "asc" },
      select: { id: true, number: true, interpreter: true },
    }),
    // Filtered by an EXISTS on participations: a relation include would send every firm id back as parameters.
    db.firm.findMany({ where: { status: "APPROVED", participations: { some: { eventId } } }, select: FIRM_FIELDS }),
    db.meeting.findMany({
      where: { eventId, status: { in: ["SCHEDULED", "HELD"] } },
      select: {
        id: true,
        requestId: true,
        slotId: true,
        tableId: true,
        firmAId: true,
        firmBId: true,
        status: true,
        source: true,
        overCap: true,
      },
    }),
    db.firmUnavailability.findMany({ where: { slot: { eventId } }, select: { firmId: true, slotId: true } }),
    db.firmSlotHold.findMany({
      where: { slot: { eventId }, tourId: { not: null } },
      select: { firmId: true, slotId: true, tourId: true },
    }),
    db.meetingRequest.findMany({
      where: { eventId, status: "ACCEPTED", meeting: { is: null } },
      orderBy: [{ priority: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, fromFirmId: true, toFirmId: true, priority: true, byOrganizers: true },
    }),
    db.schedulerRun.findFirst({
      where: { eventId, status: "PREVIEW" },
      orderBy: { createdAt: "desc" },
      select: { result: true },
    }),
  ]);
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  const firms = new Map<string, FirmRow>(participants.map((f) => [f.id, f]));
  // A meeting or request may name a firm that is not (or no longer) registered: it still needs its row.
  const missing = [
    ...new Set([
      ...meetings.flatMap((m) => [m.firmAId, m.firmBId]),
      ...waiting.flatMap((r) => [r.fromFirmId, r.toFirmId]),
    ]),
  ].filter((id) => !firms.has(id));
  if (missing.length)
    for (const f of await db.firm.findMany({ where: { id: { in: missing } }, select: FIRM_FIELDS })) firms.set(f.id, f);
  const interpreter = (a: string, b: string) => {
    const fa = firms.get(a);
    const fb = firms.get(b);
    return fa && fb ? interpreterNeeded(fa, fb) : null;
  };
  // The preview's placements of requests still waiting (the others were placed since, by hand or a booking).
  const waitingById = new Map(waiting.map((r) => [r.id, r]));
  const planned = preview
    ? parseRunResult(preview.result).placements.flatMap((p) => {
        const r = waitingById.get(p.requestId);
        return r
          ? [{ requestId: r.id, slotId: p.slotId, tableId: p.tableId, firmAId: r.fromFirmId, firmBId: r.toFirmId }]
          : [];
      })
    : [];
  return {
    eventId,
    timeZone: event.timeZone,
    cap: event.meetingCapPerFirm,
    slots,
    tables,
    firms: [...firms.values()].map((f) => ({
      id: f.id,
      nameLocal: f.nameLocal,
      nameEn: f.nameEn,
      country: f.country,
      staff: f,
    })),
    meetings: meetings.map((m) => ({
      ...m,
      status: m.status as "SCHEDULED" | "HELD",
      interpreter: interpreter(m.firmAId, m.firmBId),
    })),
    unavailable,
    tourHolds: tourHolds.map((h) => ({ firmId: h.firmId, slotId: h.slotId, tourId: h.tourId! })),
    unplaced: waiting.map((r) => ({
      requestId: r.id,
      firmAId: r.fromFirmId,
      firmBId: r.toFirmId,
      priority: r.priority,
      interpreter: interpreter(r.fromFirmId, r.toFirmId),
      byOrganizers: r.byOrganizers,
    })),
    planned,
  };
}

/** The event's grid, ready to query by cell. */
export async function scheduleGrid(actor: Actor, eventId: string): Promise<ScheduleGrid> {
  return new ScheduleGrid(await loadGridFacts(actor, eventId));
}
