// The emails of the moments that matter land in the outbox (no SMTP configured), in each recipient's language,
// and the schedule email carries the firm's calendar.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firmLabel } from "@/lib/firms/firm-name";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { addSession, setTables } from "@/lib/event-setup/event-setup";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { readOutbox } from "@/lib/notifications/mailer";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor, eventId: string, vn: string, jp: string;
const outbox = mkdtempSync(path.join(tmpdir(), "kakehashi-outbox-"));

beforeAll(async () => {
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  adminJp = await demoActor("admin.jp@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  vn = adminVn.memberships[0]!.firmId;
  jp = adminJp.memberships[0]!.firmId;
  await db.schedulerRun.deleteMany({ where: { eventId } });
  await db.firmSlotHold.deleteMany({ where: { slot: { eventId } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.meetingRequest.deleteMany({ where: { eventId } });
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingTable.deleteMany({ where: { eventId } });
  await addSession(organizer, {
    eventId,
    name: "Morning",
    date: "2026-02-04",
    start: "09:00",
    end: "10:00",
    slotMinutes: 20,
  });
  await setTables(organizer, { eventId, count: 2 });
});
afterAll(async () => {
  await db.firmSlotHold.deleteMany({ where: { slot: { eventId } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.schedulerRun.deleteMany({ where: { eventId } });
  await db.meetingRequest.deleteMany({ where: { eventId } });
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingTable.deleteMany({ where: { eventId } });
  rmSync(outbox, { recursive: true, force: true });
  delete process.env.OUTBOX_DIR;
  await db.$disconnect();
});

describe("emails", () => {
  it("a request, its acceptance and the published schedule reach each side in its own language", async () => {
    const r = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp, priority: "MUST" });
    const jpFirm = await db.firm.findUniqueOrThrow({ where: { id: jp } });
    const vnFirm = await db.firm.findUniqueOrThrow({ where: { id: vn } });
    let mails = await readOutbox();
    const toJp = mails.filter((m) => m.kind === "requestReceived" && m.to === "admin.jp@demo.kakehashi.example");
    expect(toJp).toHaveLength(1);
    expect(toJp[0]!.locale).toBe("ja");
    // The firm in both scripts (issue 19): its own name, then the one a Japanese reader reads.
    expect(toJp[0]!.subject).toBe(`${firmLabel(vnFirm, "ja")}から商談のリクエストが届きました`);
    expect(toJp[0]!.subject).toContain(`${vnFirm.nameLocal} (${vnFirm.nameJa ?? vnFirm.nameEn})`);
    expect(toJp[0]!.text).toContain("ぜひ会いたい");

    await actOnMeetingRequest(adminJp, { requestId: r.id, action: "accept" });
    mails = await readOutbox();
    const toVn = mails.find((m) => m.kind === "requestAccepted" && m.to === "admin.vn@demo.kakehashi.example")!;
    expect([toVn.locale, toVn.subject]).toEqual([
      "vi",
      `${jpFirm.nameLocal} (${jpFirm.nameEn}) đã chấp nhận đề nghị gặp`,
    ]);

    await publishRun(organizer, (await runScheduler(organizer, eventId)).id);
    mails = await readOutbox();
    const schedule = mails.find((m) => m.kind === "schedulePublished" && m.to === "admin.jp@demo.kakehashi.example")!;
    expect(schedule.subject).toContain("商談スケジュール");
    const { slug } = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(schedule.attachments).toEqual([`${slug}-agenda.ics`]);
    const raw = readFileSync(path.join(outbox, `${schedule.id}.eml`), "utf8");
    expect(raw).toContain("Content-Type: text/calendar");
  });
});
