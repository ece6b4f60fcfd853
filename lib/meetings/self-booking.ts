// Self-booking, where the organizers allow it: a firm publishes the slots it is open in, and another firm books
// one directly; a table is assigned at once. Twenty firms booking the same open slot at the same moment get one
// meeting between them: the firm's hold on the slot is unique in the database, the others hear it was just taken.
// A booker is offered only the slots that will work (booking-offer-rules.ts); the host is told of each booking,
// in the app and by mail.
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import type { TranslateIn } from "@/lib/i18n/message-keys";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { interpreterNeeded, LANGUAGE_STAFF_FIELDS } from "@/lib/matching/language-capacity";
import { activePairKey } from "./request-rules";
import { chooseTable, underCap } from "./placement-rules";
import { writeMeeting } from "./placement";
import { oneAtATime } from "@/lib/concurrency/keyed-queue";
import { offerableSlots, unopenableSlots, type Offer } from "./booking-offer-rules";
import { mayActForFirm } from "./meeting-rights";
import { firmRecipients, sendEmails } from "@/lib/notifications/emails";
import { formatDateTime } from "@/lib/time/zoned-format";
import type { AppLocale } from "@/lib/i18n/routing";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { assertEventIdOpen } from "@/lib/events/event-guard";

export const OpenSlotsSchema = z.object({
  firmId: z.string().min(1).max(64),
  openSlotIds: z.array(z.string().min(1).max(64)).max(500),
});

/** The slots a firm is taken in at the event: a meeting's or a tour's hold, or marked away. */
async function takenSlots(firmId: string, eventId: string): Promise<Set<string>> {
  const [holds, away] = await Promise.all([
    db.firmSlotHold.findMany({ where: { firmId, slot: { eventId } }, select: { slotId: true } }),
    db.firmUnavailability.findMany({ where: { firmId, slot: { eventId } }, select: { slotId: true } }),
  ]);
  return new Set([...holds, ...away].map((h) => h.slotId));
}

/**
 * Replaces the slots the firm is open for booking in (all must be slots of the event). A slot the firm already
 * holds (a meeting, a tour) or is marked away in cannot be opened: refused, naming the rule, nothing changed.
 */
export async function setOpenSlots(
  actor: Actor,
  { eventId, ...options }: { eventId: string } & z.input<typeof OpenSlotsSchema>,
): Promise<number> {
  const firmId = String(options.firmId);
  if (!allows(actor, { kind: "firmAdmin", firmId })) throw new AppError("FORBIDDEN", "firm administrators only");
  await assertEventIdOpen(eventId);
  const parsed = OpenSlotsSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid slots", { form: "errors.invalid" });
  const ids = [...new Set(parsed.data.openSlotIds)];
  return db.$transaction(async (tx) => {
    const known = await tx.slot.count({ where: { eventId, id: { in: ids } } });
    if (known !== ids.length) throw new AppError("INVALID_INPUT", "unknown slot", { form: "errors.invalid" });
    const [holds, away] = await Promise.all([
      tx.firmSlotHold.findMany({ where: { firmId, slotId: { in: ids } }, select: { slotId: true } }),
      tx.firmUnavailability.findMany({ where: { firmId, slotId: { in: ids } }, select: { slotId: true } }),
    ]);
    if (unopenableSlots(ids, new Set([...holds, ...away].map((h) => h.slotId))).length)
      throw new AppError("CONFLICT", "slot already held", { open: "errors.booking.openHeld" });
    await tx.openSlot.deleteMany({ where: { firmId, slot: { eventId } } });
    await tx.openSlot.createMany({ data: ids.map((slotId) => ({ firmId, slotId })) });
    return ids.length;
  });
}

/**
 * What `bookerFirmId` (the actor's firm) is offered among `hostFirmId`'s open slots: only slots where both firms
 * are free and a suitable table is free (any slot both are free in, for an online meeting), none when the two
 * already meet or either is at the cap (`blocked` says which).
 */
export async function bookingOffer(
  actor: Actor,
  input: { bookerFirmId: string; hostFirmId: string; eventId: string; online?: boolean },
): Promise<Offer> {
  const { bookerFirmId, hostFirmId, eventId } = input;
  if (!mayActForFirm(actor, bookerFirmId, "book")) throw new AppError("FORBIDDEN", "not a member of that firm");
  const [event, booker, host, openSlots, hostTaken, bookerTaken] = await Promise.all([
    db.event.findUnique({ where: { id: eventId } }),
    db.firm.findUnique({ where: { id: bookerFirmId }, select: LANGUAGE_STAFF_FIELDS }),
    db.firm.findUnique({ where: { id: hostFirmId }, select: LANGUAGE_STAFF_FIELDS }),
    bookableSlotsOf(hostFirmId, eventId),
    takenSlots(hostFirmId, eventId),
    takenSlots(bookerFirmId, eventId),
  ]);
  if (!event || !booker || !host || !event.selfBooking || bookerFirmId === hostFirmId)
    return { slots: [], blocked: null };
  const online = Boolean(input.online) && event.onlineMeetings;
  const [tables, placed, counts, live] = await Promise.all([
    db.meetingTable.findMany({ where: { eventId } }),
    db.meeting.findMany({
      where: {
        eventId,
        status: { in: ["SCHEDULED", "HELD"] },
        tableId: { not: null },
        slotId: { in: openSlots.map((s) => s.id) },
      },
      select: { slotId: true, tableId: true },
    }),
    Promise.all(
      [hostFirmId, bookerFirmId].map((firmId) =>
        db.meeting.count({
          where: { eventId, status: { in: ["SCHEDULED", "HELD"] }, OR: [{ firmAId: firmId }, { firmBId: firmId }] },
        }),
      ),
    ),
    db.meetingRequest.findUnique({
      where: { activePairKey: activePairKey(eventId, bookerFirmId, hostFirmId) },
      select: { meeting: { select: { status: true } } },
    }),
  ]);
  const tablesTaken = new Map<string, Set<string>>();
  for (const m of placed) {
    if (!tablesTaken.has(m.slotId)) tablesTaken.set(m.slotId, new Set());
    tablesTaken.get(m.slotId)!.add(m.tableId!);
  }
  return offerableSlots({
    openSlots,
    hostTaken,
    bookerTaken,
    tables,
    tablesTaken,
    interpreter: interpreterNeeded(booker, host),
    online,
    meetingCounts: { host: counts[0]!, booker: counts[1]! },
    cap: event.meetingCapPerFirm,
    alreadyMeeting: Boolean(live?.meeting && (live.meeting.status === "SCHEDULED" || live.meeting.status === "HELD")),
  });
}

/** The firm's open slots that can still be booked: not held by a meeting or a tour, not marked unavailable. */
export async function bookableSlotsOf(firmId: string, eventId: string) {
  return db.slot.findMany({
    where: {
      eventId,
      openFor: { some: { firmId } },
      holds: { none: { firmId } },
      unavailable: { none: { firmId } },
      event: { selfBooking: true },
    },
    orderBy: { startsAt: "asc" },
  });
}

export const BookingSchema = z.object({
  fromFirmId: z.string().min(1).max(64),
  toFirmId: z.string().min(1).max(64),
  slotId: z.string().min(1).max(64),
  // Held online (where the event allows it): no table, a video room.
  online: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});

const taken = () => new AppError("CONFLICT", "slot just taken", { form: "errors.booking.slotTaken" });

/**
 * Firm `fromFirmId` (the actor's) books one of `toFirmId`'s open slots: the request between them is created or
 * taken up as accepted (publishing the slot was the other firm's consent) and the meeting placed at a free table.
 */
export async function bookOpenSlot(
  actor: Actor,
  { eventId, ...booking }: { eventId: string } & z.input<typeof BookingSchema>,
  now = new Date(),
): Promise<{ meetingId: string; tableNumber: number | null; online: boolean }> {
  const parsed = BookingSchema.safeParse(booking);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid booking", { form: "errors.invalid" });
  const { fromFirmId, toFirmId, slotId, online } = parsed.data;
  if (!mayActForFirm(actor, fromFirmId, "book")) throw new AppError("FORBIDDEN", "not a member of that firm");
  if (fromFirmId === toFirmId) throw new AppError("INVALID_INPUT", "same firm", { form: "errors.invalid" });
  await assertEventIdOpen(eventId, now);
  /** Whether either firm already holds the slot (then it went to someone else). */
  const heldNow = () =>
    db.firmSlotHold.findFirst({ where: { slotId, firmId: { in: [fromFirmId, toFirmId] } }, select: { firmId: true } });
  const [event, from, to, open, held] = await Promise.all([
    db.event.findUnique({ where: { id: eventId } }),
    db.firm.findUnique({ where: { id: fromFirmId }, select: { status: true, ...LANGUAGE_STAFF_FIELDS } }),
    db.firm.findUnique({ where: { id: toFirmId }, select: { status: true, ...LANGUAGE_STAFF_FIELDS } }),
    db.openSlot.findUnique({
      where: { firmId_slotId: { firmId: toFirmId, slotId } },
      include: { slot: { select: { eventId: true } } },
    }),
    // Already gone: answered from a read, without queueing for a write transaction (in a rush for a few
    // slots almost every attempt ends here). The transaction below checks again and the keys decide.
    heldNow(),
  ]);
  if (!event || !to || to.status !== "APPROVED") throw new AppError("NOT_FOUND", "no such firm or event");
  if (!event.selfBooking) throw new AppError("FORBIDDEN", "self-booking is off", { form: "errors.booking.off" });
  if (!from || from.status !== "APPROVED")
    throw new AppError("FORBIDDEN", "your firm is not approved yet", { form: "errors.meetings.notApproved" });
  if (online && !event.onlineMeetings)
    throw new AppError("CONFLICT", "no online meetings here", { form: "errors.online.off" });
  if (!open || open.slot.eventId !== eventId || held) throw taken();
  const interpreter = interpreterNeeded(from, to);
  const firms = [fromFirmId, toFirmId] as const;

  const attempt = () =>
    db.$transaction(async (tx) => {
      const [blocked, counts, tables, atSlot, live] = await Promise.all([
        tx.firmUnavailability.findFirst({ where: { slotId, firmId: { in: [...firms] } } }),
        Promise.all(
          firms.map((firmId) =>
            tx.meeting.count({
              where: { eventId, status: { in: ["SCHEDULED", "HELD"] }, OR: [{ firmAId: firmId }, { firmBId: firmId }] },
            }),
          ),
        ),
        tx.meetingTable.findMany({ where: { eventId } }),
        tx.meeting.findMany({
          where: { slotId, status: { in: ["SCHEDULED", "HELD"] } },
          select: { tableId: true, firmAId: true, firmBId: true },
        }),
        tx.meetingRequest.findUnique({
          where: { activePairKey: activePairKey(eventId, fromFirmId, toFirmId) },
          include: { meeting: { select: { status: true } } },
        }),
      ]);
      if (
        atSlot.some(
          (m) => (firms as readonly string[]).includes(m.firmAId) || (firms as readonly string[]).includes(m.firmBId),
        ) ||
        blocked
      )
        throw taken();
      if (!counts.every((c) => underCap(c, event.meetingCapPerFirm)))
        throw new AppError("CONFLICT", "at the cap", { form: "errors.booking.cap" });
      if (live?.meeting) throw new AppError("CONFLICT", "already meeting", { form: "errors.booking.alreadyMeeting" });
      const usedTables = new Set(atSlot.flatMap((m) => (m.tableId ? [m.tableId] : [])));
      const table = online ? null : chooseTable(tables, usedTables, interpreter);
      if (!online && !table)
        throw new AppError("CONFLICT", "no table", {
          form: interpreter ? "errors.booking.noInterpreterTable" : "errors.booking.noTable",
        });
      let requestId: string;
      if (live) {
        // A live request between the two (either way) becomes the accepted one this meeting belongs to.
        await tx.meetingRequest.update({
          where: { id: live.id },
          data: { status: "ACCEPTED", decidedById: actor.userId, decidedAt: now, ...(online ? { online: true } : {}) },
        });
        requestId = live.id;
      } else {
        const created = await tx.meetingRequest.create({
          data: {
            eventId,
            fromFirmId,
            toFirmId,
            requestedById: actor.userId,
            status: "ACCEPTED",
            decidedById: actor.userId,
            decidedAt: now,
            activePairKey: activePairKey(eventId, fromFirmId, toFirmId),
            online,
          },
        });
        requestId = created.id;
      }
      // A cancelled meeting of an earlier request between the two firms keeps its row; a new request is new.
      const meetingId = await writeMeeting(tx, {
        eventId,
        requestId,
        firms,
        slotId,
        tableId: table?.id ?? null,
        source: "SELF_BOOKED",
        placedById: actor.userId,
      });
      return { meetingId, tableNumber: table?.number ?? null, online };
    });

  // Bookings of one slot take turns in this process (they contend for its tables and holds anyway); whoever
  // comes after a success hears "taken" from the read below, without opening a transaction.
  const booked = await oneAtATime(`booking ${eventId} ${slotId}`, async () => {
    if (await heldNow()) throw taken();
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // A firm's hold means the slot went to someone else; a table key means another booking (from another
        // app server) took our table in this slot at the same moment, and another table may still be free.
        if ((await heldNow()) || tries === 5) throw taken();
      }
    }
  });
  await tellHost(event, toFirmId, fromFirmId, slotId, booked);
  return booked;
}

/** The host's people learn of each booking of their open slots, in the app and by mail, in their language. */
async function tellHost(
  event: { timeZone: string },
  hostFirmId: string,
  bookerFirmId: string,
  slotId: string,
  booked: { tableNumber: number | null; online: boolean },
) {
  const [booker, slot] = await Promise.all([
    db.firm.findUniqueOrThrow({ where: { id: bookerFirmId }, select: FIRM_NAME_SELECT }),
    db.slot.findUniqueOrThrow({ where: { id: slotId }, select: { startsAt: true } }),
  ]);
  const messages = new Map<string, TranslateIn<"agenda">>();
  for (const locale of ["en", "ja", "vi"] as const) {
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "agenda" });
    messages.set(locale, (key, values) => t(key, values));
  }
  await sendEmails(
    await firmRecipients(hostFirmId),
    "slotBooked",
    (locale) => {
      const t = messages.get(locale) ?? messages.get("en")!;
      return {
        firm: firmLabel(booker, locale),
        when: formatDateTime(slot.startsAt, event.timeZone, locale as AppLocale),
        place: booked.online ? t("onlineRoom") : t("table", { number: booked.tableNumber ?? 0 }),
      };
    },
    { link: "/agenda" },
  );
}

/** The slots the firm has opened for booking (its members see them on the availability page). */
export async function openSlotIdsOf(actor: Actor, firmId: string, eventId: string): Promise<Set<string>> {
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const rows = await db.openSlot.findMany({ where: { firmId, slot: { eventId } }, select: { slotId: true } });
  return new Set(rows.map((r) => r.slotId));
}
