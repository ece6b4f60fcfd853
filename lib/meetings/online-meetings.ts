// Online and hybrid meetings: where the organizers allow it (Event.onlineMeetings), a meeting can be held in a
// video room instead of at a table. One firm asks (with its request, or later), the other's administrators
// accept, or an organizer sets it. A placed meeting that goes online gives its table back and keeps both firms'
// slot; its room link is shown only to the two firms' people (anyone else: not found).
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { assertEventIdOpen } from "@/lib/events/event-guard";
import { requireRoleAt } from "@/lib/events/staff-roles";
import { audit } from "@/lib/audit/audit";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS } from "@/lib/matching/language-capacity";
import { firmRecipients, sendEmails } from "@/lib/notifications/emails";
import { chooseTable, tableSlotKey, underCap } from "./placement-rules";
import { writeMeeting } from "./placement";
import { newRoomName, configuredRoomUrl } from "./online-room";
import { answerOnlineRefusal, askOnlineRefusal, firstCommonFreeSlot, type OnlineRefusal } from "./online-rules";

type Tx = Prisma.TransactionClient;
const Id = z.string().min(1).max(64);

const MESSAGE: Record<OnlineRefusal, ErrorKey> = {
  off: "errors.online.off",
  notLive: "errors.meetings.notNow",
  already: "errors.online.already",
  asked: "errors.online.asked",
  notAsked: "errors.meetings.notNow",
  notYours: "errors.forbidden",
};
function refuse(why: OnlineRefusal): never {
  if (why === "notYours") throw new AppError("NOT_FOUND", "no such request");
  throw new AppError("CONFLICT", `online: ${why}`, { form: MESSAGE[why] });
}

async function requestWithEvent(requestId: string) {
  return db.meetingRequest.findUnique({
    where: { id: requestId },
    include: {
      event: { select: { onlineMeetings: true } },
      from: { select: { nameLocal: true } },
      to: { select: { nameLocal: true } },
    },
  });
}

/** The request's placed meeting, if any, moves to a video room: its table is free again, the firms' slot stays. */
async function moveOnline(tx: Tx, requestId: string): Promise<void> {
  const meeting = await tx.meeting.findUnique({
    where: { requestId },
    select: { id: true, status: true, roomName: true },
  });
  if (!meeting || meeting.status !== "SCHEDULED" || meeting.roomName) return;
  await tx.meeting.update({
    where: { id: meeting.id },
    data: { tableId: null, tableSlotKey: null, roomName: newRoomName() },
  });
}

export const AskOnlineInput = z.object({ requestId: Id, firmId: Id });

/** One firm (any of its people: often a delegation that cannot travel) asks to hold the meeting online. */
export async function askOnline(actor: Actor, input: z.input<typeof AskOnlineInput>): Promise<void> {
  const parsed = AskOnlineInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid question", { form: "errors.invalid" });
  const { requestId, firmId } = parsed.data;
  const r = await requestWithEvent(requestId);
  if (!r) throw new AppError("NOT_FOUND", "no such request");
  const why = askOnlineRefusal(actor, r, firmId, r.event.onlineMeetings);
  if (why) refuse(why);
  await assertEventIdOpen(r.eventId);
  const { count } = await db.meetingRequest.updateMany({
    where: { id: requestId, status: r.status, online: false, onlineAskedByFirmId: null },
    data: { onlineAskedByFirmId: firmId },
  });
  if (count === 0) throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.meetings.notNow" });
  const [other, name] = firmId === r.fromFirmId ? [r.toFirmId, r.from.nameLocal] : [r.fromFirmId, r.to.nameLocal];
  await sendEmails(await firmRecipients(other), "onlineAsked", { firm: name }, { link: "/firm/meetings" });
}

export const AnswerOnlineInput = z.object({ requestId: Id, accept: z.boolean() });

/** The other firm's administrators agree (the meeting goes online) or say no (it stays at a table). */
export async function answerOnline(actor: Actor, input: z.input<typeof AnswerOnlineInput>): Promise<boolean> {
  const parsed = AnswerOnlineInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid answer", { form: "errors.invalid" });
  const { requestId, accept } = parsed.data;
  const r = await requestWithEvent(requestId);
  if (!r) throw new AppError("NOT_FOUND", "no such request");
  // Saying no is always possible, even after the organizers turned online meetings off.
  const why = answerOnlineRefusal(actor, r, accept ? r.event.onlineMeetings : true);
  if (why) refuse(why);
  await assertEventIdOpen(r.eventId);
  const asker = r.onlineAskedByFirmId!;
  await db.$transaction(async (tx) => {
    const { count } = await tx.meetingRequest.updateMany({
      where: { id: requestId, status: r.status, onlineAskedByFirmId: asker },
      data: { onlineAskedByFirmId: null, ...(accept ? { online: true } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.meetings.notNow" });
    if (accept) await moveOnline(tx, requestId);
  });
  if (accept) {
    const name = asker === r.fromFirmId ? r.to.nameLocal : r.from.nameLocal;
    await sendEmails(await firmRecipients(asker), "onlineAgreed", { firm: name }, { link: "/agenda" });
  }
  return accept;
}

export const SetOnlineInput = z.object({ requestId: Id, online: z.boolean() });

/**
 * An organizer sets the meeting online or back in person. Back in person, a placed meeting needs a free table
 * that suits the pair (an interpreter's when they need one) in its slot; without one it is refused.
 */
export async function setMeetingOnline(actor: Actor, input: z.input<typeof SetOnlineInput>): Promise<void> {
  const parsed = SetOnlineInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid format", { form: "errors.invalid" });
  const { requestId, online } = parsed.data;
  const r = await db.meetingRequest.findUnique({
    where: { id: requestId },
    include: {
      event: { select: { onlineMeetings: true } },
      from: { select: LANGUAGE_STAFF_FIELDS },
      to: { select: LANGUAGE_STAFF_FIELDS },
      meeting: true,
    },
  });
  if (!r) throw new AppError("NOT_FOUND", "no such request");
  // The event's administrators (its staff role EVENT_ADMIN), at an edition that is not over.
  await requireRoleAt(actor, r.eventId, ["EVENT_ADMIN"]);
  await assertEventIdOpen(r.eventId);
  if (online && !r.event.onlineMeetings) refuse("off");
  if (r.status !== "ACCEPTED" && r.status !== "PENDING") refuse("notLive");
  try {
    await db.$transaction(async (tx) => {
      await tx.meetingRequest.update({ where: { id: requestId }, data: { online, onlineAskedByFirmId: null } });
      if (online) await moveOnline(tx, requestId);
      const m = r.meeting;
      if (!online && m && m.status === "SCHEDULED" && !m.tableId) {
        const [tables, atSlot] = await Promise.all([
          tx.meetingTable.findMany({ where: { eventId: r.eventId } }),
          tx.meeting.findMany({ where: { slotId: m.slotId, status: "SCHEDULED", tableId: { not: null } } }),
        ]);
        const table = chooseTable(tables, new Set(atSlot.map((x) => x.tableId!)), interpreterNeeded(r.from, r.to));
        if (!table) throw new AppError("CONFLICT", "no table", { form: "errors.booking.noTable" });
        await tx.meeting.update({
          where: { id: m.id },
          data: { tableId: table.id, tableSlotKey: tableSlotKey(table.id, m.slotId), roomName: null },
        });
      }
      await audit(
        tx,
        actor,
        online ? "meeting.online" : "meeting.inPerson",
        { type: "meetingRequest", id: requestId },
        {},
      );
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "table just taken", { form: "errors.placement.justTaken" });
    throw e;
  }
}

/**
 * The video room's address, for the two firms' people only; anyone else (organizers included: the room is the
 * firms' conversation) gets "not found", as for a meeting that is not online or no longer on.
 */
export async function roomLinkFor(actor: Actor, meetingId: string): Promise<{ url: string }> {
  const m = await db.meeting.findUnique({
    where: { id: String(meetingId) },
    select: { firmAId: true, firmBId: true, status: true, roomName: true },
  });
  const inIt =
    m &&
    (allows(actor, { kind: "firmMember", firmId: m.firmAId }) ||
      allows(actor, { kind: "firmMember", firmId: m.firmBId }));
  if (!m || !inIt || !m.roomName || (m.status !== "SCHEDULED" && m.status !== "HELD"))
    throw new AppError("NOT_FOUND", "no such room");
  return { url: configuredRoomUrl(m.roomName) };
}

/**
 * Places the event's accepted online meetings that have no slot yet, each in the first slot both firms have free
 * (no table needed), under the event's cap; returns how many were placed and the ids of those that found no slot.
 * A scheduler run places the online meetings waiting when it runs (scheduler-run.ts, online-placement.ts); this
 * is for those agreed after a publication, placed at once without a new run. It goes through the same keys, so it
 * cannot double-book a firm.
 */
export async function placeOnlineMeetings(
  actor: Actor,
  eventId: string,
): Promise<{ placed: number; unplaced: string[] }> {
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  await assertEventIdOpen(eventId);
  const [event, slots, waiting] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: { meetingCapPerFirm: true } }),
    db.slot.findMany({ where: { eventId }, orderBy: { startsAt: "asc" }, select: { id: true } }),
    db.meetingRequest.findMany({
      where: {
        eventId,
        status: "ACCEPTED",
        online: true,
        OR: [{ meeting: null }, { meeting: { status: "CANCELLED" } }],
      },
      orderBy: [{ priority: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  let placed = 0;
  const unplaced: string[] = [];
  for (const r of waiting) {
    const firms = [r.fromFirmId, r.toFirmId] as const;
    const ok = await db
      .$transaction(async (tx) => {
        const [holds, away, counts] = await Promise.all([
          tx.firmSlotHold.findMany({ where: { firmId: { in: [...firms] }, slot: { eventId } } }),
          tx.firmUnavailability.findMany({ where: { firmId: { in: [...firms] }, slot: { eventId } } }),
          Promise.all(
            firms.map((firmId) =>
              tx.meeting.count({
                where: {
                  eventId,
                  status: { in: ["SCHEDULED", "HELD"] },
                  OR: [{ firmAId: firmId }, { firmBId: firmId }],
                },
              }),
            ),
          ),
        ]);
        if (!counts.every((c) => underCap(c, event.meetingCapPerFirm))) return false;
        const taken = new Map<string, Set<string>>(firms.map((f) => [f, new Set()]));
        for (const h of [...holds, ...away]) taken.get(h.firmId)!.add(h.slotId);
        const slotId = firstCommonFreeSlot(
          slots.map((s) => s.id),
          firms,
          taken,
        );
        if (!slotId) return false;
        // A cancelled meeting of this request keeps its row (requestId is unique): it is placed again in place.
        await tx.meeting.deleteMany({ where: { requestId: r.id, status: "CANCELLED" } });
        await writeMeeting(tx, {
          eventId,
          requestId: r.id,
          firms,
          slotId,
          tableId: null,
          source: "ORGANIZER",
          placedById: actor.userId,
        });
        return true;
      })
      .catch((e) => {
        // A firm took the slot at this moment (a booking, a tour): leave it for the next run.
        if (isUniqueViolation(e)) return false;
        throw e;
      });
    if (ok) placed++;
    else unplaced.push(r.id);
  }
  return { placed, unplaced };
}
