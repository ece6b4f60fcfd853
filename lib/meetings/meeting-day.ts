// On the day: a meeting is marked held by either side or by staff at the table; a no-show is marked, which
// frees the table and the present firm, and a standby firm free in that slot can be seated instead. After it,
// each side rates the meeting and records what came of it.
import { z } from "zod";
import { MEETING_OUTCOMES } from "@/lib/enums";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows, isOnsiteStaff, isOrganizer } from "@/lib/auth/policy";
import { registryEngine } from "@/lib/matching/registry-engine";
import { audit } from "@/lib/audit/audit";
import { activePairKey } from "./request-rules";
import { writeMeeting } from "./placement";
import { fieldErrors, formText, Id } from "@/lib/validation/form-input";
import { recordUndo } from "@/lib/undo/undo";
import { mayActForFirm } from "./meeting-rights";

/** The firm of the meeting the actor speaks for, or "staff" for organizers and on-site staff; null when neither. */
function sideOf(actor: Actor, m: { firmAId: string; firmBId: string }): string | "staff" | null {
  if (allows(actor, { kind: "firmMember", firmId: m.firmAId })) return m.firmAId;
  if (allows(actor, { kind: "firmMember", firmId: m.firmBId })) return m.firmBId;
  return isOnsiteStaff(actor) ? "staff" : null;
}

async function meetingFor(actor: Actor, meetingId: string) {
  const m = await db.meeting.findUnique({ where: { id: meetingId } });
  const side = m ? sideOf(actor, m) : null;
  if (!m || !side) throw new AppError("NOT_FOUND", "no such meeting");
  return { m, side };
}

export const MarkSchema = z.object({ meetingId: Id, mark: z.enum(["held", "noShow"]), absentFirmId: Id.optional() });

/**
 * "held", or "noShow" of the other firm (a firm marks its partner; staff name the absent firm). A no-show frees
 * the table and both firms' holds in that slot, so a standby meeting can take the table; the person who marked
 * it can undo it for a few minutes (lib/undo), as long as the table and the slot are still free.
 */
export async function markMeeting(
  actor: Actor,
  options: z.input<typeof MarkSchema>,
  now = new Date(),
): Promise<{ undoId: string | null }> {
  const parsed = MarkSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid mark", { form: "errors.invalid" });
  const { m, side } = await meetingFor(actor, parsed.data.meetingId);
  if (side !== "staff" && !mayActForFirm(actor, side, parsed.data.mark === "held" ? "markHeld" : "markNoShow"))
    throw new AppError("FORBIDDEN", "not allowed");
  if (m.status !== "SCHEDULED" && !(m.status === "HELD" && parsed.data.mark === "held"))
    throw new AppError("CONFLICT", "already marked", { form: "errors.meetingDay.alreadyMarked" });
  if (parsed.data.mark === "held") {
    await db.meeting.updateMany({
      where: { id: m.id, status: { in: ["SCHEDULED", "HELD"] } },
      data: { status: "HELD", markedById: actor.userId },
    });
    return { undoId: null };
  }
  const absent = side === "staff" ? parsed.data.absentFirmId : side === m.firmAId ? m.firmBId : m.firmAId;
  if (!absent || (absent !== m.firmAId && absent !== m.firmBId))
    throw new AppError("INVALID_INPUT", "which firm did not come", { form: "errors.invalid" });
  return db.$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({
      where: { id: m.id, status: "SCHEDULED" },
      data: { status: "MISSED", noShowFirmId: absent, tableSlotKey: null, markedById: actor.userId },
    });
    if (count === 0) throw new AppError("CONFLICT", "already marked", { form: "errors.meetingDay.alreadyMarked" });
    await tx.firmSlotHold.deleteMany({ where: { meetingId: m.id } });
    if (side === "staff") await audit(tx, actor, "meeting.noShow", { type: "meeting", id: m.id }, { absent });
    return { undoId: await recordUndo(tx, { kind: "meeting.noShow", targetId: m.id, userId: actor.userId, now }) };
  });
}

/** Firms free in the slot of a missed meeting that the present firm could meet instead, best match first. */
export async function standbyFor(actor: Actor, meetingId: string, limit = 5) {
  const { m, side } = await meetingFor(actor, meetingId);
  // An online meeting has no table to seat someone else at.
  if (m.status !== "MISSED" || !m.noShowFirmId || !m.tableId) return [];
  const present = m.noShowFirmId === m.firmAId ? m.firmBId : m.firmAId;
  // Seating a standby firm places a new meeting: the present firm, or an event admin (not on-site staff).
  if (side === "staff" ? !isOrganizer(actor) : side !== present) return [];
  const candidates = await db.firm.findMany({
    where: {
      id: { notIn: [m.firmAId, m.firmBId] },
      status: "APPROVED",
      participations: { some: { eventId: m.eventId } },
      slotHolds: { none: { slotId: m.slotId } },
      unavailable: { none: { slotId: m.slotId } },
    },
    select: { id: true, nameLocal: true, nameEn: true, country: true },
  });
  const engine = await registryEngine();
  return candidates
    .map((f) => ({ ...f, fit: engine.score(present, f.id)?.score ?? 0 }))
    .sort((a, b) => b.fit - a.fit || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export const StandbySchema = z.object({ meetingId: Id, firmId: Id });

/** Seats a standby firm with the present firm at the missed meeting's table and slot. */
export async function seatStandby(actor: Actor, options: z.input<typeof StandbySchema>): Promise<string> {
  const parsed = StandbySchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid standby", { form: "errors.invalid" });
  // On-site staff see the meeting but may not place one: a refusal, not "no longer free" (standbyFor offers them none).
  const { side } = await meetingFor(actor, parsed.data.meetingId);
  if (side === "staff" && !isOrganizer(actor)) throw new AppError("FORBIDDEN", "on-site staff do not seat standbys");
  const offered = await standbyFor(actor, parsed.data.meetingId, 50);
  if (!offered.some((f) => f.id === parsed.data.firmId))
    throw new AppError("CONFLICT", "not free any more", { form: "errors.meetingDay.standbyGone" });
  const m = await db.meeting.findUniqueOrThrow({ where: { id: parsed.data.meetingId } });
  if (!m.tableId) throw new AppError("CONFLICT", "no table", { form: "errors.meetingDay.standbyGone" });
  const tableId = m.tableId;
  const present = m.noShowFirmId === m.firmAId ? m.firmBId : m.firmAId;
  try {
    return await db.$transaction(async (tx) => {
      const key = activePairKey(m.eventId, present, parsed.data.firmId);
      const existing = await tx.meetingRequest.findUnique({
        where: { activePairKey: key },
        include: { meeting: { select: { id: true } } },
      });
      if (existing?.meeting)
        throw new AppError("CONFLICT", "already meeting", { form: "errors.booking.alreadyMeeting" });
      const request = existing
        ? await tx.meetingRequest.update({
            where: { id: existing.id },
            data: { status: "ACCEPTED", decidedById: actor.userId, decidedAt: new Date() },
          })
        : await tx.meetingRequest.create({
            data: {
              eventId: m.eventId,
              fromFirmId: present,
              toFirmId: parsed.data.firmId,
              requestedById: actor.userId,
              status: "ACCEPTED",
              decidedById: actor.userId,
              decidedAt: new Date(),
              activePairKey: key,
              message: "",
            },
          });
      const id = await writeMeeting(tx, {
        eventId: m.eventId,
        requestId: request.id,
        firms: [present, parsed.data.firmId],
        slotId: m.slotId,
        tableId,
        source: isOrganizer(actor) ? "ORGANIZER" : "SELF_BOOKED",
        placedById: actor.userId,
      });
      if (isOrganizer(actor)) await audit(tx, actor, "meeting.standby", { type: "meeting", id }, { replaces: m.id });
      return id;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "slot just taken", { form: "errors.meetingDay.standbyGone" });
    throw e;
  }
}

export const OutcomeSchema = z.object({
  meetingId: Id,
  rating: z.coerce
    .number({ error: "errors.meetingDay.rating" })
    .int({ error: "errors.meetingDay.rating" })
    .min(1, { error: "errors.meetingDay.rating" })
    .max(5, { error: "errors.meetingDay.rating" }),
  outcome: z.enum(MEETING_OUTCOMES, { error: "errors.choice" }),
  comment: formText(1000).default(""),
});

/** A side rates the meeting and says what came of it (again to change it); recording it marks the meeting held. */
export async function recordOutcome(actor: Actor, options: z.input<typeof OutcomeSchema>): Promise<void> {
  const parsed = OutcomeSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid outcome", fieldErrors(parsed.error));
  }
  const { m, side } = await meetingFor(actor, parsed.data.meetingId);
  if (side === "staff" || !mayActForFirm(actor, side, "recordOutcome"))
    throw new AppError("FORBIDDEN", "the firms record outcomes");
  if (m.status !== "SCHEDULED" && m.status !== "HELD")
    throw new AppError("CONFLICT", "not held", { form: "errors.meetingDay.notHeld" });
  const { meetingId, rating, outcome, comment } = parsed.data;
  await db.$transaction([
    db.meetingOutcome.upsert({
      where: { meetingId_firmId: { meetingId, firmId: side } },
      create: { meetingId, firmId: side, rating, outcome, comment, byId: actor.userId },
      update: { rating, outcome, comment, byId: actor.userId },
    }),
    db.meeting.update({ where: { id: meetingId }, data: { status: "HELD" } }),
  ]);
}

/** What came of the event's meetings, for organizers: every outcome with the two firms' countries and sectors. */
export async function outcomesOf(actor: Actor, eventId: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [meetings, outcomes] = await Promise.all([
    db.meeting.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.meetingOutcome.findMany({
      where: { meeting: { eventId } },
      include: {
        meeting: {
          include: {
            firmA: {
              select: {
                nameLocal: true,
                country: true,
                sectors: {
                  select: { sector: { select: { code: true, labelEn: true, labelJa: true, labelVi: true } } },
                  take: 1,
                },
              },
            },
            firmB: { select: { nameLocal: true, country: true } },
          },
        },
      },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return {
    byStatus: Object.fromEntries(meetings.map((g) => [g.status, g._count._all])) as Record<string, number>,
    outcomes,
  };
}
