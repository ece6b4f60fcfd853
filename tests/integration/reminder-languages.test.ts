// Issue 19's reminders as their recipients read them: the deadline reminder, the evening-before reminder (with the
// person's meetings and tours) and the 15-minute reminder, each in the recipient's own language (English,
// Japanese, Vietnamese), in the app and by email, with every time in the event's zone and labelled, and the other
// firm named in both scripts. Driven by the job queue's workers on a fake clock, as the servers run them.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { writeMeeting } from "@/lib/meetings/placement";
import { workerPass } from "@/lib/jobs/worker-loop";
import { JOB_HANDLERS } from "@/lib/reminders/handlers";
import { plannerJob } from "@/lib/reminders/plan";
import { saveNotificationChoices } from "@/lib/reminders/settings";
import type { OutboxEntry } from "@/lib/notifications/mailer";
import {
  removeWorldEvents,
  removeWorldFirms,
  worldEvent,
  worldFirm,
  worldOrganizer,
  type WorldEvent,
  type WorldFirm,
  WORLD_EMAIL,
} from "../support/firm-world";

const OUTBOX = path.join(process.cwd(), "var", "test-outbox-reminders");
const MIN = 60_000;
// 09:00 in Hanoi, far from the demo's events so the planner finds only this test's.
const T1 = new Date("2028-03-15T02:00:00Z");
// Requests close at 17:00 in Hanoi a week before.
const DEADLINE = new Date("2028-03-08T10:00:00Z");

let vn: WorldFirm, jp: WorldFirm, jp2: WorldFirm, en: WorldFirm, event: WorldEvent;

beforeAll(async () => {
  process.env.OUTBOX_DIR = OUTBOX;
  await rm(OUTBOX, { recursive: true, force: true });
  await removeWorldFirms();
  await removeWorldEvents();
  await db.job.deleteMany({});
  vn = await worldFirm("langs-vn", { country: "VN", nameLocal: "Rạng Đông", nameEn: "Rang Dong", locale: "vi" });
  jp = await worldFirm("langs-jp", { country: "JP", nameLocal: "株式会社匠ラボ", nameEn: "Takumi Labs", locale: "ja" });
  jp2 = await worldFirm("langs-jp2", { country: "JP", nameLocal: "彩システムズ", nameEn: "Aya Systems", locale: "ja" });
  en = await worldFirm("langs-en", { country: "JP", nameLocal: "東雲テック", nameEn: "Shinonome Tech", locale: "en" });
  const organizerId = (await worldOrganizer("langs")).userId;
  event = await worldEvent("langs", T1);
  await db.event.update({ where: { id: event.id }, data: { requestDeadline: DEADLINE } });
  await db.participation.createMany({ data: [vn, jp, jp2, en].map((f) => ({ eventId: event.id, firmId: f.id })) });

  // Takumi Labs and Rạng Đông meet at 09:20, table 1. Three firms have a request awaiting their answer:
  // Shinonome Tech (from Takumi Labs), Rạng Đông (from Shinonome Tech), Takumi Labs (from Aya Systems).
  const accepted = await createMeetingRequest(vn.admin, { eventId: event.id, fromFirmId: vn.id, toFirmId: jp.id });
  await actOnMeetingRequest(jp.admin, { requestId: accepted.id, action: "accept" });
  await db.$transaction((tx) =>
    writeMeeting(tx, {
      eventId: event.id,
      requestId: accepted.id,
      firms: [vn.id, jp.id],
      slotId: event.slots[1]!.id,
      tableId: event.tables[0]!,
      source: "ORGANIZER",
      placedById: organizerId,
    }),
  );
  await createMeetingRequest(jp.admin, { eventId: event.id, fromFirmId: jp.id, toFirmId: en.id });
  await createMeetingRequest(en.admin, { eventId: event.id, fromFirmId: en.id, toFirmId: vn.id });
  await createMeetingRequest(jp2.admin, { eventId: event.id, fromFirmId: jp2.id, toFirmId: jp.id });

  // Takumi Labs' attendee has a place on a company tour in the afternoon, 14:00-16:00 in Hanoi.
  const tour = await db.tour.create({
    data: {
      eventId: event.id,
      hostFirmId: vn.id,
      titleEn: "Factory visit",
      titleJa: "工場見学",
      titleVi: "Tham quan nhà máy",
      startsAt: new Date(T1.getTime() + 300 * MIN),
      endsAt: new Date(T1.getTime() + 420 * MIN),
      meetingPoint: "Gate B",
      seats: 10,
      languages: "ja,vi",
      createdById: organizerId,
    },
  });
  await db.tourSeat.create({
    data: { tourId: tour.id, userId: jp.attendee.userId, firmId: jp.id, status: "CONFIRMED", seatNo: 1 },
  });
  // The Vietnamese attendee wants the 15-minute reminder by email too.
  await saveNotificationChoices(vn.attendee, {
    remindDeadline: true,
    remindEventDay: true,
    remindMeeting: true,
    remindMeetingEmail: true,
    messageDigest: true,
  });
});
afterAll(async () => {
  await db.job.deleteMany({});
  await removeWorldEvents();
  await removeWorldFirms();
  await db.$disconnect();
});

/** Two workers side by side, a pass each every minute of fake time from `from` to `to`. */
async function run(from: Date, to: Date) {
  for (let t = from.getTime(); t <= to.getTime(); t += MIN) {
    const now = () => new Date(t);
    await Promise.all(
      ["worker-1", "worker-2"].map((workerId) =>
        workerPass({ workerId, handlers: JOB_HANDLERS, now, recurring: plannerJob, leaseMs: 60_000 }),
      ),
    );
  }
}

async function mails(kind: string): Promise<OutboxEntry[]> {
  const files = await readdir(OUTBOX).catch(() => [] as string[]);
  const all: OutboxEntry[] = await Promise.all(
    files.filter((f) => f.endsWith(".json")).map(async (f) => JSON.parse(await readFile(path.join(OUTBOX, f), "utf8"))),
  );
  return all.filter((e) => e.kind === kind && e.to.endsWith(WORLD_EMAIL));
}
const mailTo = async (kind: string, person: WorldFirm["admin"]) =>
  (await mails(kind)).filter((e) => e.to === person.email);

async function noticeOf(kind: string, person: WorldFirm["admin"]) {
  const rows = await db.notification.findMany({ where: { kind, userId: person.userId } });
  return rows.map((n) => JSON.parse(n.params) as Record<string, string | number>);
}

describe("reminders in the recipient's language, times in the event's zone", () => {
  it("two days before the deadline: the people of firms with requests awaiting their answer", async () => {
    const due = new Date(DEADLINE.getTime() - 48 * 60 * MIN);
    await run(new Date(due.getTime() - 2 * MIN), new Date(due.getTime() + MIN));
    const sent = await mails("deadlineSoon");
    expect(sent.map((e) => e.locale).sort()).toEqual(["en", "en", "ja", "ja", "vi", "vi"]);
    // Aya Systems awaits nothing: no reminder for its people.
    expect(await mailTo("deadlineSoon", jp2.admin)).toEqual([]);

    const [toEn] = await mailTo("deadlineSoon", en.admin);
    expect(toEn!.subject).toBe("A meeting request awaits your answer");
    expect(toEn!.text).toContain("Requests close on 8 Mar 2028 17:00 ICT (UTC+7)");
    const [toJa] = await mailTo("deadlineSoon", jp.attendee);
    expect(toJa!.subject).toBe("1件の面談リクエストが回答を待っています");
    expect(toJa!.text).toMatch(/受付は2028年3月8日 17:00 ICT \(UTC\+7\)に締め切られ/);
    const [toVi] = await mailTo("deadlineSoon", vn.admin);
    expect(toVi!.subject).toBe("1 yêu cầu gặp đang chờ bạn trả lời");
    expect(toVi!.text).toMatch(/Hạn chót là 8 thg 3, 2028 17:00 ICT \(UTC\+7\)/);
    // The same in the app, once each, with the deadline in each person's language.
    expect(await noticeOf("deadlineSoon", vn.attendee)).toEqual([
      { count: 1, deadline: expect.stringMatching(/17:00 ICT \(UTC\+7\)$/) },
    ]);
    // Each reminder once, with two workers.
    expect(await db.job.count({ where: { key: { startsWith: "reminder:deadline:" }, status: "DONE" } })).toBe(6);
  }, 120_000);

  it("the evening before: the person's meetings and tours, each time labelled, the other firm in both scripts", async () => {
    const eve = new Date("2028-03-14T10:00:00Z"); // 17:00 in Hanoi the day before
    await run(new Date(eve.getTime() - MIN), new Date(eve.getTime() + MIN));
    expect((await mails("eventTomorrow")).map((e) => e.locale).sort()).toEqual([
      "en",
      "en",
      "ja",
      "ja",
      "ja",
      "ja",
      "vi",
      "vi",
    ]);

    const [jaMail] = await mailTo("eventTomorrow", jp.attendee);
    expect(jaMail!.subject).toBe("明日はワールド langsです");
    expect(jaMail!.text).toContain("貴社の面談は1件、あなたの企業訪問は1件です");
    expect(jaMail!.text).toContain("09:20–09:40 ICT (UTC+7)・1番テーブル・Rạng Đông (Rang Dong)との面談");
    expect(jaMail!.text).toContain("14:00–16:00 ICT (UTC+7)・企業訪問：工場見学（集合場所：Gate B）");
    // Meetings before tours: in time order.
    expect(jaMail!.text.indexOf("09:20")).toBeLessThan(jaMail!.text.indexOf("14:00"));

    const [viMail] = await mailTo("eventTomorrow", vn.admin);
    expect(viMail!.subject).toBe("Ngày mai: Thế giới langs");
    expect(viMail!.text).toContain("09:20–09:40 ICT (UTC+7) · bàn 1 · gặp 株式会社匠ラボ (Takumi Labs)");
    expect(viMail!.text).not.toContain("Tham quan");

    const [enMail] = await mailTo("eventTomorrow", en.attendee);
    expect(enMail!.subject).toBe("Tomorrow: World langs");
    expect(enMail!.text).toContain("Your firm has 0 meetings and you have 0 company tours");
    expect(await noticeOf("eventTomorrow", jp.attendee)).toEqual([
      { event: "ワールド langs", date: "2028年3月15日水曜日", meetings: 1, tours: 1 },
    ]);
  }, 120_000);

  it("15 minutes before a meeting: in the app for both firms' people, by email for who chose it", async () => {
    await run(new Date(T1.getTime() + 4 * MIN), new Date(T1.getTime() + 6 * MIN));
    expect(await noticeOf("meetingSoon", jp.admin)).toEqual([
      { firm: "Rạng Đông (Rang Dong)", time: "09:20 ICT (UTC+7)", table: 1 },
    ]);
    expect(await noticeOf("meetingSoon", vn.attendee)).toEqual([
      { firm: "株式会社匠ラボ (Takumi Labs)", time: "09:20 ICT (UTC+7)", table: 1 },
    ]);
    const sent = await mails("meetingSoon");
    expect(sent.map((e) => [e.to, e.locale])).toEqual([[vn.attendee.email, "vi"]]);
    expect(sent[0]!.subject).toBe("15 phút nữa: cuộc gặp với 株式会社匠ラボ (Takumi Labs) tại bàn 1");
    expect(sent[0]!.text).toContain("bắt đầu lúc 09:20 ICT (UTC+7), tại bàn 1");
  }, 120_000);
});
