// One definition of expired: counts by state turn pending into expired past the deadline, as the firms see it.
import { describe, expect, it } from "vitest";
import { countsAt } from "@/lib/meetings/request-state";
import { acceptanceRate } from "@/lib/organizer/dashboard-figures";
import { floorPercent } from "@/lib/organizer/percent";

describe("request counts by state", () => {
  const stored = { PENDING: 100, ACCEPTED: 392, DECLINED: 8 };
  const deadline = new Date("2026-02-01T10:00:00Z");

  it("before the deadline pending is pending; after it, expired, and the acceptance rate counts them", () => {
    const before = countsAt(stored, deadline, new Date("2026-02-01T09:00:00Z"));
    expect(before).toEqual({ PENDING: 100, ACCEPTED: 392, DECLINED: 8, EXPIRED: 0, WITHDRAWN: 0 });
    const after = countsAt(stored, deadline, new Date("2026-02-01T10:00:01Z"));
    expect(after).toEqual({ PENDING: 0, ACCEPTED: 392, DECLINED: 8, EXPIRED: 100, WITHDRAWN: 0 });
    expect(acceptanceRate(after)).toBe(78.4);
    expect(countsAt(stored, null, new Date("2030-01-01")).PENDING).toBe(100);
  });

  it("shows a share rounded down, so a value under a threshold never reads as the threshold", () => {
    expect(floorPercent(0.5499)).toBe(54);
    expect(floorPercent(0.55)).toBe(55);
    expect(floorPercent(0.57)).toBe(57);
    expect(floorPercent(0.999)).toBe(99);
    expect(floorPercent(1)).toBe(100);
  });
});
