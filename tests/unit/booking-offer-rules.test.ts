import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { offerableSlots, unopenableSlots, type OfferFacts } from "@/lib/meetings/booking-offer-rules";
import { tableSuits } from "@/lib/meetings/placement-rules";

const slots = ["s1", "s2", "s3", "s4"].map((id, i) => ({
  id,
  startsAt: new Date(Date.UTC(2026, 1, 4, 2, i * 20)),
  endsAt: new Date(Date.UTC(2026, 1, 4, 2, i * 20 + 20)),
}));
const tables = [
  { id: "t1", number: 1, interpreter: "ja-vi" },
  { id: "t2", number: 2, interpreter: null },
];
const facts = (over: Partial<OfferFacts> = {}): OfferFacts => ({
  openSlots: slots,
  hostTaken: new Set(),
  bookerTaken: new Set(),
  tables,
  tablesTaken: new Map(),
  interpreter: null,
  online: false,
  meetingCounts: { host: 0, booker: 0 },
  cap: null,
  alreadyMeeting: false,
  ...over,
});

describe("self-booking offers only what will work", () => {
  it("leaves out slots where either firm is taken or no suitable table is free", () => {
    const offer = offerableSlots(
      facts({
        hostTaken: new Set(["s1"]),
        bookerTaken: new Set(["s2"]),
        interpreter: "ja-vi",
        tablesTaken: new Map([["s3", new Set(["t1"])]]),
      }),
    );
    expect(offer.slots.map((s) => s.id)).toEqual(["s4"]);
  });

  it("an online booking needs no table", () => {
    const full = new Map(slots.map((s) => [s.id, new Set(["t1", "t2"])]));
    expect(offerableSlots(facts({ tablesTaken: full })).slots).toEqual([]);
    expect(offerableSlots(facts({ tablesTaken: full, online: true })).slots).toHaveLength(4);
  });

  it("offers nothing, and says why, when the firms already meet or one is at the cap", () => {
    expect(offerableSlots(facts({ alreadyMeeting: true }))).toEqual({ slots: [], blocked: "alreadyMeeting" });
    expect(offerableSlots(facts({ cap: 2, meetingCounts: { host: 2, booker: 0 } }))).toEqual({
      slots: [],
      blocked: "cap",
    });
  });

  it("every slot offered has both firms free and a suitable free table (property)", () => {
    const ids = slots.map((s) => s.id);
    const subset = fc.subarray(ids);
    fc.assert(
      fc.property(
        subset,
        subset,
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.subarray(["t1", "t2"]))),
        fc.constantFrom(null, "ja-vi", "en-vi"),
        fc.boolean(),
        (host, booker, taken, interpreter, online) => {
          const tablesTaken = new Map(taken.map(([s, t]) => [s, new Set(t)]));
          const offer = offerableSlots(
            facts({ hostTaken: new Set(host), bookerTaken: new Set(booker), tablesTaken, interpreter, online }),
          );
          for (const s of offer.slots) {
            expect(host.includes(s.id) || booker.includes(s.id)).toBe(false);
            if (!online)
              expect(tables.some((t) => !tablesTaken.get(s.id)?.has(t.id) && tableSuits(t, interpreter))).toBe(true);
          }
          // ...and nothing that would work is left out.
          for (const s of slots.filter((x) => !offer.slots.includes(x)))
            expect(
              host.includes(s.id) ||
                booker.includes(s.id) ||
                (!online && !tables.some((t) => !tablesTaken.get(s.id)?.has(t.id) && tableSuits(t, interpreter))),
            ).toBe(true);
        },
      ),
    );
  });

  it("a firm cannot open a slot it already holds", () => {
    expect(unopenableSlots(["s1", "s2", "s3"], new Set(["s2"]))).toEqual(["s2"]);
    expect(unopenableSlots(["s1"], new Set())).toEqual([]);
  });
});
