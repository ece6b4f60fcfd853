// A live event exported as an instance, and scheduled: slots, tables, availability and accepted requests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import { addSession, setTables } from "@/lib/event-setup/event-setup";
import { availabilityOf, setUnavailability } from "@/lib/event-setup/availability";
import { eventInstance } from "@/lib/event-setup/event-instance";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { parseInstance } from "@/lib/scheduling/instance";
import { scheduleMeetings } from "@/lib/scheduling/schedule";
import { evaluate } from "@/lib/scheduling/evaluate";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, adminJp: LoadedActor, eventId: string, vn: string, jp: string;

beforeAll(async () => {
  organizer = await demoActor("organizer.vinasa@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  adminJp = await demoActor("admin.jp@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  vn = adminVn.memberships[0]!.firmId;
  jp = adminJp.memberships[0]!.firmId;
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingRequest.deleteMany({ where: { eventId } });
});
afterAll(async () => {
  await db.matchingSession.deleteMany({ where: { eventId } });
  await db.meetingTable.deleteMany({ where: { eventId } });
  await db.meetingRequest.deleteMany({ where: { eventId } });
  await db.$disconnect();
});

describe("a live event as a scheduling instance", () => {
  it("exports slots, tables, availability and accepted meetings, and schedules them validly", async () => {
    await addSession(organizer, {
      eventId,
      name: "Morning",
      date: "2026-02-04",
      start: "09:00",
      end: "10:00",
      slotMinutes: 20,
    });
    await setTables(organizer, { eventId, count: 4, interpreterTables: "4", interpreter: "ja-vi" });
    const { sessions } = await availabilityOf(adminVn, vn, eventId);
    const [first, second] = sessions[0]!.slots;
    await setUnavailability(adminVn, { firmId: vn, eventId, unavailableSlotIds: [first!.id, second!.id] });
    await expect(setUnavailability(adminJp, { firmId: vn, eventId, unavailableSlotIds: [] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      setUnavailability(adminVn, { firmId: vn, eventId, unavailableSlotIds: ["not-a-slot"] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });

    const request = await createMeetingRequest(adminVn, { eventId, fromFirmId: vn, toFirmId: jp, priority: "MUST" });
    await actOnMeetingRequest(adminJp, { requestId: request.id, action: "accept" });

    await expect(eventInstance(adminVn, eventId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const inst = parseInstance(await eventInstance(organizer, eventId));
    expect(inst.slots).toHaveLength(3);
    expect(inst.tables.map((t) => t.interpreter ?? null)).toEqual([null, null, null, "ja-vi"]);
    expect(inst.participants.find((p) => p.id === vn)!.unavailable).toEqual([first!.id, second!.id]);
    expect(inst.meetings).toEqual([expect.objectContaining({ id: request.id, participants: [vn, jp], priority: 2 })]);

    const schedule = scheduleMeetings(inst);
    const e = evaluate(inst, schedule);
    expect(e.valid).toBe(true);
    // The Vietnamese delegation is away for the first two slots: the meeting goes to the third.
    expect(schedule.assignments).toEqual([
      expect.objectContaining({ meeting: request.id, slot: sessions[0]!.slots[2]!.id }),
    ]);
  });
});
