// The organizers' dashboard: registrations, requests, meetings, table use, tours, consortiums and pilots at the
// current event, from grouped counts (quick with 10,000 firms).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { acceptanceRate } from "./dashboard-figures";
import { requestStateCounts } from "@/lib/meetings/request-counts";

const counts = <R extends { _count: { _all: number } }, T extends string>(rows: R[], key: (r: R) => T) =>
  Object.fromEntries(rows.map((r) => [key(r), r._count._all])) as Record<T, number>;

export async function dashboard(actor: Actor, eventId: string, now = new Date()) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [byCountry, byStatus, bySector, requests, meetings, slots, tables, perSlot, tours, opportunities, pilots] =
    await Promise.all([
      db.firm.groupBy({ by: ["country"], where: { participations: { some: { eventId } } }, _count: { _all: true } }),
      db.firm.groupBy({ by: ["status"], where: { participations: { some: { eventId } } }, _count: { _all: true } }),
      db.firmSector.groupBy({
        by: ["sectorId"],
        where: { firm: { participations: { some: { eventId } } } },
        _count: { _all: true },
        orderBy: { _count: { sectorId: "desc" } },
        take: 10,
      }),
      // By state as the firms see it: pending past the deadline is expired (one definition, request-counts.ts).
      requestStateCounts(eventId, now),
      db.meeting.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
      db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } }),
      db.meetingTable.count({ where: { eventId } }),
      db.meeting.groupBy({
        by: ["slotId"],
        where: { eventId, status: { in: ["SCHEDULED", "HELD"] } },
        _count: { _all: true },
      }),
      db.tour.findMany({
        where: { eventId },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          titleEn: true,
          titleJa: true,
          titleVi: true,
          seats: true,
          seatsTaken: { where: { status: { not: "CANCELLED" } }, select: { status: true } },
        },
      }),
      db.opportunity.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
      db.pilotOrder.count({ where: { answer: { challenge: { eventId } } } }),
    ]);
  const sectors = await db.taxonomyNode.findMany({ where: { id: { in: bySector.map((s) => s.sectorId) } } });
  const used = new Map(perSlot.map((p) => [p.slotId, p._count._all]));
  return {
    registrations: {
      byCountry: counts(byCountry, (r: { country: string }) => r.country),
      byStatus: counts(byStatus, (r: { status: string }) => r.status),
    },
    sectors: bySector.map((s) => ({ sector: sectors.find((n) => n.id === s.sectorId)!, firms: s._count._all })),
    requests: { byStatus: requests, acceptanceRate: acceptanceRate(requests) },
    meetings: counts(meetings, (r: { status: string }) => r.status),
    tableUse: { tables, slots: slots.map((s) => ({ startsAt: s.startsAt, used: used.get(s.id) ?? 0 })) },
    tours: tours.map((t) => ({
      ...t,
      held: t.seatsTaken.filter((s) => s.status === "CONFIRMED" || s.status === "AWAITING_HOST").length,
      waiting: t.seatsTaken.filter((s) => s.status === "WAITLISTED").length,
    })),
    consortiums: counts(opportunities, (r: { status: string }) => r.status),
    pilots,
  };
}
