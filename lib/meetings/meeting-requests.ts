// Meeting requests between firms at the current event. Authorization and the rules live here (and in
// request-rules.ts); the database's unique pair key refuses a second live request even under races.
import { z } from "zod";
import { MEETING_PRIORITIES } from "@/lib/enums";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { cancelMeetingOf } from "./placement";
import { firmRecipients, sendEmails } from "@/lib/notifications/emails";
import {
  activePairKey,
  effectiveStatus,
  holdsPair,
  transition,
  type RequestAction,
  type RequestStatus,
} from "./request-rules";
import { fieldErrors, formText } from "@/lib/validation/form-input";
import { recordUndo } from "@/lib/undo/undo";
import { mayActForFirm } from "./meeting-rights";
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import { hasBlocked } from "@/lib/conversations/firm-blocks";
import { ensureConversation, postRequestMessage } from "@/lib/conversations/conversations";
import { assertEventIdOpen } from "@/lib/events/event-guard";

export const RequestSchema = z.object({
  fromFirmId: z.string().min(1).max(64),
  toFirmId: z.string().min(1).max(64),
  priority: z.enum(MEETING_PRIORITIES, { error: "errors.choice" }).default("WOULD_LIKE"),
  message: formText(1000).default(""),
  // Held online: a delegation joining remotely asks for it with the request (only where the event allows it).
  online: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});

/** Writes EXPIRED on pending requests past their event's deadline (reads already treat them so). */
export async function expireOverdueRequests(eventId: string, now = new Date()): Promise<number> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { requestDeadline: true } });
  if (!event?.requestDeadline || now <= event.requestDeadline) return 0;
  const { count } = await db.meetingRequest.updateMany({
    where: { eventId, status: "PENDING" },
    data: { status: "EXPIRED", activePairKey: null },
  });
  return count;
}

export type CreateRequestOptions = { eventId: string } & z.input<typeof RequestSchema>;

export async function createMeetingRequest(
  actor: Actor,
  { eventId, ...request }: CreateRequestOptions,
  now = new Date(),
) {
  const parsed = RequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid request", fieldErrors(parsed.error));
  }
  const { fromFirmId, toFirmId, priority, message, online } = parsed.data;
  if (!mayActForFirm(actor, fromFirmId, "request")) throw new AppError("FORBIDDEN", "not a member of that firm");
  if (fromFirmId === toFirmId) throw new AppError("INVALID_INPUT", "same firm", { form: "errors.invalid" });
  await assertEventIdOpen(eventId, now);
  const [event, from, to] = await Promise.all([
    db.event.findUnique({ where: { id: eventId } }),
    db.firm.findUnique({ where: { id: fromFirmId }, select: { status: true, ...FIRM_NAME_SELECT } }),
    db.firm.findUnique({ where: { id: toFirmId }, select: { status: true } }),
  ]);
  if (!event || !to || to.status !== "APPROVED") throw new AppError("NOT_FOUND", "no such firm or event");
  if (!from || from.status !== "APPROVED")
    throw new AppError("FORBIDDEN", "your firm is not approved yet", { form: "errors.meetings.notApproved" });
  if (event.requestDeadline && now > event.requestDeadline)
    throw new AppError("CONFLICT", "past the deadline", { form: "errors.meetings.pastDeadline" });
  if (online && !event.onlineMeetings)
    throw new AppError("CONFLICT", "no online meetings at this event", { online: "errors.online.off" });
  // A firm that blocked the sender gets no more requests from it; the sender is not told why.
  if (await hasBlocked(toFirmId, fromFirmId))
    throw new AppError("CONFLICT", "not delivered", { form: "errors.meetings.notDelivered" });
  await expireOverdueRequests(eventId, now);
  let created;
  try {
    // The request opens the firms' thread in the same transaction; its message is the thread's first.
    created = await db.$transaction(async (tx) => {
      const request = await tx.meetingRequest.create({
        data: {
          eventId,
          fromFirmId,
          toFirmId,
          requestedById: actor.userId,
          priority,
          message,
          online,
          activePairKey: activePairKey(eventId, fromFirmId, toFirmId),
        },
      });
      await postRequestMessage(tx, request, now);
      return request;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already requested", { form: "errors.meetings.alreadyRequested" });
    throw e;
  }
  await sendEmails(
    await firmRecipients(toFirmId),
    online ? "onlineRequestReceived" : "requestReceived",
    (locale) => ({ firm: firmLabel(from, locale), priority }),
    { link: "/firm/meetings" },
  );
  return created;
}

export const ActOnRequestSchema = z.object({
  requestId: z.string().min(1).max(64),
  action: z.enum(["accept", "decline", "withdraw", "cancel"]),
});

export type RequestActionResult = {
  status: RequestStatus;
  /** Withdrawing and cancelling can be undone for a few minutes by whoever did it (lib/undo). */
  undoId: string | null;
};

/**
 * Accept, decline, withdraw or cancel; a compare-and-set on the status, so two answers cannot both win. Who may
 * do which is meeting-rights.ts's (administrators answer and cancel; any member withdraws).
 */
export async function actOnMeetingRequest(
  actor: Actor,
  options: z.input<typeof ActOnRequestSchema>,
  now = new Date(),
): Promise<RequestActionResult> {
  const parsed = ActOnRequestSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid action", { form: "errors.invalid" });
  const { requestId, action } = parsed.data;
  const request = await db.meetingRequest.findUnique({
    where: { id: requestId },
    include: {
      event: { select: { requestDeadline: true } },
      from: { select: FIRM_NAME_SELECT },
      to: { select: FIRM_NAME_SELECT },
    },
  });
  if (
    !request ||
    !(
      allows(actor, { kind: "firmMember", firmId: request.fromFirmId }) ||
      allows(actor, { kind: "firmMember", firmId: request.toFirmId })
    )
  ) {
    throw new AppError("NOT_FOUND", "no such request");
  }
  await assertEventIdOpen(request.eventId, now);
  const status = effectiveStatus(request.status, request.event.requestDeadline, now);
  const next = transition(actor, { ...request, status }, action as RequestAction);
  if (!next) {
    // A member who could do it as an administrator is told who may, not that the request changed.
    const asAdmin = { ...actor, memberships: actor.memberships.map((m) => ({ ...m, role: "FIRM_ADMIN" as const })) };
    if (transition(asAdmin, { ...request, status }, action as RequestAction))
      throw new AppError("FORBIDDEN", "administrators only", { form: "errors.meetings.adminsOnly" });
    throw new AppError("CONFLICT", "not possible now", {
      form: status === "EXPIRED" ? "errors.meetings.expired" : "errors.meetings.notNow",
    });
  }
  const actorFirmId = [request.fromFirmId, request.toFirmId].find((f) => mayActForFirm(actor, f, action))!;
  // One transaction: a cancelled request takes its placed meeting with it (slot and table free again).
  const undoId = await db.$transaction(async (tx) => {
    const { count } = await tx.meetingRequest.updateMany({
      where: { id: requestId, status: request.status },
      data: {
        status: next,
        decidedById: actor.userId,
        decidedAt: now,
        ...(holdsPair(next) ? {} : { activePairKey: null }),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.meetings.notNow" });
    if (action === "withdraw")
      return recordUndo(tx, { kind: "request.withdraw", targetId: requestId, userId: actor.userId, now });
    if (action === "cancel") {
      const meeting = await tx.meeting.findUnique({ where: { requestId }, select: { id: true, status: true } });
      await cancelMeetingOf(tx, requestId, now);
      const other = actorFirmId === request.fromFirmId ? request.toFirmId : request.fromFirmId;
      return recordUndo(tx, {
        kind: "meeting.cancel",
        targetId: requestId,
        userId: actor.userId,
        now,
        state: {
          meetingId: meeting?.status === "SCHEDULED" ? meeting.id : null,
          decidedById: request.decidedById,
          decidedAt: request.decidedAt?.toISOString() ?? null,
          otherFirmId: other,
          actorFirmName: actorFirmId === request.fromFirmId ? request.from.nameLocal : request.to.nameLocal,
        },
      });
    }
    return null;
  });
  // An accepted meeting opens the firms' thread if the request did not (requests from before threads).
  if (action === "accept") await ensureConversation(request.fromFirmId, request.toFirmId, "MEETING");
  // Tell the other side, in their language.
  if (action === "accept" || action === "decline") {
    await sendEmails(
      await firmRecipients(request.fromFirmId),
      action === "accept" ? "requestAccepted" : "requestDeclined",
      (locale) => ({ firm: firmLabel(request.to, locale) }),
      { link: "/firm/meetings" },
    );
  }
  if (action === "cancel" && status === "ACCEPTED") {
    const actorIsSender = actorFirmId === request.fromFirmId;
    const [other, named] = actorIsSender ? [request.toFirmId, request.from] : [request.fromFirmId, request.to];
    await sendEmails(
      await firmRecipients(other),
      "meetingCancelled",
      (locale) => ({ firm: firmLabel(named, locale) }),
      { link: "/agenda" },
    );
  }
  return { status: next, undoId };
}

/** A firm's requests at an event, both ways, with the other firm's name; expired ones shown as such. */
export async function meetingRequestsOf(actor: Actor, firmId: string, eventId: string, now = new Date()) {
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const event = await db.event.findUnique({ where: { id: eventId }, select: { requestDeadline: true } });
  const rows = await db.meetingRequest.findMany({
    where: { eventId, OR: [{ fromFirmId: firmId }, { toFirmId: firmId }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      from: { select: FIRM_NAME_SELECT },
      to: { select: FIRM_NAME_SELECT },
      meeting: {
        select: {
          status: true,
          slot: { select: { startsAt: true, endsAt: true } },
          table: { select: { number: true } },
        },
      },
    },
  });
  return rows.map((r) => ({
    ...r,
    status: effectiveStatus(r.status, event?.requestDeadline ?? null, now),
    incoming: r.toFirmId === firmId,
  }));
}
