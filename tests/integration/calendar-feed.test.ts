// The calendar subscription (issue 19), parsed with ical.js as a calendar app would: before and after a move and
// a cancellation the meeting keeps its UID, its SEQUENCE grows, the cancellation shows as STATUS:CANCELLED, a
// live event has a 15-minute VALARM, DTSTAMP is UTC; the person's tour is in it; the download carries the same;
// a guessed or reset token is a 404.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { moveMeeting, writeMeeting } from "@/lib/meetings/placement";
import { calendarForToken, feedTokenOf, feedUrls, firmCalendarFor, resetFeedToken } from "@/lib/meetings/calendar-feed";
import { GET as feedRoute } from "@/app/api/calendar/[token]/route";
import type { LoadedActor } from "@/lib/auth/load-actor";
import {
  removeWorldEvents,
  removeWorldFirms,
  worldEvent,
  worldFirm,
  worldOrganizer,
  type WorldEvent,
  type WorldFirm,
} from "../support/firm-world";

const ORIGIN = "http://localhost:3000";
let vn: WorldFirm, jp: WorldFirm, organizer: LoadedActor, event: WorldEvent;

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  process.env.NEXTAUTH_URL = ORIGIN;
  await removeWorldFirms();
  await removeWorldEvents();
  vn = await worldFirm("ics-vn", { country: "VN", nameLocal: "Rạng Đông", nameEn: "Rang Dong", locale: "vi" });
  jp = await worldFirm("ics-jp", { country: "JP", nameLocal: "株式会社匠ラボ", nameEn: "Takumi Labs", locale: "ja" });
  organizer = await worldOrganizer("ics");
  event = await worldEvent("ics");
});
afterAll(async () => {
  await removeWorldEvents();
  await removeWorldFirms();
  await db.$disconnect();
});

type Parsed = {
  uid: string;
  sequence: number;
  status: string;
  start: string;
  dtstamp: string;
  alarm: string | null;
  summary: string;
};

function parse(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents("vevent").map((v) => ({
    uid: String(v.getFirstPropertyValue("uid")),
    sequence: Number(v.getFirstPropertyValue("sequence")),
    status: String(v.getFirstPropertyValue("status")),
    start: new ICAL.Event(v).startDate.toJSDate().toISOString(),
    dtstamp: v.getFirstProperty("dtstamp")!.toICALString(),
    alarm: v.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger")?.toString() ?? null,
    summary: String(v.getFirstPropertyValue("summary")),
  }));
}

const feed = async (token: string) => parse((await calendarForToken(token, ORIGIN, event.id))!.text);
// SEQUENCE counts the seconds of the last change: changes in this test are a second apart, as people's are.
const aSecondLater = () => new Promise((r) => setTimeout(r, 1_100));

describe("calendar subscription feed", () => {
  it("keeps the UID, raises SEQUENCE on a move and a cancellation, marks the cancellation, with alarms and UTC stamps", async () => {
    const request = await createMeetingRequest(jp.admin, { eventId: event.id, fromFirmId: jp.id, toFirmId: vn.id });
    await actOnMeetingRequest(vn.admin, { requestId: request.id, action: "accept" });
    const meetingId = await db.$transaction((tx) =>
      writeMeeting(tx, {
        eventId: event.id,
        requestId: request.id,
        firms: [jp.id, vn.id],
        slotId: event.slots[0]!.id,
        tableId: event.tables[0]!,
        source: "ORGANIZER",
        placedById: organizer.userId,
      }),
    );
    const tour = await db.tour.create({
      data: {
        eventId: event.id,
        hostFirmId: jp.id,
        titleEn: "Factory visit",
        titleVi: "Tham quan nhà máy",
        startsAt: new Date(event.slots[3]!.startsAt.getTime() + 3 * 3_600_000),
        endsAt: new Date(event.slots[3]!.startsAt.getTime() + 4 * 3_600_000),
        meetingPoint: "Lobby",
        seats: 10,
        languages: "ja,vi",
        createdById: jp.admin.userId,
      },
    });
    await db.tourSeat.create({
      data: {
        tourId: tour.id,
        userId: vn.attendee.userId,
        firmId: vn.id,
        status: "CONFIRMED",
        seatNo: 1,
        activeKey: `${tour.id}:${vn.attendee.userId}`,
      },
    });

    const token = await feedTokenOf(vn.attendee);
    expect(await feedTokenOf(vn.attendee)).toBe(token);
    expect(feedUrls(ORIGIN, token).webcal).toBe(`webcal://localhost:3000/api/calendar/${token}.ics`);
    const before = await feed(token);
    expect(before.map((e) => [e.uid, e.status, e.alarm])).toEqual([
      [`${meetingId}@localhost`, "CONFIRMED", "-PT15M"],
      [`tour-${tour.id}@localhost`, "CONFIRMED", "-PT15M"],
    ]);
    // The attendee reads Vietnamese: the partner in both scripts, the tour's Vietnamese title.
    expect(before.map((e) => e.summary)).toEqual([
      "Gặp 1:1: 株式会社匠ラボ (Takumi Labs)",
      "Tham quan doanh nghiệp: Tham quan nhà máy",
    ]);
    for (const e of before) expect(e.dtstamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(before[0]!.start).toBe(event.slots[0]!.startsAt.toISOString());

    await aSecondLater();
    await moveMeeting(organizer, { meetingId, slotId: event.slots[2]!.id, tableId: event.tables[1]! });
    const moved = (await feed(token))[0]!;
    expect(moved.uid).toBe(before[0]!.uid);
    expect(moved.sequence).toBeGreaterThan(before[0]!.sequence);
    expect([moved.start, moved.status, moved.alarm]).toEqual([
      event.slots[2]!.startsAt.toISOString(),
      "CONFIRMED",
      "-PT15M",
    ]);

    await aSecondLater();
    // Cancelling a meeting is the firm administrators' (issue 21: attendees mark held or no-show).
    await actOnMeetingRequest(jp.admin, { requestId: request.id, action: "cancel" });
    const after = await feed(token);
    const cancelled = after[0]!;
    expect(cancelled.uid).toBe(before[0]!.uid);
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    expect([cancelled.status, cancelled.alarm]).toEqual(["CANCELLED", null]);
    expect(cancelled.dtstamp).toMatch(/Z$/);
    // The tour did not change.
    expect(after[1]).toEqual(before[1]);

    // The download from the agenda page carries the same events.
    const download = parse(
      (await firmCalendarFor(vn.attendee, { firmId: vn.id, eventId: event.id, locale: "vi", origin: ORIGIN })).text,
    );
    expect(download).toEqual(after);
    // The other firm's calendar has the same meeting under the same UID.
    const jpFeed = await feed(await feedTokenOf(jp.admin));
    expect(jpFeed.map((e) => [e.uid, e.sequence, e.status])).toEqual([
      [cancelled.uid, cancelled.sequence, "CANCELLED"],
    ]);
  }, 60_000);

  it("pages that make a person's token at the same moment all get the one token", async () => {
    const tokens = await Promise.all(Array.from({ length: 4 }, () => feedTokenOf(jp.attendee)));
    expect(new Set(tokens).size).toBe(1);
    expect(await feedTokenOf(jp.attendee)).toBe(tokens[0]);
  });

  it("answers 404 for a guessed or reset token and serves the new one", async () => {
    const old = await feedTokenOf(vn.admin);
    const fresh = await resetFeedToken(vn.admin);
    expect(fresh).not.toBe(old);
    const get = (token: string) =>
      feedRoute(new Request(`${ORIGIN}/api/calendar/${token}`), { params: Promise.resolve({ token }) });
    expect((await get(`${old}.ics`)).status).toBe(404);
    expect((await get(`${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
    const ok = await get(`${fresh}.ics`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/calendar");
    expect(await ok.text()).toContain("BEGIN:VCALENDAR");
  });
});
