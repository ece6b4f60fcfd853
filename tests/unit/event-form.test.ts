import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventSpan, isTimeZone, overlaps, slugOf } from "@/lib/events/event-form";
import { localInstant as instantIn, localParts } from "@/lib/time/event-time";
import { acceptsChanges, eventPhase } from "@/lib/events/event-phase";

describe("an edition's details", () => {
  it("knows real time zones only", () => {
    expect(isTimeZone("Asia/Ho_Chi_Minh")).toBe(true);
    expect(isTimeZone("Asia/Tokyo")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Asia/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("../etc/passwd")).toBe(false);
  });

  it("reads local times in the event's zone, whatever the server's", () => {
    expect(instantIn("2027-01-25", "08:30", "Asia/Ho_Chi_Minh").toISOString()).toBe("2027-01-25T01:30:00.000Z");
    expect(instantIn("2027-04-19", "09:30", "Asia/Tokyo").toISOString()).toBe("2027-04-19T00:30:00.000Z");
    expect(localParts(new Date("2027-01-25T01:30:00Z"), "Asia/Ho_Chi_Minh")).toEqual({
      date: "2027-01-25",
      time: "08:30",
    });
  });

  it("local parts and instants go back and forth", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }),
        fc.constantFrom("Asia/Ho_Chi_Minh", "Asia/Tokyo", "UTC"),
        (d, zone) => {
          const whole = new Date(Math.floor(d.getTime() / 60_000) * 60_000);
          const { date, time } = localParts(whole, zone);
          expect(instantIn(date, time, zone).getTime()).toBe(whole.getTime());
        },
      ),
    );
  });

  it("refuses an end before the start", () => {
    const base = { timeZone: "Asia/Tokyo", startDate: "2027-04-19", startTime: "09:30", endDate: "2027-04-19" };
    expect(eventSpan({ ...base, endTime: "09:00" } as never)).toEqual({ error: "errors.event.endBeforeStart" });
    expect(eventSpan({ ...base, endTime: "18:00" } as never)).toHaveProperty("startsAt");
  });

  it("slugs are URL-safe", () => {
    expect(slugOf("Japan ICT Day 2027")).toBe("japan-ict-day-2027");
    expect(slugOf("Ngày CNTT Đà Nẵng")).toBe("ngay-cntt-da-nang");
    expect(slugOf("ジャパン")).toBe("event");
  });

  it("spans overlap when each starts before the other ends", () => {
    const at = (a: string, b: string) => ({ startsAt: new Date(a), endsAt: new Date(b) });
    expect(overlaps(at("2027-01-01", "2027-01-02"), at("2027-01-01T12:00Z", "2027-01-03"))).toBe(true);
    expect(overlaps(at("2027-01-01", "2027-01-02"), at("2027-01-02", "2027-01-03"))).toBe(false);
  });
});

describe("an edition's phase", () => {
  const event = { startsAt: new Date("2027-01-25T01:30:00Z"), endsAt: new Date("2027-01-25T10:30:00Z") };
  it("is upcoming, running, then over at its end instant", () => {
    expect(eventPhase(event, new Date("2027-01-25T01:29:59Z"))).toBe("upcoming");
    expect(eventPhase(event, new Date("2027-01-25T10:30:00Z"))).toBe("running");
    expect(eventPhase(event, new Date("2027-01-25T10:30:01Z"))).toBe("over");
  });
  it("takes changes until it is over or archived", () => {
    expect(acceptsChanges(event, new Date("2027-01-01"))).toBe(true);
    expect(acceptsChanges({ ...event, archivedAt: new Date() }, new Date("2027-01-01"))).toBe(false);
    expect(acceptsChanges(event, new Date("2027-02-01"))).toBe(false);
  });
});
