// A firm's home at the event, the landing page of its administrators and attendees: what needs doing (requests
// to answer before the deadline, a question to meet online, unread messages and updates, tour places that changed), today's
// meetings and the next one with its table (or video room) and partner, and where the event stands. One query
// function, so the page only renders.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows, isFirmAdmin } from "@/lib/auth/policy";
import { firmAgenda } from "@/lib/meetings/agenda";
import { unreadCount } from "@/lib/notifications/notifications";
import { unreadMessageCount } from "@/lib/conversations/conversations";
import { undoableChangesOf } from "@/lib/undo/undo";
import { eventPhase } from "@/lib/events/event-phase";
import { countdown, nextMeeting, todaysMeetings } from "./home-rules";

/** Tour places changed within this long are news on the home page. */
const RECENT_MS = 48 * 3600_000;

export async function firmHome(actor: Actor, input: { firmId: string; eventId: string; now?: Date }) {
  const { firmId, eventId } = input;
  const now = input.now ?? new Date();
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const [event, firm] = await Promise.all([
    db.event.findUnique({ where: { id: eventId } }),
    db.firm.findUnique({ where: { id: firmId }, select: { id: true, nameLocal: true, nameEn: true, status: true } }),
  ]);
  if (!event || !firm) throw new AppError("NOT_FOUND", "no such firm or event");
  const deadlinePassed = event.requestDeadline !== null && now > event.requestDeadline;
  const admin = isFirmAdmin(actor, firmId);
  const [toAnswer, waitingOnThem, onlineQuestions, agenda, unread, unreadMessages, seats, undoable] = await Promise.all(
    [
      // Pending requests past the deadline have expired, whatever is written: they are not to answer any more.
      deadlinePassed
        ? Promise.resolve([])
        : db.meetingRequest.findMany({
            where: { eventId, toFirmId: firmId, status: "PENDING" },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              createdAt: true,
              priority: true,
              online: true,
              from: { select: { id: true, nameLocal: true } },
            },
          }),
      deadlinePassed
        ? Promise.resolve(0)
        : db.meetingRequest.count({ where: { eventId, fromFirmId: firmId, status: "PENDING" } }),
      db.meetingRequest.findMany({
        where: {
          eventId,
          status: { in: ["PENDING", "ACCEPTED"] },
          onlineAskedByFirmId: { not: null },
          OR: [{ fromFirmId: firmId }, { toFirmId: firmId }],
          NOT: { onlineAskedByFirmId: firmId },
        },
        select: {
          id: true,
          from: { select: { id: true, nameLocal: true } },
          to: { select: { id: true, nameLocal: true } },
        },
      }),
      firmAgenda(firmId, eventId),
      unreadCount(actor),
      unreadMessageCount(actor),
      db.tourSeat.findMany({
        where: { userId: actor.userId, status: { not: "CANCELLED" }, tour: { eventId } },
        select: {
          id: true,
          status: true,
          queueNo: true,
          promotedAt: true,
          tour: { select: { id: true, titleEn: true, titleJa: true, titleVi: true, startsAt: true } },
        },
        orderBy: { tour: { startsAt: "asc" } },
      }),
      undoableChangesOf(actor, now),
    ],
  );
  // A waitlist position is the count of those still ahead: queue numbers keep their gaps when people leave.
  const waiting = seats.filter((s) => s.status === "WAITLISTED");
  const ahead = await Promise.all(
    waiting.map((s) =>
      db.tourSeat.count({ where: { tourId: s.tour.id, status: "WAITLISTED", queueNo: { lt: s.queueNo ?? 0 } } }),
    ),
  );
  return {
    // Before, during or after: the one definition of an edition's phase (issue 17).
    event: { ...event, state: eventPhase(event, now) },
    firm,
    admin,
    tasks: {
      toAnswer,
      /** Only administrators answer (lib/meetings/meeting-rights.ts); attendees see the count and who may. */
      answerDeadline: event.requestDeadline,
      deadlineLeft: event.requestDeadline ? countdown(event.requestDeadline, now) : null,
      waitingOnThem,
      onlineQuestions: onlineQuestions.map((q) => ({
        requestId: q.id,
        partner: q.from.id === firmId ? q.to : q.from,
      })),
      unread,
      /** Unread messages from other firms (issue 19's conversations), the person's across their firms. */
      unreadMessages,
      tourChanges: [
        ...seats
          .filter((s) => s.promotedAt && now.getTime() - s.promotedAt.getTime() < RECENT_MS)
          .map((s) => ({ kind: "promoted" as const, seatId: s.id, tour: s.tour })),
        ...waiting.map((s, i) => ({ kind: "waiting" as const, seatId: s.id, tour: s.tour, position: ahead[i]! + 1 })),
        ...seats
          .filter((s) => s.status === "AWAITING_HOST")
          .map((s) => ({ kind: "awaitingHost" as const, seatId: s.id, tour: s.tour })),
      ],
      undoable,
    },
    meetings: {
      next: nextMeeting(agenda, now),
      today: todaysMeetings(agenda, now, event.timeZone),
      total: agenda.filter((m) => m.status !== "MISSED").length,
    },
  };
}

export type FirmHome = Awaited<ReturnType<typeof firmHome>>;
