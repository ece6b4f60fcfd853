// Writing placed meetings. Every placement writes the meeting (its table-and-slot key unique) and one hold per
// firm (unique per firm and slot) in the caller's transaction, so the database refuses a double booking even
// when two requests race; the rules in placement-rules.ts explain a refusal in words before it gets that far.
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS } from "@/lib/matching/language-capacity";
import { placementConflicts, tableSlotKey, type PlacementConflict } from "./placement-rules";
import { newRoomName } from "./online-room";
import { recordChange } from "./schedule-changes";
import { assertEventIdOpen } from "@/lib/events/event-guard";

type Tx = Prisma.TransactionClient;
export type MeetingSource = "SCHEDULER" | "ORGANIZER" | "SELF_BOOKED";

export type NewMeeting = {
  id?: string;
  eventId: string;
  requestId: string;
  firms: readonly [string, string];
  slotId: string;
  /** The table; null for an online meeting, which gets a video room instead and holds only the firms' slot. */
  tableId: string | null;
  source: MeetingSource;
  placedById: string;
  runId?: string;
  /** Placed over the event's cap by an organizer, for this meeting only. */
  overCap?: boolean;
};

/**
 * Writes a meeting and its two holds; a unique violation (slot or table just taken) propagates. An online
 * meeting (no table) takes no table-and-slot key, so any number of them can share a slot.
 */
export async function writeMeeting(tx: Tx, m: NewMeeting): Promise<string> {
  const meeting = await tx.meeting.create({
    data: {
      ...(m.id ? { id: m.id } : {}),
      eventId: m.eventId,
      requestId: m.requestId,
      firmAId: m.firms[0],
      firmBId: m.firms[1],
      slotId: m.slotId,
      tableId: m.tableId,
      source: m.source,
      placedById: m.placedById,
      runId: m.runId ?? null,
      overCap: m.overCap ?? false,
      tableSlotKey: m.tableId ? tableSlotKey(m.tableId, m.slotId) : null,
      roomName: m.tableId ? null : newRoomName(),
    },
  });
  await tx.firmSlotHold.createMany({
    data: m.firms.map((firmId) => ({ firmId, slotId: m.slotId, meetingId: meeting.id })),
  });
  return meeting.id;
}

/** Cancels the scheduled meeting of a request, if it has one: its slot and table are free again. */
export async function cancelMeetingOf(tx: Tx, requestId: string, now: Date): Promise<void> {
  const meeting = await tx.meeting.findUnique({ where: { requestId }, select: { id: true, status: true } });
  if (!meeting || meeting.status !== "SCHEDULED") return;
  await tx.firmSlotHold.deleteMany({ where: { meetingId: meeting.id } });
  await tx.meeting.update({
    where: { id: meeting.id },
    data: { status: "CANCELLED", tableSlotKey: null, cancelledAt: now },
  });
  // A firm cancelling tells the other firm itself (meeting-requests.ts): an organizer's untold change is moot.
  await tx.scheduleChange.deleteMany({ where: { meetingId: meeting.id, sentAt: null } });
}

/** Everything placementConflicts needs to judge one meeting of two firms at a slot and table. */
export async function placementFacts(
  tx: Tx,
  input: {
    firms: readonly [string, string];
    slotId: string;
    tableId: string;
    interpreter: string | null;
    exceptMeetingId?: string;
  },
) {
  const { firms, slotId, tableId, exceptMeetingId } = input;
  const [table, holds, unavailable, atTable] = await Promise.all([
    tx.meetingTable.findUniqueOrThrow({ where: { id: tableId } }),
    tx.firmSlotHold.findMany({ where: { slotId, firmId: { in: [...firms] } } }),
    tx.firmUnavailability.findMany({ where: { slotId, firmId: { in: [...firms] } } }),
    tx.meeting.findFirst({ where: { tableSlotKey: tableSlotKey(tableId, slotId) }, select: { id: true } }),
  ]);
  const busy = new Map<string, string>();
  const blocked = new Set(unavailable.map((u) => u.firmId));
  for (const h of holds) {
    if (h.meetingId === exceptMeetingId) continue;
    if (h.meetingId) busy.set(h.firmId, h.meetingId);
    else blocked.add(h.firmId);
  }
  return {
    firms,
    interpreter: input.interpreter,
    table: { id: table.id, number: table.number, interpreter: table.interpreter },
    unavailable: blocked,
    busy,
    tableTakenBy: atTable && atTable.id !== exceptMeetingId ? atTable.id : null,
  };
}

export class PlacementRefused extends AppError {
  constructor(readonly conflicts: PlacementConflict[]) {
    super("CONFLICT", "placement refused", { form: "errors.placement.refused" });
  }
}

export const MoveSchema = z.object({
  meetingId: z.string().min(1).max(64),
  slotId: z.string().min(1).max(64),
  tableId: z.string().min(1).max(64),
});

/**
 * An organizer moves a scheduled meeting to another slot and/or table (or places it where it is again). Refused
 * with the reasons when a firm is unavailable or busy then, the table is taken or lacks the interpreter. The firms
 * are not mailed at once: the move is recorded as an untold change, and each firm gets one mail for all of its
 * changes (schedule-changes.ts), so moving a meeting there and back tells nobody anything.
 */
export async function moveMeeting(actor: Actor, options: z.input<typeof MoveSchema>): Promise<void> {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const parsed = MoveSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid move", { form: "errors.invalid" });
  const { meetingId, slotId, tableId } = parsed.data;
  const moved = await db.meeting.findUnique({ where: { id: meetingId }, select: { eventId: true } });
  if (moved) await assertEventIdOpen(moved.eventId);
  const attempt = () =>
    db.$transaction(async (tx) => {
      const meeting = await tx.meeting.findUnique({
        where: { id: meetingId },
        include: {
          firmA: { select: { ...LANGUAGE_STAFF_FIELDS, nameLocal: true } },
          firmB: { select: { ...LANGUAGE_STAFF_FIELDS, nameLocal: true } },
          slot: { select: { startsAt: true } },
          table: { select: { number: true } },
        },
      });
      if (!meeting || meeting.status !== "SCHEDULED") throw new AppError("NOT_FOUND", "no such meeting");
      // An online meeting moves with the format change (lib/meetings/online-meetings.ts), not to a table.
      if (!meeting.tableId) throw new AppError("CONFLICT", "online meeting", { form: "errors.online.noTableMove" });
      const [slot, table] = await Promise.all([
        tx.slot.findFirst({ where: { id: slotId, eventId: meeting.eventId } }),
        tx.meetingTable.findFirst({ where: { id: tableId, eventId: meeting.eventId } }),
      ]);
      if (!slot || !table) throw new AppError("INVALID_INPUT", "unknown slot or table", { form: "errors.invalid" });
      const firms = [meeting.firmAId, meeting.firmBId] as const;
      const facts = await placementFacts(tx, {
        firms,
        slotId,
        tableId,
        interpreter: interpreterNeeded(meeting.firmA, meeting.firmB),
        exceptMeetingId: meeting.id,
      });
      const conflicts = placementConflicts(facts);
      if (conflicts.length) throw new PlacementRefused(conflicts);
      // Compare-and-set on where the meeting was read: a second organizer moving or cancelling it at the same
      // moment waits for this row and then finds it changed, so two moves never leave holds in two slots.
      const { count } = await tx.meeting.updateMany({
        where: { id: meeting.id, status: "SCHEDULED", slotId: meeting.slotId, tableId: meeting.tableId },
        data: {
          slotId,
          tableId,
          tableSlotKey: tableSlotKey(tableId, slotId),
          source: "ORGANIZER",
          placedById: actor.userId,
        },
      });
      if (count === 0) throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.placement.changed" });
      await tx.firmSlotHold.deleteMany({ where: { meetingId: meeting.id } });
      await tx.firmSlotHold.createMany({ data: firms.map((firmId) => ({ firmId, slotId, meetingId: meeting.id })) });
      if (meeting.slotId !== slotId || meeting.tableId !== tableId)
        await recordChange(tx, {
          eventId: meeting.eventId,
          meeting: { id: meeting.id, firmAId: meeting.firmAId, firmBId: meeting.firmBId },
          kind: "MOVED",
          from: { slotId: meeting.slotId, tableId: meeting.tableId },
        });
      await audit(
        tx,
        actor,
        "meeting.move",
        { type: "meeting", id: meeting.id },
        {
          firmA: meeting.firmAId,
          firmB: meeting.firmBId,
          firms: `${meeting.firmA.nameLocal} — ${meeting.firmB.nameLocal}`,
          fromSlot: meeting.slotId,
          fromAt: meeting.slot.startsAt.toISOString(),
          fromTable: meeting.table?.number ?? null,
          toSlot: slotId,
          at: slot.startsAt.toISOString(),
          table: table.number,
        },
      );
    });
  for (let tries = 1; ; tries++) {
    try {
      await attempt();
      return;
    } catch (e) {
      // Somebody took the slot or table between our check and our write: judge again, now that it is visible.
      if (!isUniqueViolation(e)) throw e;
      if (tries === 3) throw new AppError("CONFLICT", "slot just taken", { form: "errors.placement.justTaken" });
    }
  }
}
