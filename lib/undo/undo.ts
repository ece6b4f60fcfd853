// Undoing a change for a short time after it (undo-rules.ts says which changes and how long). The change writes
// an UndoRecord in its own transaction; undoing puts the rows back in one transaction that first claims the
// record (a compare-and-set on undoneAt, so a double tap undoes once) and then changes each row only if it is
// still as the change left it (its updatedAt). The keys that guard meetings decide what cannot come back: a
// table given to a standby firm, a slot booked meanwhile, a new request between the two firms. Then nothing is
// changed and the person is told why.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import type { Actor } from "@/lib/auth/actor";
import { activePairKey } from "@/lib/meetings/request-rules";
import { tableSlotKey } from "@/lib/meetings/placement-rules";
import { firmRecipients, sendEmails } from "@/lib/notifications/emails";
import { undoExpiry, undoRefusal, type UndoKind, type UndoRefusal } from "./undo-rules";

type Tx = Prisma.TransactionClient;

/** What a cancellation's undo needs that the rows no longer say. */
type CancelState = {
  meetingId: string | null;
  decidedById: string | null;
  decidedAt: string | null;
  /** The firm told of the cancellation, and the name it was told (to tell it the meeting is back). */
  otherFirmId: string;
  actorFirmName: string;
};

const TARGET: Record<UndoKind, "meeting" | "request"> = {
  "meeting.noShow": "meeting",
  "meeting.cancel": "request",
  "request.withdraw": "request",
};

async function stampOf(tx: Tx, kind: UndoKind, targetId: string): Promise<Date | null> {
  const row =
    TARGET[kind] === "meeting"
      ? await tx.meeting.findUnique({ where: { id: targetId }, select: { updatedAt: true } })
      : await tx.meetingRequest.findUnique({ where: { id: targetId }, select: { updatedAt: true } });
  return row?.updatedAt ?? null;
}

/** Records that the change just made in `tx` may be undone by its maker; returns the record's id. */
export async function recordUndo(
  tx: Tx,
  input: { kind: UndoKind; targetId: string; userId: string; now: Date; state?: Record<string, unknown> },
): Promise<string> {
  const targetStamp = await stampOf(tx, input.kind, input.targetId);
  if (!targetStamp) throw new Error(`undo: ${input.kind} ${input.targetId} is gone`);
  const record = await tx.undoRecord.create({
    data: {
      kind: input.kind,
      targetId: input.targetId,
      userId: input.userId,
      targetStamp,
      state: JSON.stringify(input.state ?? {}),
      expiresAt: undoExpiry(input.now),
    },
  });
  return record.id;
}

const REFUSAL_MESSAGE: Record<UndoRefusal | "taken", ErrorKey> = {
  notYours: "errors.undo.gone",
  alreadyUndone: "errors.undo.already",
  expired: "errors.undo.expired",
  changedSince: "errors.undo.changed",
  taken: "errors.undo.taken",
};
const refused = (why: UndoRefusal | "taken") =>
  new AppError("CONFLICT", `cannot undo: ${why}`, { form: REFUSAL_MESSAGE[why] });

/** A meeting back where it was: its table-and-slot key and both firms' holds (either may be taken by now). */
async function replace(
  tx: Tx,
  m: { id: string; tableId: string | null; slotId: string; firmAId: string; firmBId: string },
) {
  await tx.meeting.update({
    where: { id: m.id },
    data: { tableSlotKey: m.tableId ? tableSlotKey(m.tableId, m.slotId) : null },
  });
  await tx.firmSlotHold.createMany({
    data: [m.firmAId, m.firmBId].map((firmId) => ({ firmId, slotId: m.slotId, meetingId: m.id })),
  });
}

export const UndoInput = z.object({ undoId: z.string().min(1).max(64) });

export type UndoResult = { kind: UndoKind; targetId: string };

/** Takes a change back (see the file's opening comment). Refusals change nothing and say why. */
export async function undoChange(
  actor: Actor,
  input: z.input<typeof UndoInput>,
  now = new Date(),
): Promise<UndoResult> {
  const parsed = UndoInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid undo", { form: "errors.invalid" });
  const record = await db.undoRecord.findUnique({ where: { id: parsed.data.undoId } });
  // Someone else's change is nobody's business: not found, like a record that does not exist.
  if (!record || record.userId !== actor.userId)
    throw new AppError("NOT_FOUND", "no such change", { form: "errors.undo.gone" });
  const kind = record.kind as UndoKind;
  let notice: CancelState | null = null;
  try {
    await db.$transaction(async (tx) => {
      const stamp = await stampOf(tx, kind, record.targetId);
      const refusal = undoRefusal(record, actor.userId, now, stamp);
      if (refusal) throw refused(refusal);
      const claimed = await tx.undoRecord.updateMany({
        where: { id: record.id, undoneAt: null },
        data: { undoneAt: now },
      });
      if (claimed.count === 0) throw refused("alreadyUndone");
      const unchanged = { id: record.targetId, updatedAt: record.targetStamp };

      if (kind === "meeting.noShow") {
        const m = await tx.meeting.findUniqueOrThrow({ where: { id: record.targetId } });
        const { count } = await tx.meeting.updateMany({
          where: { ...unchanged, status: "MISSED" },
          data: { status: "SCHEDULED", noShowFirmId: null, markedById: null },
        });
        if (count === 0) throw refused("changedSince");
        await replace(tx, m);
        return;
      }

      const request = await tx.meetingRequest.findUniqueOrThrow({
        where: { id: record.targetId },
        include: { event: { select: { requestDeadline: true } } },
      });
      const pairKey = activePairKey(request.eventId, request.fromFirmId, request.toFirmId);
      if (kind === "request.withdraw") {
        if (request.event.requestDeadline && now > request.event.requestDeadline) throw refused("expired");
        const { count } = await tx.meetingRequest.updateMany({
          where: { ...unchanged, status: "WITHDRAWN" },
          data: { status: "PENDING", activePairKey: pairKey, decidedById: null, decidedAt: null },
        });
        if (count === 0) throw refused("changedSince");
        return;
      }

      // meeting.cancel: the request accepted again and its meeting, if it was placed, back at its table.
      const state = JSON.parse(record.state) as CancelState;
      const { count } = await tx.meetingRequest.updateMany({
        where: { ...unchanged, status: "CANCELLED" },
        data: {
          status: "ACCEPTED",
          activePairKey: pairKey,
          decidedById: state.decidedById,
          decidedAt: state.decidedAt ? new Date(state.decidedAt) : null,
        },
      });
      if (count === 0) throw refused("changedSince");
      if (state.meetingId) {
        const m = await tx.meeting.findUniqueOrThrow({ where: { id: state.meetingId } });
        const back = await tx.meeting.updateMany({
          where: { id: m.id, status: "CANCELLED" },
          data: { status: "SCHEDULED", cancelledAt: null },
        });
        if (back.count === 0) throw refused("changedSince");
        await replace(tx, m);
      }
      notice = state;
    });
  } catch (e) {
    // The slot, the table or the pair went to someone else meanwhile: the keys refused it, nothing was changed.
    if (isUniqueViolation(e)) throw refused("taken");
    throw e;
  }
  const told = notice as CancelState | null;
  if (told)
    await sendEmails(
      await firmRecipients(told.otherFirmId),
      "meetingRestored",
      { firm: told.actorFirmName },
      { link: "/agenda" },
    );
  return { kind, targetId: record.targetId };
}

/** The actor's changes that can still be undone now, newest first (the page offers their undo buttons). */
export async function undoableChangesOf(actor: Actor, now = new Date()) {
  return db.undoRecord.findMany({
    where: { userId: actor.userId, undoneAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 10,
  });
}
