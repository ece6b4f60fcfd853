// The day itself: held, no-show (table and firm freed), a standby firm seated at the same table, outcomes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearMatchingDay } from "@/prisma/seed/matching-day";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { addSession, setTables } from "@/lib/event-setup/event-setup";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { publishRun, runScheduler } from "@/lib/meetings/scheduler-run";
import { markMeeting, outcomesOf, recordOutcome, seatStandby, standbyFor } from "@/lib/meetings/meeting-day";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor, eventId: string, vn: string, jp: string;

const reset = () => clearMatchingDay(eventId);

beforeAll(async () => {
  process.env.OUTBOX_DIR ??= `${process.cwd()}/var/test-outbox`;
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  adminJp = await demoActor("admin.jp@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  vn = adminVn.memberships[0]!.firmId;
  jp = adminJp.memberships[0]!.firmId;
  await clearMatchingDay(eventId, { setup: true });
  await addSession(organizer, {
    eventId,
    name: "Morning",
    date: "2026-02-04",
    start: "09:00",
    end: "10:00",
    slotMinutes: 20,
  });
  await setTables(organizer, { eventId, count: 3 });
});
afterAll(async () => {
  await clearMatchingDay(eventId, { setup: true });
  await db.$disconnect();
});

async function placedMeeting() {
  const r = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp });
  await actOnMeetingRequest(adminJp, { requestId: r.id, action: "accept" });
  await publishRun(organizer, (await runScheduler(organizer, eventId)).id);
  return db.meeting.findUniqueOrThrow({ where: { requestId: r.id } });
}

describe("the meeting day", () => {
  it("held, then each side records an outcome; outsiders cannot touch it", async () => {
    await reset();
    const m = await placedMeeting();
    const outsider = await demoActor("admin.00010@demo.kakehashi.example");
    await expect(markMeeting(outsider, { meetingId: m.id, mark: "held" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await markMeeting(adminJp, { meetingId: m.id, mark: "held" });
    await expect(recordOutcome(adminVn, { meetingId: m.id, rating: 9, outcome: "NDA" })).rejects.toMatchObject({
      fields: { rating: "errors.meetingDay.rating" },
    });
    await recordOutcome(adminVn, { meetingId: m.id, rating: 5, outcome: "PILOT_ORDER", comment: "PoC in March" });
    await recordOutcome(adminJp, { meetingId: m.id, rating: 4, outcome: "FOLLOW_UP" });
    await recordOutcome(adminJp, { meetingId: m.id, rating: 3, outcome: "NDA" });
    const { byStatus, outcomes } = await outcomesOf(organizer, eventId);
    expect(byStatus.HELD).toBe(1);
    expect(outcomes.map((o) => [o.firmId, o.outcome, o.rating]).sort()).toEqual(
      [
        [jp, "NDA", 3],
        [vn, "PILOT_ORDER", 5],
      ].sort(),
    );
    await expect(outcomesOf(adminJp, eventId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a no-show frees the table and the present firm; a standby firm is seated there instead", async () => {
    await reset();
    const m = await placedMeeting();
    await markMeeting(adminVn, { meetingId: m.id, mark: "noShow" });
    const missed = await db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect([missed.status, missed.noShowFirmId, missed.tableSlotKey]).toEqual(["MISSED", jp, null]);
    expect(await db.firmSlotHold.count({ where: { meetingId: m.id } })).toBe(0);
    await expect(markMeeting(adminVn, { meetingId: m.id, mark: "held" })).rejects.toMatchObject({
      fields: { form: "errors.meetingDay.alreadyMarked" },
    });
    // The firm that did not come is not offered standbys; the one that came is.
    expect(await standbyFor(adminJp, m.id)).toEqual([]);
    const offered = await standbyFor(adminVn, m.id);
    expect(offered.length).toBeGreaterThan(0);
    const standbyId = await seatStandby(adminVn, { meetingId: m.id, firmId: offered[0]!.id });
    const standby = await db.meeting.findUniqueOrThrow({ where: { id: standbyId } });
    expect([standby.slotId, standby.tableId, standby.firmAId, standby.firmBId]).toEqual([
      m.slotId,
      m.tableId,
      vn,
      offered[0]!.id,
    ]);
    await expect(seatStandby(adminVn, { meetingId: m.id, firmId: offered[0]!.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // The missed meeting is not scheduled again.
    const run = await runScheduler(organizer, eventId);
    expect(run.considered).toBe(0);
  });
});
