import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  eligibleCountry,
  holdsSeat,
  lowestFreeSeat,
  nextInLine,
  overlappingSlots,
  signUpOutcome,
  waitlistPosition,
} from "@/lib/tours/tour-rules";

describe("tour rules", () => {
  it("who may join", () => {
    expect(eligibleCountry("", "VN")).toBe(true);
    expect(eligibleCountry("JP", "JP")).toBe(true);
    expect(eligibleCountry("JP", "VN")).toBe(false);
    expect(eligibleCountry("JP, VN", "VN")).toBe(true);
  });

  it("a sign-up gets a seat while one is free, held for the host when the tour asks, else a place in line", () => {
    expect(signUpOutcome(9, 10, false)).toBe("CONFIRMED");
    expect(signUpOutcome(9, 10, true)).toBe("AWAITING_HOST");
    expect(signUpOutcome(10, 10, false)).toBe("WAITLISTED");
    expect([
      holdsSeat("CONFIRMED"),
      holdsSeat("AWAITING_HOST"),
      holdsSeat("WAITLISTED"),
      holdsSeat("CANCELLED"),
    ]).toEqual([true, true, false, false]);
  });

  it("seats are numbered from 1, gaps filled first", () => {
    expect(lowestFreeSeat([], 3)).toBe(1);
    expect(lowestFreeSeat([1, 3], 3)).toBe(2);
    expect(lowestFreeSeat([1, 2, 3], 3)).toBeNull();
  });

  it("the first in line moves up; someone now busy at that time is passed over and keeps their place", () => {
    const line = [
      { id: "c", queueNo: 7, blocked: false },
      { id: "a", queueNo: 2, blocked: true },
      { id: "b", queueNo: 4, blocked: false },
    ];
    expect(nextInLine(line)?.id).toBe("b");
    expect(nextInLine(line.map((w) => ({ ...w, blocked: false })))?.id).toBe("a");
    expect(nextInLine([])).toBeNull();
    expect(waitlistPosition(4, [2, 4, 7])).toBe(2);
  });

  it("promotion always takes the lowest unblocked queue number (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (queue, blocked) => {
          const line = queue.map((q, i) => ({ id: String(q), queueNo: q, blocked: blocked[i]! }));
          const next = nextInLine(line);
          const free = line.filter((w) => !w.blocked).map((w) => w.queueNo);
          expect(next?.queueNo ?? null).toBe(free.length ? Math.min(...free) : null);
        },
      ),
    );
  });

  it("a tour blocks the slots it overlaps, not the ones that only touch it", () => {
    const at = (h: number, m: number) => new Date(Date.UTC(2026, 1, 4, h, m));
    const slots = [0, 20, 40, 60, 80].map((min, i) => ({ id: `s${i}`, startsAt: at(2, min), endsAt: at(2, min + 20) }));
    expect(overlappingSlots({ startsAt: at(2, 20), endsAt: at(3, 0) }, slots).map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(overlappingSlots({ startsAt: at(2, 30), endsAt: at(2, 50) }, slots).map((s) => s.id)).toEqual(["s1", "s2"]);
  });
});
