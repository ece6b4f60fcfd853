import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { LoadedActor } from "@/lib/auth/load-actor";
import {
  addSession,
  matchingSetup,
  removeSession,
  saveMatchingSettings,
  setTables,
} from "@/lib/event-setup/event-setup";
import { demoActor } from "../support/demo-actor";

let organizer: LoadedActor, adminVn: LoadedActor, eventId: string;
const clean = () => db.matchingSession.deleteMany({ where: { eventId } });

beforeAll(async () => {
  organizer = await demoActor("organizer.jetro@demo.kakehashi.example");
  adminVn = await demoActor("admin.vn@demo.kakehashi.example");
  eventId = (await db.event.findFirstOrThrow({ where: { isCurrent: true } })).id;
  await clean();
});
afterAll(async () => {
  await clean();
  await db.meetingTable.deleteMany({ where: { eventId } });
  await db.event.update({
    where: { id: eventId },
    data: { requestDeadline: null, meetingCapPerFirm: null, selfBooking: false },
  });
  await db.$disconnect();
});

describe("matching set-up", () => {
  it("adds sessions with their slots, and refuses one that overlaps", async () => {
    await addSession(organizer, {
      eventId,
      name: "Morning",
      date: "2026-02-04",
      start: "09:00",
      end: "12:00",
      slotMinutes: 20,
    });
    await addSession(organizer, {
      eventId,
      name: "Afternoon",
      date: "2026-02-04",
      start: "13:30",
      end: "17:00",
      slotMinutes: 20,
      breakMinutes: 0,
    });
    await expect(
      addSession(organizer, {
        eventId,
        name: "Lunch",
        date: "2026-02-04",
        start: "11:00",
        end: "14:00",
        slotMinutes: 20,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const { sessions } = await matchingSetup(eventId);
    expect(sessions.map((s) => [s.name, s.slots.length])).toEqual([
      ["Morning", 9],
      ["Afternoon", 10],
    ]);
    expect(sessions[0]!.slots[0]!.startsAt.toISOString()).toBe("2026-02-04T02:00:00.000Z");
    await removeSession(organizer, { sessionId: sessions[1]!.id });
    expect(await db.slot.count({ where: { eventId } })).toBe(9);
  });

  it("is for organizers only, and bad input stores nothing", async () => {
    await expect(
      addSession(adminVn, { eventId, name: "X", date: "2026-02-05", start: "09:00", end: "10:00", slotMinutes: 20 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setTables(adminVn, { eventId, count: 5 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const before = await db.slot.count({ where: { eventId } });
    await expect(
      addSession(organizer, {
        eventId,
        name: "Bad",
        date: "2026-02-05",
        start: "12:00",
        end: "09:00",
        slotMinutes: 20,
      }),
    ).rejects.toMatchObject({ fields: { end: "errors.setup.endBeforeStart" } });
    expect(await db.slot.count({ where: { eventId } })).toBe(before);
  });

  it("sets tables with interpreters and the request deadline in the event's zone", async () => {
    await setTables(organizer, { eventId, count: 12, interpreterTables: "1, 2,3", interpreter: "ja-vi" });
    const { tables } = await matchingSetup(eventId);
    expect(tables).toHaveLength(12);
    expect(tables.filter((t) => t.interpreter === "ja-vi").map((t) => t.number)).toEqual([1, 2, 3]);
    await expect(setTables(organizer, { eventId, count: 2, interpreterTables: "5" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await saveMatchingSettings(organizer, {
      eventId,
      deadlineDate: "2026-02-03",
      deadlineTime: "17:00",
      meetingCapPerFirm: "8",
      selfBooking: true,
    });
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } });
    expect(event.requestDeadline?.toISOString()).toBe("2026-02-03T10:00:00.000Z");
    expect([event.meetingCapPerFirm, event.selfBooking]).toEqual([8, true]);
  });
});
