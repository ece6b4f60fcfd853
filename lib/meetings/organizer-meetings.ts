// Meetings made and cancelled by the organizers' hand, from the schedule grid. Each is one transaction; the
// database's keys (the table-and-slot key, the firms' slot holds, the live-pair key of requests) decide when two
// organizers reach for the same cell or the same pair at once, and the loser hears why in words. Moves are in
// placement.ts. The firms hear of these changes in their next mail (schedule-changes.ts), not one mail each.
import { z } from "zod";
import { db } from "@/lib/db";
import { assertEventIdOpen } from "@/lib/events/event-guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS } from "@/lib/matching/language-capacity";
import { activePairKey } from "./request-rules";
import { placementConflicts, underCap, type PlacementConflict } from "./placement-rules";
import { PlacementRefused, placementFacts, writeMeeting } from "./placement";
import { recordChange } from "./schedule-changes";
import { formText } from "@/lib/validation/form-input";

type Tx = Prisma.TransactionClient;
const Id = z.string().min(1).max(64);

/** A placement refused because a firm is at the event's cap (the organizer may place it over the cap). */
export type CapConflict = { reason: "cap"; firmId: string; cap: number };

export class CapReached extends AppError {
  constructor(readonly conflicts: CapConflict[]) {
    super("CONFLICT", "at the cap", { form: "errors.placement.cap" });
  }
}

const CreateInput = z
  .object({
    /** An accepted request waiting for a place, or two firms (a request is made for them, by the organizers). */
    requestId: Id.optional(),
    firmAId: Id.optional(),
    firmBId: Id.optional(),
    slotId: Id,
    tableId: Id,
    overCap: z.boolean().default(false),
  })
  .refine((v) => v.requestId || (v.firmAId && v.firmBId), { message: "requestId or two firms" });
export type CreateMeetingInput = z.input<typeof CreateInput>;

async function meetingCount(tx: Tx, eventId: string, firmId: string) {
  return tx.meeting.count({
    where: { eventId, status: { in: ["SCHEDULED", "HELD"] }, OR: [{ firmAId: firmId }, { firmBId: firmId }] },
  });
}

/**
 * Places a meeting at a free cell: an accepted request that has no place yet, or a new meeting between two
 * chosen firms (an accepted request is created for it, marked as arranged by the organizers; a pending request
 * between them is taken as accepted). Refused with every reason when a firm is unavailable, on a tour or busy
 * then, the table is taken or lacks the interpreter, or a firm is at the cap (unless `overCap`: placed over the
 * cap for this meeting only, and recorded as such).
 */
export async function createMeetingByHand(
  actor: Actor,
  eventId: string,
  input: CreateMeetingInput,
  now = new Date(),
): Promise<{ meetingId: string; requestId: string }> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const parsed = CreateInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid meeting", { form: "errors.invalid" });
  const { requestId, slotId, tableId, overCap } = parsed.data;
  await assertEventIdOpen(eventId, now);

  const attempt = () =>
    db.$transaction(async (tx) => {
      const [event, slot, table] = await Promise.all([
        tx.event.findUnique({ where: { id: eventId }, select: { id: true, meetingCapPerFirm: true } }),
        tx.slot.findFirst({ where: { id: slotId, eventId } }),
        tx.meetingTable.findFirst({ where: { id: tableId, eventId } }),
      ]);
      if (!event) throw new AppError("NOT_FOUND", "no such event");
      if (!slot || !table)
        throw new AppError("INVALID_INPUT", "unknown slot or table", { form: "errors.placement.unknownCell" });
      const request = requestId ? await tx.meetingRequest.findFirst({ where: { id: requestId, eventId } }) : null;
      if (requestId && (!request || request.status !== "ACCEPTED"))
        throw new AppError("NOT_FOUND", "no such accepted request", { form: "errors.placement.unknownRequest" });
      const [a, b] = request ? [request.fromFirmId, request.toFirmId] : [parsed.data.firmAId!, parsed.data.firmBId!];
      if (a === b) throw new AppError("INVALID_INPUT", "same firm", { form: "errors.placement.sameFirm" });
      const firms = await tx.firm.findMany({
        where: { id: { in: [a, b] }, status: "APPROVED", participations: { some: { eventId } } },
        select: { id: true, nameLocal: true, ...LANGUAGE_STAFF_FIELDS },
      });
      const firmA = firms.find((f) => f.id === a);
      const firmB = firms.find((f) => f.id === b);
      if (!firmA || !firmB)
        throw new AppError("INVALID_INPUT", "unknown firm", { form: "errors.placement.unknownFirm" });

      // The request the meeting belongs to: the given one, or the live one between the two, or a new one.
      const live =
        request ?? (await tx.meetingRequest.findUnique({ where: { activePairKey: activePairKey(eventId, a, b) } }));
      if (live) {
        const placed = await tx.meeting.findUnique({ where: { requestId: live.id }, select: { status: true } });
        if (placed) throw new AppError("CONFLICT", "already a meeting", { form: "errors.placement.alreadyMeeting" });
      }
      // The meeting's first firm is the one that asked, as with every other meeting.
      const firmsPair = (live ? [live.fromFirmId, live.toFirmId] : [a, b]) as readonly [string, string];
      const interpreter = interpreterNeeded(firmA, firmB);
      const conflicts: PlacementConflict[] = placementConflicts(
        await placementFacts(tx, { firms: firmsPair, slotId, tableId, interpreter }),
      );
      if (conflicts.length) throw new PlacementRefused(conflicts);
      const cap = event.meetingCapPerFirm;
      const atCap: CapConflict[] = [];
      for (const firmId of firmsPair)
        if (!underCap(await meetingCount(tx, eventId, firmId), cap)) atCap.push({ reason: "cap", firmId, cap: cap! });
      if (atCap.length && !overCap) throw new CapReached(atCap);

      let theRequest: string;
      if (live) {
        if (live.status !== "ACCEPTED")
          await tx.meetingRequest.update({
            where: { id: live.id },
            data: { status: "ACCEPTED", decidedById: actor.userId, decidedAt: now },
          });
        theRequest = live.id;
      } else {
        theRequest = (
          await tx.meetingRequest.create({
            data: {
              eventId,
              fromFirmId: a,
              toFirmId: b,
              requestedById: actor.userId,
              status: "ACCEPTED",
              decidedById: actor.userId,
              decidedAt: now,
              byOrganizers: true,
              activePairKey: activePairKey(eventId, a, b),
            },
          })
        ).id;
      }
      const meetingId = await writeMeeting(tx, {
        eventId,
        requestId: theRequest,
        firms: firmsPair,
        slotId,
        tableId,
        source: "ORGANIZER",
        placedById: actor.userId,
        overCap: atCap.length > 0,
      });
      await recordChange(tx, {
        eventId,
        meeting: { id: meetingId, firmAId: firmsPair[0], firmBId: firmsPair[1] },
        kind: "CREATED",
      });
      await audit(
        tx,
        actor,
        atCap.length > 0 ? "meeting.overCap" : "meeting.create",
        { type: "meeting", id: meetingId },
        {
          firmA: firmsPair[0],
          firmB: firmsPair[1],
          firms: `${firmA.nameLocal} — ${firmB.nameLocal}`,
          toSlot: slotId,
          at: slot.startsAt.toISOString(),
          table: table.number,
          ...(atCap.length > 0 ? { cap: cap! } : {}),
        },
      );
      return { meetingId, requestId: theRequest };
    });

  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      // Another organizer took the cell, or a firm, or made a request between the same two firms, between our
      // reading and our writing: judge again now that it is visible, so the refusal names what is in the way.
      if (!isUniqueViolation(e)) throw e;
      if (tries === 3) throw new AppError("CONFLICT", "cell just taken", { form: "errors.placement.justTaken" });
    }
  }
}

const CancelInput = z.object({
  meetingId: Id,
  reason: formText(500).refine((s) => s.length > 0, { error: "errors.placement.reasonRequired" }),
});

/**
 * An organizer cancels a scheduled meeting with a reason both firms are told: the meeting and its request end
 * (the pair may ask again), its table and both firms' slot free at once.
 */
export async function cancelMeetingByHand(
  actor: Actor,
  input: { meetingId: string; reason: string },
  now = new Date(),
): Promise<void> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const parsed = CancelInput.safeParse(input);
  if (!parsed.success) {
    const reason = parsed.error.issues.find((i) => i.path[0] === "reason");
    throw new AppError(
      "INVALID_INPUT",
      "invalid cancellation",
      reason ? { reason: reason.message as ErrorKey } : { form: "errors.invalid" },
    );
  }
  const { meetingId, reason } = parsed.data;
  const cancelled = await db.meeting.findUnique({ where: { id: meetingId }, select: { eventId: true } });
  if (cancelled) await assertEventIdOpen(cancelled.eventId, now);
  await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      include: {
        firmA: { select: { nameLocal: true } },
        firmB: { select: { nameLocal: true } },
        slot: { select: { startsAt: true } },
        table: { select: { number: true } },
      },
    });
    if (!meeting) throw new AppError("NOT_FOUND", "no such meeting", { form: "errors.placement.unknownMeeting" });
    // Compare-and-set: of two organizers cancelling (or one moving) at once, one wins and the other is told.
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, status: "SCHEDULED", slotId: meeting.slotId, tableId: meeting.tableId },
      data: {
        status: "CANCELLED",
        tableSlotKey: null,
        cancelledAt: now,
        cancelledById: actor.userId,
        cancelReason: reason,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "not scheduled any more", { form: "errors.placement.changed" });
    await tx.firmSlotHold.deleteMany({ where: { meetingId } });
    await tx.meetingRequest.updateMany({
      where: { id: meeting.requestId, status: "ACCEPTED" },
      data: { status: "WITHDRAWN", activePairKey: null, decidedById: actor.userId, decidedAt: now },
    });
    await recordChange(tx, {
      eventId: meeting.eventId,
      meeting,
      kind: "CANCELLED",
      from: { slotId: meeting.slotId, tableId: meeting.tableId },
    });
    await audit(
      tx,
      actor,
      "meeting.cancel",
      { type: "meeting", id: meetingId },
      {
        firmA: meeting.firmAId,
        firmB: meeting.firmBId,
        firms: `${meeting.firmA.nameLocal} — ${meeting.firmB.nameLocal}`,
        fromSlot: meeting.slotId,
        at: meeting.slot.startsAt.toISOString(),
        table: meeting.table?.number ?? null,
        reason,
      },
    );
  });
}
