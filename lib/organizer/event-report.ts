// The event report for the organizing bodies and sponsors: registrations, meeting requests (one definition of
// their states), meetings held and missed, outcomes and pilot orders by country pair and sector, tours and
// consortiums. The figures only; the printable page and the spreadsheet (event-report-xlsx.ts) put them in words.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { countryPair } from "@/lib/meetings/outcome-summary";
import { requestStateCounts } from "@/lib/meetings/request-counts";
import { acceptanceRate } from "./dashboard-figures";

export const OUTCOME_KINDS = ["FOLLOW_UP", "NDA", "PILOT_ORDER", "NO_FIT"] as const;
type Sector = { code: string; labelEn: string; labelJa: string; labelVi: string };
/** A row of counts by outcome kind, plus pilot orders placed on the challenge board. */
export type OutcomeCounts = Record<(typeof OUTCOME_KINDS)[number], number> & { meetings: number; boardPilots: number };

const emptyCounts = (): OutcomeCounts => ({
  FOLLOW_UP: 0,
  NDA: 0,
  PILOT_ORDER: 0,
  NO_FIT: 0,
  meetings: 0,
  boardPilots: 0,
});

export async function eventReport(actor: Actor, eventId: string, now = new Date()) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [event, byCountry, byStatus, requests, meetings, outcomes, pilots, tours, consortiums, opportunities] =
    await Promise.all([
      db.event.findUniqueOrThrow({ where: { id: eventId } }),
      db.firm.groupBy({ by: ["country"], where: { participations: { some: { eventId } } }, _count: { _all: true } }),
      db.firm.groupBy({ by: ["status"], where: { participations: { some: { eventId } } }, _count: { _all: true } }),
      requestStateCounts(eventId, now),
      db.meeting.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
      db.meetingOutcome.findMany({
        where: { meeting: { eventId } },
        select: {
          meetingId: true,
          outcome: true,
          meeting: {
            select: {
              firmA: { select: { country: true, sectors: { select: { sector: true }, take: 1 } } },
              firmB: { select: { country: true } },
            },
          },
        },
      }),
      db.pilotOrder.findMany({
        where: { answer: { challenge: { eventId } } },
        select: {
          answer: {
            select: {
              firm: { select: { country: true } },
              challenge: { select: { sectorId: true, firm: { select: { country: true } } } },
            },
          },
        },
      }),
      db.tour.findMany({
        where: { eventId },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          titleEn: true,
          titleJa: true,
          titleVi: true,
          startsAt: true,
          seats: true,
          seatsTaken: { where: { status: { not: "CANCELLED" } }, select: { status: true } },
        },
      }),
      db.opportunity.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
      db.consortiumMember.count({ where: { opportunity: { eventId }, status: "ACCEPTED" } }),
    ]);
  const sectorIds = [
    ...new Set(pilots.flatMap((p) => (p.answer.challenge.sectorId ? [p.answer.challenge.sectorId] : []))),
  ];
  const sectorNodes = sectorIds.length
    ? await db.taxonomyNode.findMany({
        where: { id: { in: sectorIds } },
        select: { id: true, code: true, labelEn: true, labelJa: true, labelVi: true },
      })
    : [];

  // Outcomes per country pair and per sector: each meeting's outcomes (one per side) counted by kind.
  const byPair = new Map<string, OutcomeCounts>();
  const bySector = new Map<string, { sector: Sector | null; counts: OutcomeCounts }>();
  const meetingsCounted = new Set<string>();
  const row = <K>(map: Map<K, OutcomeCounts>, key: K) => {
    if (!map.has(key)) map.set(key, emptyCounts());
    return map.get(key)!;
  };
  const sectorRow = (sector: Sector | null) => {
    const key = sector?.code ?? "";
    if (!bySector.has(key)) bySector.set(key, { sector, counts: emptyCounts() });
    return bySector.get(key)!.counts;
  };
  for (const o of outcomes) {
    const pair = countryPair(o.meeting.firmA.country, o.meeting.firmB.country);
    const sector = o.meeting.firmA.sectors[0]?.sector ?? null;
    row(byPair, pair)[o.outcome] += 1;
    sectorRow(sector)[o.outcome] += 1;
    if (!meetingsCounted.has(o.meetingId)) {
      meetingsCounted.add(o.meetingId);
      row(byPair, pair).meetings += 1;
      sectorRow(sector).meetings += 1;
    }
  }
  for (const p of pilots) {
    row(byPair, countryPair(p.answer.firm.country, p.answer.challenge.firm.country)).boardPilots += 1;
    sectorRow(sectorNodes.find((n) => n.id === p.answer.challenge.sectorId) ?? null).boardPilots += 1;
  }
  const meetingCounts = Object.fromEntries(meetings.map((m) => [m.status, m._count._all])) as Record<string, number>;
  return {
    event,
    registrations: {
      byCountry: Object.fromEntries(byCountry.map((r) => [r.country, r._count._all])) as Record<string, number>,
      byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>,
    },
    requests: {
      byState: requests,
      total: Object.values(requests).reduce((a, b) => a + b, 0),
      acceptanceRate: acceptanceRate(requests),
    },
    meetings: {
      scheduled: meetingCounts.SCHEDULED ?? 0,
      held: meetingCounts.HELD ?? 0,
      missed: meetingCounts.MISSED ?? 0,
      cancelled: meetingCounts.CANCELLED ?? 0,
    },
    outcomes: {
      recorded: outcomes.length,
      byPair: [...byPair].sort(([a], [b]) => a.localeCompare(b)),
      bySector: [...bySector.values()].sort((a, b) => b.counts.meetings - a.counts.meetings),
    },
    pilotOrders: { board: pilots.length, fromMeetings: outcomes.filter((o) => o.outcome === "PILOT_ORDER").length },
    tours: tours.map((t) => ({
      ...t,
      taken: t.seatsTaken.filter((s) => s.status === "CONFIRMED" || s.status === "AWAITING_HOST").length,
      waiting: t.seatsTaken.filter((s) => s.status === "WAITLISTED").length,
    })),
    consortiums: {
      byStatus: Object.fromEntries(consortiums.map((c) => [c.status, c._count._all])) as Record<string, number>,
      members: opportunities,
    },
  };
}

export type EventReport = Awaited<ReturnType<typeof eventReport>>;
