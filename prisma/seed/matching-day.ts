// The demo's matching day at the current event: a morning and an afternoon session, 24 tables (four with a
// Japanese–Vietnamese interpreter), and meeting requests between Vietnamese and Japanese firms, most of them
// accepted, so an organizer can run the scheduler and publish at once. Nothing is placed: that is the demo.
import seedrandom from "seedrandom";
import { db } from "../../lib/db";
import { generateSlots } from "../../lib/event-setup/generate-slots";
import { localParts } from "../../lib/time/event-time";
import { activePairKey } from "../../lib/meetings/request-rules";
import type { GeneratedFirm } from "./generate-firms";

const SESSIONS = [
  { name: "Morning", start: "09:00", end: "12:00", slotMinutes: 20, breakMinutes: 0 },
  { name: "Afternoon", start: "13:30", end: "17:00", slotMinutes: 20, breakMinutes: 10 },
] as const;

export async function seedMatchingDay(
  event: { id: string; startsAt: Date; timeZone: string },
  firms: GeneratedFirm[],
  seedText: string,
  requesterOf: (firmId: string) => string,
  /** Requests were made over the two weeks before this, and accepted a day or two after each. */
  requestsUntil: Date,
  /** Tells apart the random draws of several editions' matching days. */
  edition = "",
) {
  const random = seedrandom(`${seedText}:matching-day${edition}`);
  const date = localParts(event.startsAt, event.timeZone).date;
  for (const plan of SESSIONS) {
    const slots = generateSlots({ ...plan, date, timeZone: event.timeZone });
    await db.matchingSession.create({
      data: {
        eventId: event.id,
        name: plan.name,
        startsAt: slots[0]!.startsAt,
        endsAt: slots.at(-1)!.endsAt,
        slotMinutes: plan.slotMinutes,
        breakMinutes: plan.breakMinutes,
        slots: { create: slots.map((s) => ({ eventId: event.id, ...s })) },
      },
    });
  }
  await db.meetingTable.createMany({
    data: Array.from({ length: 24 }, (_, i) => ({
      eventId: event.id,
      number: i + 1,
      interpreter: i < 4 ? "ja-vi" : null,
    })),
  });

  // Requests across the two markets: each approved firm asks two or three firms of the other country.
  const approved = firms.filter((f) => f.status === "APPROVED");
  const vn = approved.filter((f) => f.country === "VN");
  const jp = approved.filter((f) => f.country === "JP");
  const pairs = new Set<string>();
  const rows = [];
  for (const from of approved) {
    const others = from.country === "VN" ? jp : from.country === "JP" ? vn : [];
    const asks = 2 + Math.floor(random() * 2);
    for (let k = 0; k < asks && others.length; k++) {
      const to = others[Math.floor(random() * others.length)]!;
      const key = activePairKey(event.id, from.id, to.id);
      if (pairs.has(key)) continue;
      pairs.add(key);
      const accepted = random() < 0.8;
      const createdAt = new Date(requestsUntil.getTime() - Math.floor((1 + random() * 13) * 86_400_000));
      rows.push({
        eventId: event.id,
        fromFirmId: from.id,
        toFirmId: to.id,
        requestedById: requesterOf(from.id),
        priority: random() < 0.3 ? ("MUST" as const) : ("WOULD_LIKE" as const),
        status: accepted ? ("ACCEPTED" as const) : ("PENDING" as const),
        activePairKey: key,
        decidedById: accepted ? requesterOf(to.id) : null,
        decidedAt: accepted ? new Date(Math.min(requestsUntil.getTime(), createdAt.getTime() + 86_400_000)) : null,
        createdAt,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.meetingRequest.createMany({ data: rows.slice(i, i + 500) });
  return rows.length;
}

/**
 * Clears the event's matching day, in one transaction: scheduler runs and publications, outcomes, slot holds, meetings,
 * requests, open slots and unavailability; with `setup`, also its sessions (and their slots), tables and the
 * day's settings (deadline, cap, self-booking). For the end-to-end suite's start, the tests and the load benchmark.
 */
export async function clearMatchingDay(eventId: string, { setup = false } = {}) {
  await db.$transaction([
    db.schedulerRun.deleteMany({ where: { eventId } }),
    db.publication.deleteMany({ where: { eventId } }),
    db.meetingOutcome.deleteMany({ where: { meeting: { eventId } } }),
    db.firmSlotHold.deleteMany({ where: { slot: { eventId } } }),
    db.meeting.deleteMany({ where: { eventId } }),
    db.meetingRequest.deleteMany({ where: { eventId } }),
    db.openSlot.deleteMany({ where: { slot: { eventId } } }),
    db.firmUnavailability.deleteMany({ where: { slot: { eventId } } }),
    ...(setup
      ? [
          db.matchingSession.deleteMany({ where: { eventId } }),
          db.meetingTable.deleteMany({ where: { eventId } }),
          db.event.update({
            where: { id: eventId },
            data: { selfBooking: false, onlineMeetings: false, meetingCapPerFirm: null, requestDeadline: null },
          }),
        ]
      : []),
  ]);
}
