// A live event as a scheduling instance (the exchange format of lib/scheduling): its slots and tables, the
// firms with accepted meetings and the slots they cannot meet in, and the accepted requests as meetings.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import type { Instance } from "@/lib/scheduling/instance";
import { interpreterNeeded } from "@/lib/matching/language-capacity";
import { meetingPriority } from "./event-instance-priority";


export async function eventInstance(actor: Actor, eventId: string): Promise<Instance> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const event = await db.event.findUnique({ where: { id: eventId } });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  const staff = { country: true, japaneseSpeakers: true, bridgeEngineers: true, jlptN1: true, jlptN2: true, englishSpeakers: true } as const;
  const [slots, tables, accepted] = await Promise.all([
    db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" }, include: { session: { select: { id: true } } } }),
    db.meetingTable.findMany({ where: { eventId }, orderBy: { number: "asc" } }),
    db.meetingRequest.findMany({
      where: { eventId, status: "ACCEPTED" },
      orderBy: { createdAt: "asc" },
      include: { from: { select: { id: true, ...staff } }, to: { select: { id: true, ...staff } } },
    }),
  ]);
  const firmIds = [...new Set(accepted.flatMap((r) => [r.fromFirmId, r.toFirmId]))];
  const [unavailable, interests] = await Promise.all([
    db.firmUnavailability.findMany({ where: { firmId: { in: firmIds }, slot: { eventId } } }),
    db.firmInterest.findMany({ where: { interested: true, fromFirmId: { in: firmIds }, toFirmId: { in: firmIds } }, select: { fromFirmId: true, toFirmId: true } }),
  ]);
  const likes = new Set(interests.map((i) => `${i.fromFirmId}>${i.toFirmId}`));
  return {
    name: event.slug,
    slots: slots.map((s) => ({ id: s.id, start: s.startsAt.toISOString(), minutes: Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000), session: s.session.id })),
    tables: tables.map((t) => ({ id: `T${t.number}`, ...(t.interpreter ? { interpreter: t.interpreter } : {}) })),
    participants: firmIds.map((id) => ({ id, unavailable: unavailable.filter((u) => u.firmId === id).map((u) => u.slotId) })),
    meetings: accepted.map((r) => {
      const interpreter = interpreterNeeded(r.from, r.to);
      return {
        id: r.id,
        participants: [r.fromFirmId, r.toFirmId] as [string, string],
        priority: meetingPriority(r.priority, likes.has(`${r.fromFirmId}>${r.toFirmId}`) && likes.has(`${r.toFirmId}>${r.fromFirmId}`)),
        ...(interpreter ? { interpreter } : {}),
      };
    }),
    fixed: [],
  };
}
