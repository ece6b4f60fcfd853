import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chooseTable, placementConflicts, underCap, type TableView } from "@/lib/meetings/placement-rules";
import { admitUnderCap } from "@/lib/scheduling/cap-admission";
import { unplacedReasons } from "@/lib/scheduling/unplaced-reasons";
import { scheduleMeetings } from "@/lib/scheduling/schedule";
import { arbInstance } from "../support/generated-instances";

const tables: TableView[] = [
  { id: "t3", number: 3, interpreter: "ja-vi" },
  { id: "t2", number: 2, interpreter: null },
  { id: "t1", number: 1, interpreter: null },
];
const base = {
  firms: ["a", "b"] as const,
  interpreter: null,
  table: tables[2]!,
  unavailable: new Set<string>(),
  busy: new Map<string, string>(),
  tableTakenBy: null,
};

describe("placement rules", () => {
  it("a free slot and table is fine; every obstacle is named", () => {
    expect(placementConflicts(base)).toEqual([]);
    expect(
      placementConflicts({
        ...base,
        interpreter: "ja-vi",
        unavailable: new Set(["a"]),
        busy: new Map([["b", "m9"]]),
        tableTakenBy: "m8",
      }),
    ).toEqual([
      { reason: "unavailable", firmId: "a" },
      { reason: "busy", firmId: "b" },
      { reason: "tableTaken", table: 1 },
      { reason: "interpreter", table: 1, pair: "ja-vi" },
    ]);
    expect(placementConflicts({ ...base, interpreter: "ja-vi", table: tables[0]! })).toEqual([]);
  });

  it("chooses plain tables first, lowest number, and the interpreter's table for those who need one", () => {
    expect(chooseTable(tables, new Set(), null)?.number).toBe(1);
    expect(chooseTable(tables, new Set(["t1", "t2"]), null)?.number).toBe(3);
    expect(chooseTable(tables, new Set(), "ja-vi")?.number).toBe(3);
    expect(chooseTable(tables, new Set(["t3"]), "ja-vi")).toBeNull();
    expect(chooseTable(tables, new Set(), "en-vi")).toBeNull();
  });

  it("the cap: none means no limit", () => {
    expect(underCap(100, null)).toBe(true);
    expect(underCap(2, 3)).toBe(true);
    expect(underCap(3, 3)).toBe(false);
  });
});

describe("cap admission", () => {
  it("admits in order while both firms stay under the cap, counting what they already have", () => {
    const c = (id: string, a: string, b: string) => ({ id, participants: [a, b] as const });
    const { admitted, capped } = admitUnderCap(
      [c("1", "x", "y"), c("2", "x", "z"), c("3", "y", "z"), c("4", "w", "z")],
      new Map([["z", 1]]),
      2,
    );
    expect(admitted.map((m) => m.id)).toEqual(["1", "2"]);
    expect(capped).toEqual(
      new Map([
        ["3", "z"],
        ["4", "z"],
      ]),
    );
  });

  it("never lets a firm past the cap (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (pairs, cap) => {
          const ordered = pairs
            .filter(([a, b]) => a !== b)
            .map(([a, b], i) => ({ id: String(i), participants: [`f${a}`, `f${b}`] as const }));
          const { admitted, capped } = admitUnderCap(ordered, new Map(), cap);
          const count = new Map<string, number>();
          for (const m of admitted) for (const p of m.participants) count.set(p, (count.get(p) ?? 0) + 1);
          expect(Math.max(0, ...count.values())).toBeLessThanOrEqual(cap);
          expect(admitted.length + capped.size).toBe(ordered.length);
          // Whoever was left out names a firm that is really at the cap.
          for (const firm of capped.values()) expect(count.get(firm)).toBe(cap);
        },
      ),
    );
  });
});

describe("why a meeting stayed out", () => {
  it("names the missing interpreter, the lack of a common slot, busy partners and full tables", () => {
    const inst = {
      name: "t",
      slots: [
        { id: "s1", session: "am" },
        { id: "s2", session: "am" },
      ],
      tables: [{ id: "T1" }],
      participants: [
        { id: "a", unavailable: ["s2"] },
        { id: "b", unavailable: ["s1"] },
        { id: "c", unavailable: [] },
        { id: "d", unavailable: [] },
        { id: "e", unavailable: [] },
      ],
      meetings: [
        { id: "ab", participants: ["a", "b"] as [string, string], priority: 1 },
        { id: "ac", participants: ["a", "c"] as [string, string], priority: 1 },
        { id: "cd", participants: ["c", "d"] as [string, string], priority: 1 },
        { id: "de", participants: ["d", "e"] as [string, string], priority: 1 },
        { id: "ce", participants: ["c", "e"] as [string, string], priority: 1, interpreter: "ja-vi" },
      ],
      fixed: [],
    };
    const reasons = unplacedReasons(inst, {
      assignments: [
        { meeting: "ac", slot: "s1", table: "T1" },
        { meeting: "cd", slot: "s2", table: "T1" },
      ],
      unscheduled: ["ab", "de", "ce"],
    });
    expect(Object.fromEntries(reasons)).toEqual({ ab: "noCommonSlot", de: "noTable", ce: "noInterpreter" });
    const busy = unplacedReasons(inst, {
      assignments: [
        { meeting: "ac", slot: "s1", table: "T1" },
        { meeting: "de", slot: "s2", table: "T1" },
      ],
      unscheduled: ["cd"],
    });
    expect(busy.get("cd")).toBe("partnersBusy");
  });

  it("gives every meeting the scheduler left out a reason (property)", () => {
    fc.assert(
      fc.property(arbInstance, (inst) => {
        const schedule = scheduleMeetings(inst, { effort: 2_000 });
        const reasons = unplacedReasons(inst, schedule);
        expect([...reasons.keys()].sort()).toEqual([...schedule.unscheduled].sort());
      }),
      { numRuns: 40 },
    );
  });
});
