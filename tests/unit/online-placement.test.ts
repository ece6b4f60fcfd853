import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chooseOnlineSlots, type OnlinePlacementInput } from "@/lib/meetings/online-placement";

// Two sessions: s1..s4 in the morning, s5..s6 in the afternoon.
const slots = ["s1", "s2", "s3", "s4", "s5", "s6"].map((id, i) => ({ id, session: i < 4 ? "am" : "pm" }));
const sets = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));
const input = (over: Partial<OnlinePlacementInput> = {}): OnlinePlacementInput => ({
  slots,
  requests: [],
  blocked: new Map(),
  meeting: new Map(),
  count: new Map(),
  cap: null,
  ...over,
});

describe("a scheduler run's online meetings", () => {
  it("a pair with no meetings starts at the first slot", () => {
    const r = chooseOnlineSlots(input({ requests: [{ id: "r", participants: ["a", "b"] }] }));
    expect(r).toEqual({ placements: [{ requestId: "r", slotId: "s1" }], unplaced: [] });
  });

  it("goes next to the firms' meetings rather than leaving them a wait (fills a gap first)", () => {
    // a meets in s3: the earliest slot, s1, would leave a waiting in s2; s2 adds no break.
    const next = chooseOnlineSlots(
      input({ requests: [{ id: "r", participants: ["a", "b"] }], meeting: sets({ a: ["s3"] }) }),
    );
    expect(next.placements).toEqual([{ requestId: "r", slotId: "s2" }]);
    // a meets in s3, b in s4: before them both would wait, in the morning one would; the afternoon adds no break
    // (breaks are counted within a session).
    const apart = chooseOnlineSlots(
      input({ requests: [{ id: "r", participants: ["a", "b"] }], meeting: sets({ a: ["s3"], b: ["s4"] }) }),
    );
    expect(apart.placements).toEqual([{ requestId: "r", slotId: "s5" }]);
    // a meets in s1 and s3: s2 fills a's gap.
    const gap = chooseOnlineSlots(
      input({ requests: [{ id: "r", participants: ["a", "b"] }], meeting: sets({ a: ["s1", "s3"] }) }),
    );
    expect(gap.placements).toEqual([{ requestId: "r", slotId: "s2" }]);
  });

  it("never uses a blocked slot or one where a firm meets; says why when nothing is left", () => {
    const r = chooseOnlineSlots(
      input({
        requests: [
          { id: "away", participants: ["a", "b"] },
          { id: "busy", participants: ["c", "d"] },
        ],
        blocked: sets({ a: ["s1", "s2", "s3"], b: ["s4", "s5", "s6"], c: ["s1", "s2", "s3"] }),
        meeting: sets({ d: ["s4", "s5", "s6"] }),
      }),
    );
    expect(r).toEqual({
      placements: [],
      unplaced: [
        { requestId: "away", reason: "noCommonSlot" },
        { requestId: "busy", reason: "partnersBusy" },
      ],
    });
  });

  it("respects the cap in priority order, counting the meetings it places", () => {
    const r = chooseOnlineSlots(
      input({
        requests: [
          { id: "r1", participants: ["a", "b"] },
          { id: "r2", participants: ["a", "c"] },
          { id: "r3", participants: ["c", "d"] },
        ],
        count: new Map([["a", 1]]),
        cap: 2,
      }),
    );
    expect(r.placements.map((p) => p.requestId)).toEqual(["r1", "r3"]);
    expect(r.unplaced).toEqual([{ requestId: "r2", reason: "cap", firmId: "a" }]);
  });

  it("property: no firm twice in a slot, never a blocked slot, cap kept, every request placed or explained", () => {
    const firms = ["a", "b", "c", "d", "e"];
    const firm = fc.constantFrom(...firms);
    const slotId = fc.constantFrom(...slots.map((s) => s.id));
    const perFirm = fc.dictionary(firm, fc.uniqueArray(slotId, { maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(firm, firm), { maxLength: 14 }),
        perFirm,
        perFirm,
        fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
        (pairs, blockedRaw, meetingRaw, cap) => {
          const requests = pairs
            .filter(([x, y]) => x !== y)
            .map(([x, y], i) => ({ id: `r${i}`, participants: [x, y] as const }));
          const blocked = sets(blockedRaw);
          const meeting = sets(meetingRaw);
          const count = new Map(Object.entries(meetingRaw).map(([f, s]) => [f, s.length]));
          const r = chooseOnlineSlots(input({ requests, blocked, meeting, count, cap }));
          const byId = new Map(requests.map((q) => [q.id, q]));
          const taken = new Set<string>();
          for (const [f, s] of meeting) for (const x of s) taken.add(`${f}@${x}`);
          const used = new Map(count);
          for (const p of r.placements) {
            for (const f of byId.get(p.requestId)!.participants) {
              expect(taken.has(`${f}@${p.slotId}`)).toBe(false);
              expect(blocked.get(f)?.has(p.slotId) ?? false).toBe(false);
              taken.add(`${f}@${p.slotId}`);
              used.set(f, (used.get(f) ?? 0) + 1);
            }
            // A placement names a slot and nothing else: no table.
            expect(Object.keys(p).sort()).toEqual(["requestId", "slotId"]);
          }
          if (cap !== null)
            for (const f of firms) expect(used.get(f) ?? 0).toBeLessThanOrEqual(Math.max(cap, count.get(f) ?? 0));
          const seen = [...r.placements.map((p) => p.requestId), ...r.unplaced.map((u) => u.requestId)].sort();
          expect(seen).toEqual(requests.map((q) => q.id).sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
