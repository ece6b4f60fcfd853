import { describe, expect, it } from "vitest";
import { generateSlots, SessionPlanError } from "@/lib/event-setup/generate-slots";

const hanoi = {
  date: "2026-02-04",
  start: "09:00",
  end: "12:00",
  slotMinutes: 20,
  breakMinutes: 0,
  timeZone: "Asia/Ho_Chi_Minh",
};

describe("slot generation", () => {
  it("turns local times in the event's zone into instants", () => {
    const slots = generateSlots(hanoi);
    expect(slots).toHaveLength(9);
    expect(slots[0]!.startsAt.toISOString()).toBe("2026-02-04T02:00:00.000Z");
    expect(slots.at(-1)!.endsAt.toISOString()).toBe("2026-02-04T05:00:00.000Z");
  });

  it("leaves breaks between meetings and drops a last meeting that would not fit", () => {
    const slots = generateSlots({ ...hanoi, end: "10:00", breakMinutes: 5 });
    expect(slots.map((s) => s.startsAt.toISOString().slice(11, 16))).toEqual(["02:00", "02:25"]);
  });

  it("follows the zone's clock on a daylight-saving day", () => {
    // Berlin, 29 March 2026: 02:00 does not exist; 01:00 to 04:00 local is two real hours.
    const slots = generateSlots({
      date: "2026-03-29",
      start: "01:00",
      end: "04:00",
      slotMinutes: 30,
      breakMinutes: 0,
      timeZone: "Europe/Berlin",
    });
    expect(slots).toHaveLength(4);
  });

  it.each([
    [{ date: "2026-02-30x" }, "date"],
    [{ start: "9am" }, "start"],
    [{ end: "08:00" }, "end"],
    [{ slotMinutes: 2 }, "slotMinutes"],
    [{ breakMinutes: -5 }, "breakMinutes"],
    [{ end: "09:10" }, "end"],
  ])("refuses %j at the %s field", (change, field) => {
    const error = (() => {
      try {
        generateSlots({ ...hanoi, ...change });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SessionPlanError);
    expect((error as SessionPlanError).field).toBe(field);
  });
});
