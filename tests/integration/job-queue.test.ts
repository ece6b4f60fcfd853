// The reminder queue (issue 19), with a fake clock: two workers running side by side send each reminder once;
// a reminder due while every worker was stopped is sent late if its meeting has not started, dropped with a
// record if it has; a worker that died holding a job loses it when its lease runs out, and the job runs once;
// the hourly digest goes out once an hour, in each recipient's language, and not when turned off.
// On PostgreSQL the two workers really run at once (separate connections); the test runs on both databases.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { writeMeeting } from "@/lib/meetings/placement";
import { workerPass } from "@/lib/jobs/worker-loop";
import { enqueue } from "@/lib/jobs/queue";
import { JOB_HANDLERS } from "@/lib/reminders/handlers";
import { plannerJob } from "@/lib/reminders/plan";
import { sendMessage } from "@/lib/conversations/conversations";
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

const OUTBOX = path.join(process.cwd(), "var", "test-outbox-jobs");
// A morning far from the demo events, so the planner finds only this test's meetings.
const T0 = new Date("2027-03-10T02:00:00Z");
const MIN = 60_000;

let vn: WorldFirm, jp: WorldFirm, jp2: WorldFirm, jp3: WorldFirm, event: WorldEvent, organizerId: string;

beforeAll(async () => {
  process.env.OUTBOX_DIR = OUTBOX;
  await rm(OUTBOX, { recursive: true, force: true });
  await removeWorldFirms();
  await removeWorldEvents();
  await db.job.deleteMany({});
  vn = await worldFirm("jobs-vn", { country: "VN", nameLocal: "Rạng Đông", nameEn: "Rang Dong", locale: "vi" });
  jp = await worldFirm("jobs-jp", {
    country: "JP",
    nameLocal: "株式会社匠ラボ",
    nameEn: "Takumi Labs",
    locale: "ja",
  });
  jp2 = await worldFirm("jobs-jp2", { country: "JP", nameLocal: "彩システムズ", nameEn: "Aya Systems", locale: "ja" });
  jp3 = await worldFirm("jobs-jp3", { country: "JP", nameLocal: "東雲テック", nameEn: "Shinonome Tech", locale: "en" });
  organizerId = (await worldOrganizer("jobs")).userId;
  event = await worldEvent("jobs", T0);
});
afterAll(async () => {
  await db.job.deleteMany({});
  await removeWorldEvents();
  await removeWorldFirms();
  await db.$disconnect();
});

/** A meeting between the Vietnamese firm and `other` at slot `i` of the test event. */
async function meetingAt(i: number, other: WorldFirm = jp) {
  const request = await createMeetingRequest(vn.admin, { eventId: event.id, fromFirmId: vn.id, toFirmId: other.id });
  await actOnMeetingRequest(other.admin, { requestId: request.id, action: "accept" });
  const id = await db.$transaction((tx) =>
    writeMeeting(tx, {
      eventId: event.id,
      requestId: request.id,
      firms: [vn.id, other.id],
      slotId: event.slots[i]!.id,
      tableId: event.tables[0]!,
      source: "ORGANIZER",
      placedById: organizerId,
    }),
  );
  return { id, requestId: request.id, startsAt: event.slots[i]!.startsAt };
}

const people = () => [vn.admin, vn.attendee, jp.admin, jp.attendee];

/** Runs `workers` side by side, a pass each every `stepMs` of fake time from `from` to `to`. */
async function run(from: Date, to: Date, workers: string[], stepMs = MIN) {
  for (let t = from.getTime(); t <= to.getTime(); t += stepMs) {
    const now = () => new Date(t);
    await Promise.all(
      workers.map((workerId) =>
        workerPass({ workerId, handlers: JOB_HANDLERS, now, recurring: plannerJob, leaseMs: 60_000 }),
      ),
    );
  }
}

const notices = (kind: string) =>
  db.notification.findMany({ where: { kind, user: { email: { endsWith: WORLD_EMAIL } } } });

async function outbox(): Promise<OutboxEntry[]> {
  const files = await readdir(OUTBOX).catch(() => [] as string[]);
  return Promise.all(
    files.filter((f) => f.endsWith(".json")).map(async (f) => JSON.parse(await readFile(path.join(OUTBOX, f), "utf8"))),
  );
}

describe("reminder queue", () => {
  it("sends the 15-minute reminder once to each person with two workers, in their language, by email only if chosen", async () => {
    await saveNotificationChoices(jp.attendee, {
      remindDeadline: true,
      remindEventDay: true,
      remindMeeting: true,
      remindMeetingEmail: true,
      messageDigest: true,
    });
    const m = await meetingAt(1); // 02:20Z = 09:20 in Hanoi
    await run(new Date(m.startsAt.getTime() - 30 * MIN), new Date(m.startsAt.getTime() + 5 * MIN), [
      "worker-1",
      "worker-2",
    ]);
    const sent = await notices("meetingSoon");
    expect(sent.map((n) => n.userId).sort()).toEqual(
      people()
        .map((p) => p.userId)
        .sort(),
    );
    const toJp = sent.find((n) => n.userId === jp.admin.userId)!;
    expect(JSON.parse(toJp.params)).toEqual({
      firm: "Rạng Đông (Rang Dong)",
      time: expect.stringContaining("09:20"),
      table: 1,
    });
    const jobs = await db.job.findMany({ where: { key: { contains: m.id } } });
    expect(jobs.map((j) => j.status)).toEqual(Array(4).fill("DONE"));
    // Sent at its time, by the pass at 15 minutes before (the fake clock's 02:05Z), not later.
    expect(jobs.map((j) => j.finishedAt?.toISOString())).toEqual(Array(4).fill("2027-03-10T02:05:00.000Z"));
    expect(jobs.every((j) => j.attempts === 1)).toBe(true);
    // Email only to the one person who asked for it, in Japanese.
    const mails = (await outbox()).filter((e) => e.kind === "meetingSoon");
    expect(mails.map((e) => [e.to, e.locale])).toEqual([[`attendee-jobs-jp@firm-world.kakehashi.test`, "ja"]]);
    expect(mails[0]!.subject).toContain("15分後");
    // One planner job per minute, whatever the number of workers.
    const plans = await db.job.findMany({ where: { kind: "plan" } });
    expect(plans).toHaveLength(36);
    expect(plans.every((p) => p.status === "DONE")).toBe(true);
  }, 120_000);

  it("a reminder due while every worker was stopped is sent late before the meeting, dropped with a record after it", async () => {
    await db.notification.deleteMany({ where: { kind: "meetingSoon" } });
    const late = await meetingAt(2, jp2); // 02:40Z; reminder due 02:25Z
    const missed = await meetingAt(3, jp3); // 03:00Z; reminder due 02:45Z
    // Workers ran until 02:10Z, then stopped; they come back at 02:35Z and run on.
    const back = new Date(T0.getTime() + 35 * MIN);
    await run(new Date(T0.getTime() + 5 * MIN), new Date(T0.getTime() + 10 * MIN), ["worker-1", "worker-2"]);
    await run(back, back, ["worker-1", "worker-2"]);
    const lateNotices = (await notices("meetingSoon")).filter((n) => JSON.parse(n.params).time.includes("09:40"));
    expect(lateNotices).toHaveLength(4);
    expect((await db.job.findMany({ where: { key: { contains: late.id } } })).map((j) => j.status)).toEqual(
      Array(4).fill("DONE"),
    );

    // A longer stop: back after the 03:00Z meeting has started. The reminders are dropped, and recorded.
    await run(new Date(T0.getTime() + 62 * MIN), new Date(T0.getTime() + 62 * MIN), ["worker-1"]);
    const dropped = await db.job.findMany({ where: { key: { contains: missed.id } } });
    expect(dropped).toHaveLength(4);
    expect(dropped.every((j) => j.status === "DROPPED" && j.lastError?.startsWith("too late"))).toBe(true);
    expect((await notices("meetingSoon")).filter((n) => JSON.parse(n.params).time.includes("10:00"))).toHaveLength(0);
  }, 120_000);

  it("a job held by a worker that died is taken over when its lease runs out, and runs once", async () => {
    const at = new Date(T0.getTime() + 90 * MIN);
    await enqueue([
      {
        key: `reminder:test-lease:${vn.admin.userId}`,
        kind: "reminder",
        payload: { reminder: "eventDay", eventId: event.id, startsAt: T0.toISOString(), userId: vn.admin.userId },
        runAt: at,
      },
    ]);
    // A worker claims it and dies before finishing.
    await db.job.updateMany({
      where: { key: `reminder:test-lease:${vn.admin.userId}` },
      data: { status: "RUNNING", lockedBy: "dead-worker", lockedUntil: new Date(at.getTime() + 60_000), attempts: 1 },
    });
    await db.event.update({ where: { id: event.id }, data: { startsAt: T0 } });
    await run(new Date(at.getTime() + 30_000), new Date(at.getTime() + 30_000), ["worker-1", "worker-2"]);
    expect((await db.job.findFirstOrThrow({ where: { key: `reminder:test-lease:${vn.admin.userId}` } })).status).toBe(
      "RUNNING",
    );
    await run(new Date(at.getTime() + 61_000), new Date(at.getTime() + 61_000), ["worker-1", "worker-2"]);
    const job = await db.job.findFirstOrThrow({ where: { key: `reminder:test-lease:${vn.admin.userId}` } });
    expect([job.status, job.attempts, job.lockedBy]).toEqual(["DONE", 2, expect.stringMatching(/^worker-/)]);
    expect(await db.notification.count({ where: { kind: "eventTomorrow", userId: vn.admin.userId } })).toBe(1);
  }, 60_000);

  it("many due reminders and two workers at once: every one sent exactly once", async () => {
    await db.notification.deleteMany({ where: { kind: "eventTomorrow" } });
    const at = new Date(T0.getTime() + 120 * MIN);
    const jobs = Array.from({ length: 40 }, (_, i) => ({
      key: `reminder:test-many:${i}`,
      kind: "reminder",
      payload: {
        reminder: "eventDay",
        eventId: event.id,
        startsAt: T0.toISOString(),
        userId: people()[i % 4]!.userId,
      },
      runAt: at,
    }));
    await enqueue(jobs);
    await enqueue(jobs); // enqueueing again stores nothing more
    expect(await db.job.count({ where: { key: { startsWith: "reminder:test-many:" } } })).toBe(40);
    await run(at, new Date(at.getTime() + 2 * MIN), ["worker-1", "worker-2", "worker-3"]);
    const done = await db.job.findMany({ where: { key: { startsWith: "reminder:test-many:" } } });
    expect(done.every((j) => j.status === "DONE" && j.attempts === 1)).toBe(true);
    expect(await db.notification.count({ where: { kind: "eventTomorrow" } })).toBe(40);
  }, 60_000);
});

describe("message digest", () => {
  it("mails unread messages once an hour in each recipient's language, and not when turned off", async () => {
    await rm(OUTBOX, { recursive: true, force: true });
    // The thread between the two (vn has threads with jp2 and jp3 too, and PostgreSQL returns rows in no set order).
    const thread = await db.conversation.findFirstOrThrow({
      where: {
        OR: [
          { firmAId: vn.id, firmBId: jp.id },
          { firmAId: jp.id, firmBId: vn.id },
        ],
      },
    });
    const start = new Date(T0.getTime() + 4 * 60 * MIN);
    await saveNotificationChoices(vn.attendee, {
      remindDeadline: true,
      remindEventDay: true,
      remindMeeting: true,
      remindMeetingEmail: false,
      messageDigest: false,
    });
    await sendMessage(jp.admin, { conversationId: thread.id, body: "明日の面談、よろしくお願いします。" }, start);
    await sendMessage(vn.admin, { conversationId: thread.id, body: "Rất mong được gặp anh chị!" }, start);
    await run(start, new Date(start.getTime() + 15 * MIN), ["worker-1", "worker-2"]);
    const first = (await outbox()).filter((e) => e.kind === "messageDigest");
    // The Japanese side's two people who have not read the reply; on the Vietnamese side the attendee turned
    // digests off and the administrator wrote the reply (and so read the thread).
    expect(first.map((e) => [e.to, e.locale]).sort()).toEqual([
      ["admin-jobs-jp@firm-world.kakehashi.test", "ja"],
      ["attendee-jobs-jp@firm-world.kakehashi.test", "ja"],
    ]);
    expect(first[0]!.subject).toBe("Kakehashiに未読メッセージが1件あります");
    expect(first[0]!.text).toContain("Rạng Đông (Rang Dong)：新着1件");
    expect(first[0]!.text).toContain("Rất mong được gặp anh chị!");

    // Another message twenty minutes later: no second mail within the hour, one after it.
    await sendMessage(
      vn.admin,
      { conversationId: thread.id, body: "Tôi sẽ mang theo tài liệu." },
      new Date(start.getTime() + 20 * MIN),
    );
    await run(new Date(start.getTime() + 31 * MIN), new Date(start.getTime() + 40 * MIN), ["worker-1", "worker-2"]);
    expect((await outbox()).filter((e) => e.kind === "messageDigest")).toHaveLength(2);
    await run(new Date(start.getTime() + 70 * MIN), new Date(start.getTime() + 72 * MIN), ["worker-1", "worker-2"]);
    const all = (await outbox()).filter((e) => e.kind === "messageDigest");
    expect(all).toHaveLength(4);
    expect(all.filter((e) => e.text.includes("Tôi sẽ mang theo tài liệu."))).toHaveLength(2);
  }, 120_000);
});
