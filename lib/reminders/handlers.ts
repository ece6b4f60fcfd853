// What each job kind does. A reminder checks, in the job's transaction, that it still applies (the person still
// wants it, the meeting is still at that time, requests still await an answer), writes the in-app notice there
// and mails after the commit; a reminder that no longer applies is dropped with the reason. Everything is in the
// recipient's language, times in the event's zone and labelled.
import { createTranslator } from "use-intl/core";
import type { JobHandler, JobOutcome } from "@/lib/jobs/queue";
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import { localized } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, type AppLocale } from "@/lib/i18n/routing";
import { mailOne, type EmailKind } from "@/lib/notifications/emails";
import { notify } from "@/lib/notifications/notifications";
import { formatDate, formatDateTime, formatTimeWithZone } from "@/lib/time/zoned-format";
import { digestHandler } from "@/lib/conversations/digest";
import { DEFAULT_CHOICES } from "./settings";
import { plan } from "./plan";
import { eveAgendaLines, type EveItem } from "./eve-agenda";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { configuredRoomUrl } from "@/lib/meetings/online-room";

const dropped = (reason: string): JobOutcome => ({ result: "dropped", reason });

export const reminderHandler: JobHandler = async (job, { tx }) => {
  const p = job.payload as Record<string, string>;
  const user = await tx.user.findUnique({
    where: { id: String(p.userId) },
    select: { id: true, email: true, locale: true, memberships: { select: { firmId: true } } },
  });
  if (!user) return dropped("person gone");
  const locale: AppLocale = isLocale(user.locale) ? user.locale : "en";
  const choices = (await tx.notificationSettings.findUnique({ where: { userId: user.id } })) ?? DEFAULT_CHOICES;
  const firms = new Set(user.memberships.map((m) => m.firmId));
  const tell = async (kind: EmailKind, values: Record<string, string | number>, link: string, email: boolean) => {
    await notify(tx, user.id, kind, values, link);
    return { result: "done" as const, after: email ? () => mailOne(user, kind, values, { link }) : undefined };
  };

  if (p.reminder === "meeting") {
    if (!choices.remindMeeting) return dropped("switched off");
    const meeting = await tx.meeting.findUnique({
      where: { id: String(p.meetingId) },
      include: {
        slot: true,
        table: true,
        event: { select: { timeZone: true } },
        firmA: { select: FIRM_NAME_SELECT },
        firmB: { select: FIRM_NAME_SELECT },
      },
    });
    if (!meeting || meeting.status !== "SCHEDULED") return dropped("meeting no longer scheduled");
    if (meeting.slot.startsAt.toISOString() !== p.startsAt)
      return dropped("meeting moved: its new time has its own reminder");
    const partner = firms.has(meeting.firmAId) ? meeting.firmB : firms.has(meeting.firmBId) ? meeting.firmA : null;
    if (!partner) return dropped("no longer in either firm");
    const firm = firmLabel(partner, locale);
    const time = formatTimeWithZone(meeting.slot.startsAt, meeting.event.timeZone, locale);
    // An online meeting has its video room instead of a table: the reminder carries the link to join.
    if (!meeting.table)
      return tell(
        "meetingSoonOnline",
        { firm, time, link: meeting.roomName ? configuredRoomUrl(meeting.roomName) : "" },
        "/agenda",
        choices.remindMeetingEmail,
      );
    return tell("meetingSoon", { firm, time, table: meeting.table.number }, "/agenda", choices.remindMeetingEmail);
  }

  const event = await tx.event.findUnique({ where: { id: String(p.eventId) } });
  if (!event) return dropped("event gone");

  if (p.reminder === "deadline") {
    if (!choices.remindDeadline) return dropped("switched off");
    if (!event.requestDeadline || event.requestDeadline.toISOString() !== p.deadline)
      return dropped("deadline changed");
    const awaiting = await tx.meetingRequest.count({
      where: { eventId: event.id, status: "PENDING", toFirmId: { in: [...firms] } },
    });
    if (awaiting === 0) return dropped("no request awaits an answer");
    return tell(
      "deadlineSoon",
      { count: awaiting, deadline: formatDateTime(event.requestDeadline, event.timeZone, locale) },
      "/firm/meetings",
      true,
    );
  }

  if (p.reminder === "eventDay") {
    if (!choices.remindEventDay) return dropped("switched off");
    if (event.startsAt.toISOString() !== p.startsAt) return dropped("event moved");
    const [meetings, seats] = await Promise.all([
      tx.meeting.findMany({
        where: {
          eventId: event.id,
          status: "SCHEDULED",
          OR: [{ firmAId: { in: [...firms] } }, { firmBId: { in: [...firms] } }],
        },
        include: {
          slot: { select: { startsAt: true, endsAt: true } },
          table: { select: { number: true } },
          firmA: { select: FIRM_NAME_SELECT },
          firmB: { select: FIRM_NAME_SELECT },
        },
      }),
      tx.tourSeat.findMany({
        where: { userId: user.id, tour: { eventId: event.id }, status: { in: ["CONFIRMED", "AWAITING_HOST"] } },
        include: { tour: true },
      }),
    ]);
    // The list in the mail: each meeting with the other firm, each of the person's tours, times labelled.
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "email.eventTomorrow" });
    const items: EveItem[] = [
      ...meetings.map((m) => ({
        kind: "meeting" as const,
        startsAt: m.slot.startsAt,
        endsAt: m.slot.endsAt,
        table: m.table?.number ?? null,
        link: m.roomName ? configuredRoomUrl(m.roomName) : null,
        firm: firmLabel(firms.has(m.firmAId) ? m.firmB : m.firmA, locale),
      })),
      ...seats.map((s) => ({
        kind: "tour" as const,
        startsAt: s.tour.startsAt,
        endsAt: s.tour.endsAt,
        tour: localized(s.tour, "title", locale),
        meetingPoint: plainTextForReader(s.tour, "meetingPoint", locale, "meetingPoint"),
      })),
    ];
    const lines = eveAgendaLines(items, event.startsAt, event.timeZone, locale, {
      meeting: (values) => t("meeting", values),
      meetingOnline: (values) => t("meetingOnline", values),
      tour: (values) => t("tour", values),
    });
    const values = {
      event: localized(event, "name", locale),
      date: formatDate(event.startsAt, event.timeZone, locale),
      meetings: meetings.length,
      tours: seats.length,
    };
    await notify(tx, user.id, "eventTomorrow", values, "/agenda");
    return {
      result: "done",
      after: () => mailOne(user, "eventTomorrow", values, { link: "/agenda", extra: lines.join("\n") || undefined }),
    };
  }
  return dropped(`unknown reminder ${p.reminder}`);
};

/** The planner's job: planning itself runs after the job's commit (it writes through its own queries). */
const planHandler: JobHandler = async (job, { now }) => ({ result: "done", after: async () => void (await plan(now)) });

export const JOB_HANDLERS: Record<string, JobHandler> = {
  plan: planHandler,
  reminder: reminderHandler,
  digest: digestHandler,
};
