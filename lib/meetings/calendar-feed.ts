// Each person's calendar subscription: a private webcal:// address carrying a secret token (CalendarFeed), that
// serves their firm's meetings and their own tours at the current event, cancelled ones included as cancelled.
// The token is 32 random bytes; resetting it replaces it at once, so the old address answers 404 like any
// guessed one. The download on the agenda page builds the same calendar (calendarText).
import { randomBytes } from "node:crypto";
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { FIRM_NAME_SELECT } from "@/lib/firms/firm-name";
import { localized } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/http/site-origin";
import { tourText } from "@/lib/tours/tour-text";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { personCalendar, type CalendarMeeting, type CalendarTour } from "./agenda-ics";
import { configuredRoomUrl } from "./online-room";

const newToken = () => randomBytes(32).toString("base64url");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The person's feed token, made on first use. */
export async function feedTokenOf(actor: Actor): Promise<string> {
  const existing = await db.calendarFeed.findUnique({ where: { userId: actor.userId } });
  if (existing) return existing.token;
  try {
    return (
      await db.calendarFeed.upsert({
        where: { userId: actor.userId },
        create: { userId: actor.userId, token: newToken() },
        update: {},
      })
    ).token;
  } catch (e) {
    // Two pages of the same person made the token at once: PostgreSQL's upsert is no lock, the second insert
    // hits the key (a 500 seen in the end-to-end run). The first one's token is the person's.
    if (!isUniqueViolation(e)) throw e;
    return (await db.calendarFeed.findUniqueOrThrow({ where: { userId: actor.userId } })).token;
  }
}

/** A new token: the old address stops working at once. */
export async function resetFeedToken(actor: Actor): Promise<string> {
  const token = newToken();
  await db.calendarFeed.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, token },
    update: { token, createdAt: new Date() },
  });
  return token;
}

/** The subscription address (webcal://) and the same over https, for the account page. */
export function feedUrls(origin: string, token: string): { webcal: string; https: string } {
  const https = `${origin}/api/calendar/${token}.ics`;
  return { https, webcal: https.replace(/^https?:\/\//, "webcal://") };
}

/** The account page's subscription addresses for the person (the token is made on first use). */
export async function myCalendarFeed(actor: Actor): Promise<{ webcal: string; https: string }> {
  const [token, origin] = await Promise.all([feedTokenOf(actor), siteOrigin()]);
  return feedUrls(origin, token);
}

/** The meetings of `firmIds` and the tour places of `userId` at the event, as calendar items. */
export async function calendarItems(userId: string, firmIds: readonly string[], eventId: string, withRooms = true) {
  const [meetings, seats] = await Promise.all([
    db.meeting.findMany({
      where: { eventId, OR: [{ firmAId: { in: [...firmIds] } }, { firmBId: { in: [...firmIds] } }] },
      include: {
        slot: true,
        table: true,
        firmA: { select: FIRM_NAME_SELECT },
        firmB: { select: FIRM_NAME_SELECT },
      },
      orderBy: { slot: { startsAt: "asc" } },
    }),
    db.tourSeat.findMany({
      where: { userId, tour: { eventId }, status: { not: "WAITLISTED" } },
      include: { tour: { include: { host: { select: FIRM_NAME_SELECT } } } },
      orderBy: { updatedAt: "asc" },
    }),
  ]);
  const calendarMeetings: CalendarMeeting[] = meetings.map((m) => ({
    id: m.id,
    startsAt: m.slot.startsAt,
    endsAt: m.slot.endsAt,
    status: m.status,
    changedAt: m.updatedAt,
    table: m.table ? { number: m.table.number } : null,
    // A video room's address is for the two firms' people only (an organizer's download has none).
    roomUrl: m.roomName && withRooms ? configuredRoomUrl(m.roomName) : null,
    partner: firmIds.includes(m.firmAId) ? m.firmB : m.firmA,
  }));
  // One event per tour: a place cancelled and taken again is the same event, in its latest state.
  const latestSeat = new Map(seats.map((s) => [s.tourId, s]));
  const tours = (locale: AppLocale): CalendarTour[] =>
    [...latestSeat.values()].map((s) => ({
      tourId: s.tourId,
      startsAt: s.tour.startsAt,
      endsAt: s.tour.endsAt,
      status: s.status,
      changedAt: s.updatedAt > s.tour.updatedAt ? s.updatedAt : s.tour.updatedAt,
      title: tourText(s.tour, "title", locale),
      meetingPoint: plainTextForReader(s.tour, "meetingPoint", locale, "meetingPoint"),
      host: s.tour.host,
    }));
  return { meetings: calendarMeetings, tours };
}

/** The calendar file of a person for their firms at the event, in `locale`. */
export async function calendarText(input: {
  userId: string;
  firmIds: readonly string[];
  eventId: string;
  locale: string;
  origin: string;
  /** Whether video rooms' addresses go in (the person is in the firms); yes unless said. */
  withRooms?: boolean;
}): Promise<{ text: string; slug: string } | null> {
  const event = await db.event.findUnique({ where: { id: input.eventId } });
  if (!event) return null;
  const locale: AppLocale = isLocale(input.locale) ? input.locale : "en";
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "agenda" });
  const items = await calendarItems(input.userId, input.firmIds, event.id, input.withRooms ?? true);
  const text = personCalendar({
    eventName: localized(event, "name", locale),
    venue: `${event.venue}, ${event.city}`,
    timeZone: event.timeZone,
    origin: input.origin,
    locale,
    t: (key, values) => t(key, values),
    meetings: items.meetings,
    tours: items.tours(locale),
  });
  return { text, slug: event.slug };
}

/** The feed behind a token, in its owner's language; null for a token that is not (or no longer) valid. */
export async function calendarForToken(token: string, origin: string, eventId: string) {
  if (!TOKEN_SHAPE.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { token },
    include: { user: { select: { id: true, locale: true, memberships: { select: { firmId: true } } } } },
  });
  if (!feed) return null;
  return calendarText({
    userId: feed.user.id,
    firmIds: feed.user.memberships.map((m) => m.firmId),
    eventId,
    locale: feed.user.locale,
    origin,
  });
}

/** The download from the agenda page: a firm's meetings and the person's tours; members and organizers only. */
export async function firmCalendarFor(
  actor: Actor,
  input: { firmId: string; eventId: string; locale: string; origin: string },
) {
  if (!allows(actor, { kind: "firmMemberOrOrganizer", firmId: input.firmId }))
    throw new AppError("FORBIDDEN", "not a member of that firm");
  // Organizers may ask for any firm: one that does not exist is "not found", not an empty calendar.
  if (!(await db.firm.findUnique({ where: { id: input.firmId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "no such firm");
  const calendar = await calendarText({
    userId: actor.userId,
    firmIds: [input.firmId],
    ...input,
    withRooms: allows(actor, { kind: "firmMember", firmId: input.firmId }),
  });
  if (!calendar) throw new AppError("NOT_FOUND", "no event");
  return calendar;
}
