// Company tours: created by organizers or the host firm's administrators; attendees sign up, wait in line when
// the tour is full, cancel. Every sign-up and cancellation of a tour runs in one transaction that first bumps
// the tour's version (a row lock on PostgreSQL, the write lock on SQLite), so they happen one at a time in
// arrival order; seat numbers and queue numbers are unique per tour, so the database refuses overbooking even
// if that order were lost.
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows, isOrganizer } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/notifications";
import { sendEmails, userRecipient } from "@/lib/notifications/emails";
import { formatDateTime } from "@/lib/time/zoned-format";
import { LOCALES, type AppLocale } from "@/lib/i18n/routing";
import { COUNTRIES } from "@/lib/enums";
import { tourText } from "./tour-text";
import { cancelMeetingOf } from "@/lib/meetings/placement";
import {
  eligibleCountry,
  holdsSeat,
  lowestFreeSeat,
  nextInLine,
  overlappingSlots,
  signUpOutcome,
  splitList,
  waitlistPosition,
  type SeatStatus,
} from "./tour-rules";
import { CalendarDate, isCalendarDate } from "@/lib/time/calendar-date";
import { LOCAL_TIME, localInstant } from "@/lib/time/event-time";
import { fieldErrors, formText } from "@/lib/validation/form-input";
import { assertEventIdOpen } from "@/lib/events/event-guard";

type Tx = Prisma.TransactionClient;
// Many people may queue on one popular tour at once: wait for a connection and the lock a while.
const BUSY_TOUR = { maxWait: 15_000, timeout: 30_000 };

const text = (max: number) => formText(max).default("");

export const TourSchema = z
  .object({
    hostFirmId: z.string().min(1, { error: "errors.required" }).max(64),
    titleEn: text(120),
    titleJa: text(120),
    titleVi: text(120),
    descriptionEn: text(3000),
    descriptionJa: text(3000),
    descriptionVi: text(3000),
    date: CalendarDate,
    start: z.string().regex(LOCAL_TIME, { error: "errors.setup.time" }),
    durationMinutes: z.coerce
      .number({ error: "errors.number.invalid" })
      .int({ error: "errors.number.invalid" })
      .min(15, { error: "errors.tours.duration" })
      .max(720, { error: "errors.tours.duration" }),
    meetingPoint: text(200).refine((s) => s.length > 0, { error: "errors.required" }),
    // The meeting point in Japanese and Vietnamese, when given (shown to readers of those languages).
    meetingPointJa: text(200),
    meetingPointVi: text(200),
    transport: text(200),
    seats: z.coerce
      .number({ error: "errors.number.invalid" })
      .int({ error: "errors.number.invalid" })
      .min(1, { error: "errors.tours.seats" })
      .max(500, { error: "errors.tours.seats" }),
    languages: z.array(z.enum(LOCALES, { error: "errors.choice" })).min(1, { error: "errors.tours.languages" }),
    eligibleCountries: z.array(z.enum(COUNTRIES, { error: "errors.choice" })).default([]),
    deadlineDate: z.string().default(""),
    deadlineTime: z.string().default(""),
    hostApproval: z.boolean().default(false),
  })
  .refine((t) => t.titleEn || t.titleJa || t.titleVi, { error: "errors.tours.title", path: ["titleEn"] });

/** A tour as forms and tests hand it in (parsed inside). */
export type TourFields = z.input<typeof TourSchema>;

/** Creates a tour (tourId absent) or edits one; organizers for any host, firm administrators for their firm. */
export async function saveTour(
  actor: Actor,
  { eventId, tourId, ...tour }: { eventId: string; tourId?: string } & TourFields,
) {
  const parsed = TourSchema.safeParse(tour);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid tour", fieldErrors(parsed.error));
  const t = parsed.data;
  if (!allows(actor, { kind: "organizer" }) && !allows(actor, { kind: "firmAdmin", firmId: t.hostFirmId }))
    throw new AppError("FORBIDDEN", "organizers or the host's administrators only");
  const [event, host] = await Promise.all([
    db.event.findUnique({ where: { id: eventId } }),
    db.firm.findUnique({ where: { id: t.hostFirmId }, select: { status: true } }),
  ]);
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  if (!host || host.status !== "APPROVED")
    throw new AppError("INVALID_INPUT", "host not approved", { hostFirmId: "errors.tours.host" });
  const startsAt = localInstant(t.date, t.start, event.timeZone);
  const endsAt = new Date(startsAt.getTime() + t.durationMinutes * 60_000);
  let signupDeadline: Date | null = null;
  if (t.deadlineDate || t.deadlineTime) {
    if (!isCalendarDate(t.deadlineDate))
      throw new AppError("INVALID_INPUT", "bad date", { deadlineDate: "errors.setup.date" });
    if (!LOCAL_TIME.test(t.deadlineTime))
      throw new AppError("INVALID_INPUT", "bad time", { deadlineTime: "errors.setup.time" });
    signupDeadline = localInstant(t.deadlineDate, t.deadlineTime, event.timeZone);
    if (signupDeadline > startsAt)
      throw new AppError("INVALID_INPUT", "deadline after the start", {
        deadlineDate: "errors.tours.deadlineAfterStart",
      });
  }
  const data = {
    hostFirmId: t.hostFirmId,
    titleEn: t.titleEn,
    titleJa: t.titleJa,
    titleVi: t.titleVi,
    descriptionEn: t.descriptionEn,
    descriptionJa: t.descriptionJa,
    descriptionVi: t.descriptionVi,
    startsAt,
    endsAt,
    meetingPoint: t.meetingPoint,
    meetingPointJa: t.meetingPointJa,
    meetingPointVi: t.meetingPointVi,
    transport: t.transport,
    seats: t.seats,
    languages: t.languages.join(","),
    eligibleCountries: t.eligibleCountries.join(","),
    signupDeadline,
    hostApproval: t.hostApproval,
  };
  if (!tourId) return db.tour.create({ data: { ...data, eventId, createdById: actor.userId } });
  return db.$transaction(async (tx) => {
    const existing = await tx.tour.findUnique({
      where: { id: tourId },
      include: { seatsTaken: { where: { status: { in: ["CONFIRMED", "AWAITING_HOST"] } }, select: { seatNo: true } } },
    });
    if (!existing) throw new AppError("NOT_FOUND", "no such tour");
    if (!allows(actor, { kind: "organizer" }) && !allows(actor, { kind: "firmAdmin", firmId: existing.hostFirmId }))
      throw new AppError("FORBIDDEN", "not your tour");
    if (existing.seatsTaken.some((s) => (s.seatNo ?? 0) > t.seats))
      throw new AppError("CONFLICT", "seats taken", { seats: "errors.tours.seatsTaken" });
    if (
      (existing.startsAt.getTime() !== startsAt.getTime() || existing.endsAt.getTime() !== endsAt.getTime()) &&
      existing.seatsTaken.length > 0
    ) {
      throw new AppError("CONFLICT", "people signed up", { date: "errors.tours.timeFixed" });
    }
    return tx.tour.update({ where: { id: tourId }, data: { ...data, version: { increment: 1 } } });
  });
}

/** The meetings a sign-up would clash with, named so the person can choose to cancel them. */
export class TourClash extends AppError {
  constructor(
    readonly meetings: {
      meetingId: string;
      requestId: string;
      partner: string;
      startsAt: Date;
      table: number | null;
    }[],
  ) {
    super("CONFLICT", "the tour overlaps meetings", { form: "errors.tours.clash" });
  }
}

/** Keeps the firm's tour holds on its slots in step with its people's live seats on the event's tours. */
async function syncFirmTourHolds(tx: Tx, firmId: string, eventId: string): Promise<void> {
  const [seats, slots, holds] = await Promise.all([
    tx.tourSeat.findMany({
      where: { firmId, status: { in: ["CONFIRMED", "AWAITING_HOST"] }, tour: { eventId } },
      include: { tour: { select: { id: true, startsAt: true, endsAt: true } } },
    }),
    tx.slot.findMany({ where: { eventId } }),
    tx.firmSlotHold.findMany({ where: { firmId, slot: { eventId } } }),
  ]);
  const wanted = new Map<string, string>();
  for (const seat of seats)
    for (const slot of overlappingSlots(seat.tour, slots)) if (!wanted.has(slot.id)) wanted.set(slot.id, seat.tour.id);
  const stale = holds.filter((h) => h.tourId && !wanted.has(h.slotId)).map((h) => h.slotId);
  if (stale.length) await tx.firmSlotHold.deleteMany({ where: { firmId, slotId: { in: stale }, meetingId: null } });
  const held = new Set(holds.map((h) => h.slotId));
  const missing = [...wanted].filter(([slotId]) => !held.has(slotId));
  // A meeting hold in one of these slots makes this violate the key: the caller checked for clashes first.
  if (missing.length)
    await tx.firmSlotHold.createMany({ data: missing.map(([slotId, tourId]) => ({ firmId, slotId, tourId })) });
}

/** The scheduled meetings of the firm in the tour's slots. */
async function clashingMeetings(tx: Tx, firmId: string, tour: { eventId: string; startsAt: Date; endsAt: Date }) {
  const meetings = await tx.meeting.findMany({
    where: {
      eventId: tour.eventId,
      status: "SCHEDULED",
      OR: [{ firmAId: firmId }, { firmBId: firmId }],
      slot: { startsAt: { lt: tour.endsAt }, endsAt: { gt: tour.startsAt } },
    },
    include: {
      slot: true,
      table: true,
      firmA: { select: { nameLocal: true } },
      firmB: { select: { nameLocal: true } },
    },
    orderBy: { slot: { startsAt: "asc" } },
  });
  return meetings.map((m) => ({
    meetingId: m.id,
    requestId: m.requestId,
    partner: m.firmAId === firmId ? m.firmB.nameLocal : m.firmA.nameLocal,
    startsAt: m.slot.startsAt,
    // null for an online meeting (a video room, no table)
    table: m.table?.number ?? null,
  }));
}

async function lockTour(tx: Tx, tourId: string) {
  // The update is the lock: concurrent sign-ups for one tour wait here, in arrival order.
  return tx.tour.update({ where: { id: tourId }, data: { version: { increment: 1 } } }).catch((e) => {
    if (typeof e === "object" && e && "code" in e && e.code === "P2025")
      throw new AppError("NOT_FOUND", "no such tour");
    throw e;
  });
}

export const TourSignUpSchema = z.object({
  tourId: z.string().min(1).max(64),
  firmId: z.string().min(1).max(64),
  cancelMeetingIds: z.array(z.string().min(1).max(64)).max(50).default([]),
});

export type SignUpResult = { status: SeatStatus; position: number | null };

/**
 * The actor signs up for a tour on behalf of their firm's delegation. Refused after the deadline, for firms the
 * tour is not open to, and when the firm has meetings at the tour's time, unless the actor chose to cancel them
 * (their ids in cancelMeetingIds), which then happens in the same transaction.
 */
export async function signUpForTour(
  actor: Actor,
  options: z.input<typeof TourSignUpSchema>,
  now = new Date(),
): Promise<SignUpResult> {
  const parsed = TourSignUpSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid sign-up", { form: "errors.invalid" });
  const { tourId, firmId, cancelMeetingIds } = parsed.data;
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const [tour, firm] = await Promise.all([
    db.tour.findUnique({ where: { id: tourId } }),
    db.firm.findUnique({ where: { id: firmId }, select: { country: true, status: true } }),
  ]);
  if (!tour) throw new AppError("NOT_FOUND", "no such tour");
  await assertEventIdOpen(tour.eventId, now);
  if (!firm || firm.status !== "APPROVED")
    throw new AppError("FORBIDDEN", "firm not approved", { form: "errors.meetings.notApproved" });
  if (tour.signupDeadline && now > tour.signupDeadline)
    throw new AppError("CONFLICT", "sign-up closed", { form: "errors.tours.closed" });
  if (!eligibleCountry(tour.eligibleCountries, firm.country))
    throw new AppError("FORBIDDEN", "not open to this firm", { form: "errors.tours.notEligible" });

  const attempt = () =>
    db.$transaction(async (tx) => {
      const locked = await lockTour(tx, tourId);
      const mine = await tx.tourSeat.findUnique({ where: { activeKey: `${tourId}:${actor.userId}` } });
      if (mine) throw new AppError("CONFLICT", "already signed up", { form: "errors.tours.already" });
      const clashes = await clashingMeetings(tx, firmId, locked);
      const keep = clashes.filter((c) => !cancelMeetingIds.includes(c.meetingId));
      if (keep.length) throw new TourClash(keep);
      for (const c of clashes) {
        await tx.meetingRequest.update({
          where: { id: c.requestId },
          data: { status: "CANCELLED", activePairKey: null, decidedById: actor.userId, decidedAt: now },
        });
        await cancelMeetingOf(tx, c.requestId, now);
      }
      const live = await tx.tourSeat.findMany({
        where: { tourId, status: { in: ["CONFIRMED", "AWAITING_HOST", "WAITLISTED"] } },
        select: { status: true, seatNo: true, queueNo: true },
      });
      const held = live.filter((s) => holdsSeat(s.status));
      const status = signUpOutcome(held.length, locked.seats, locked.hostApproval);
      const queue = live.flatMap((s) => (s.queueNo === null ? [] : [s.queueNo]));
      const seatNo = holdsSeat(status)
        ? lowestFreeSeat(
            held.flatMap((s) => (s.seatNo === null ? [] : [s.seatNo])),
            locked.seats,
          )
        : null;
      const queueNo = status === "WAITLISTED" ? Math.max(0, ...queue) + 1 : null;
      await tx.tourSeat.create({
        data: { tourId, userId: actor.userId, firmId, status, seatNo, queueNo, activeKey: `${tourId}:${actor.userId}` },
      });
      if (holdsSeat(status)) await syncFirmTourHolds(tx, firmId, locked.eventId);
      return { status, position: queueNo === null ? null : waitlistPosition(queueNo, [...queue, queueNo]) };
    }, BUSY_TOUR);

  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isUniqueViolation(e) || tries === 5) {
        if (isUniqueViolation(e)) throw new AppError("CONFLICT", "busy", { form: "errors.tours.busy" });
        throw e;
      }
    }
  }
}

/** Frees a seat (or a place in line) and gives the seat to the first person waiting who can go. */
async function releaseSeat(
  tx: Tx,
  seat: { id: string; tourId: string; firmId: string; status: SeatStatus; seatNo: number | null },
  now: Date,
): Promise<Promoted | null> {
  let promotedUser: Promoted | null = null;
  const tour = await lockTour(tx, seat.tourId);
  await tx.tourSeat.update({
    where: { id: seat.id },
    data: { status: "CANCELLED", activeKey: null, seatNo: null, queueNo: null },
  });
  if (holdsSeat(seat.status) && seat.seatNo !== null) {
    const waiting = await tx.tourSeat.findMany({
      where: { tourId: seat.tourId, status: "WAITLISTED" },
      orderBy: { queueNo: "asc" },
    });
    const line = await Promise.all(
      waiting.map(async (w) => ({
        id: w.id,
        queueNo: w.queueNo ?? 0,
        blocked: (await clashingMeetings(tx, w.firmId, tour)).length > 0,
      })),
    );
    const next = nextInLine(line);
    if (next) {
      const promoted = waiting.find((w) => w.id === next.id)!;
      const status = tour.hostApproval ? "AWAITING_HOST" : "CONFIRMED";
      await tx.tourSeat.update({
        where: { id: promoted.id },
        data: { status, seatNo: seat.seatNo, queueNo: null, promotedAt: now },
      });
      await syncFirmTourHolds(tx, promoted.firmId, tour.eventId);
      await notify(
        tx,
        promoted.userId,
        "tourPromoted",
        { titleEn: tour.titleEn, titleJa: tour.titleJa, titleVi: tour.titleVi, startsAt: tour.startsAt.toISOString() },
        `/tours/${tour.id}`,
      );
      promotedUser = { userId: promoted.userId, tour };
    }
  }
  await syncFirmTourHolds(tx, seat.firmId, tour.eventId);
  return promotedUser;
}

type Promoted = {
  userId: string;
  tour: { id: string; eventId: string; titleEn: string; titleJa: string; titleVi: string; startsAt: Date };
};

/** The email that goes with a promotion, after the transaction has committed. */
async function emailPromotion(promoted: Promoted | null) {
  if (!promoted) return;
  const event = await db.event.findUnique({ where: { id: promoted.tour.eventId }, select: { timeZone: true } });
  // The in-app notice was written with the promotion; the email goes alone.
  const recipients = (await userRecipient(promoted.userId)).map(({ email, locale }) => ({ email, locale }));
  await sendEmails(
    recipients,
    "tourPromoted",
    (locale) => ({
      tour: tourText(promoted.tour, "title", locale as AppLocale),
      when: formatDateTime(promoted.tour.startsAt, event?.timeZone ?? "UTC", locale as AppLocale),
    }),
    { link: `/tours/${promoted.tour.id}` },
  );
}

export const SeatSchema = z.object({ seatId: z.string().min(1).max(64) });
export const SeatDecisionSchema = SeatSchema.extend({ approve: z.boolean() });

/** The person cancels their place (`own`); an organizer or the host may cancel anyone's. */
export async function cancelTourSeat(
  actor: Actor,
  options: z.input<typeof SeatSchema>,
  now = new Date(),
): Promise<{ own: boolean }> {
  let own = false;
  const parsed = SeatSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid seat", { form: "errors.invalid" });
  const promoted = await db.$transaction(async (tx) => {
    const seat = await tx.tourSeat.findUnique({
      where: { id: parsed.data.seatId },
      include: { tour: { select: { hostFirmId: true } } },
    });
    const may =
      seat &&
      (seat.userId === actor.userId ||
        isOrganizer(actor) ||
        allows(actor, { kind: "firmAdmin", firmId: seat.tour.hostFirmId }));
    if (!seat || !may) throw new AppError("NOT_FOUND", "no such seat");
    if (seat.status === "CANCELLED")
      throw new AppError("CONFLICT", "already cancelled", { form: "errors.tours.notNow" });
    if (seat.userId !== actor.userId)
      await audit(
        tx,
        actor,
        "tourSeat.cancel",
        { type: "tourSeat", id: seat.id },
        { tour: seat.tourId, user: seat.userId },
      );
    own = seat.userId === actor.userId;
    return releaseSeat(tx, seat, now);
  }, BUSY_TOUR);
  await emailPromotion(promoted);
  return { own };
}

/** The host (or an organizer) approves or declines a seat held for approval. */
export async function decideTourSeat(
  actor: Actor,
  options: z.input<typeof SeatDecisionSchema>,
  now = new Date(),
): Promise<void> {
  const parsed = SeatDecisionSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid decision", { form: "errors.invalid" });
  const promoted = await db.$transaction(async (tx) => {
    const seat = await tx.tourSeat.findUnique({ where: { id: parsed.data.seatId }, include: { tour: true } });
    if (!seat || !(isOrganizer(actor) || allows(actor, { kind: "firmAdmin", firmId: seat.tour.hostFirmId })))
      throw new AppError("NOT_FOUND", "no such seat");
    if (seat.status !== "AWAITING_HOST")
      throw new AppError("CONFLICT", "not awaiting approval", { form: "errors.tours.notNow" });
    const t = seat.tour;
    await audit(
      tx,
      actor,
      parsed.data.approve ? "tourSeat.approve" : "tourSeat.decline",
      { type: "tourSeat", id: seat.id },
      { tour: t.id, user: seat.userId },
    );
    const params = { titleEn: t.titleEn, titleJa: t.titleJa, titleVi: t.titleVi, startsAt: t.startsAt.toISOString() };
    if (parsed.data.approve) {
      await tx.tourSeat.update({ where: { id: seat.id }, data: { status: "CONFIRMED" } });
      await notify(tx, seat.userId, "tourApproved", params, `/tours/${t.id}`);
      return null;
    }
    const next = await releaseSeat(tx, seat, now);
    await notify(tx, seat.userId, "tourDeclined", params, `/tours/${t.id}`);
    return next;
  });
  await emailPromotion(promoted);
}

/** The event's tours with seats taken and people waiting, and the actor's own place on each. */
export async function toursOf(actor: Actor | null, eventId: string) {
  const tours = await db.tour.findMany({
    where: { eventId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: {
      host: { select: { id: true, nameLocal: true, nameEn: true } },
      seatsTaken: {
        where: { status: { not: "CANCELLED" } },
        select: { userId: true, status: true, queueNo: true, id: true },
      },
    },
  });
  return tours.map(({ seatsTaken, ...tour }) => {
    const queue = seatsTaken.flatMap((s) => (s.status === "WAITLISTED" && s.queueNo !== null ? [s.queueNo] : []));
    const mine = actor ? seatsTaken.find((s) => s.userId === actor.userId) : undefined;
    return {
      ...tour,
      held: seatsTaken.filter((s) => holdsSeat(s.status)).length,
      waiting: queue.length,
      mine: mine
        ? {
            id: mine.id,
            status: mine.status,
            position: mine.queueNo === null ? null : waitlistPosition(mine.queueNo, queue),
          }
        : null,
      languageList: splitList(tour.languages),
      countryList: splitList(tour.eligibleCountries),
    };
  });
}

/** Who is on the tour and who waits, for organizers and the host firm's administrators. */
export async function tourRoster(actor: Actor, tourId: string) {
  const tour = await db.tour.findUnique({
    where: { id: tourId },
    include: { host: { select: { nameLocal: true, nameEn: true } }, event: true },
  });
  if (!tour || !(isOrganizer(actor) || allows(actor, { kind: "firmAdmin", firmId: tour.hostFirmId })))
    throw new AppError("NOT_FOUND", "no such tour");
  const seats = await db.tourSeat.findMany({
    where: { tourId, status: { not: "CANCELLED" } },
    include: {
      user: { select: { displayName: true, email: true } },
      firm: { select: { nameLocal: true, nameEn: true, country: true } },
    },
  });
  const seated = seats.filter((s) => holdsSeat(s.status)).sort((a, b) => (a.seatNo ?? 0) - (b.seatNo ?? 0));
  const waiting = seats.filter((s) => s.status === "WAITLISTED").sort((a, b) => (a.queueNo ?? 0) - (b.queueNo ?? 0));
  return { tour, seated, waiting };
}

/** The actor's live places on the event's tours, in time order, for their agenda. */
export async function myTours(actor: Actor, eventId: string) {
  return db.tourSeat.findMany({
    where: { userId: actor.userId, status: { not: "CANCELLED" }, tour: { eventId } },
    include: { tour: { include: { host: { select: { nameLocal: true } } } } },
    orderBy: { tour: { startsAt: "asc" } },
  });
}
