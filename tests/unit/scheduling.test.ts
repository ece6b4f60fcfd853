import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { InstanceError, parseInstance, type Instance } from "@/lib/scheduling/instance";
import { evaluate } from "@/lib/scheduling/evaluate";
import { greedySchedule } from "@/lib/scheduling/greedy";
import { scheduleMeetings } from "@/lib/scheduling/schedule";

const load = (name: string) => parseInstance(JSON.parse(readFileSync(`bench/instances/${name}.json`, "utf8")));

/** A random event: a few slots in two sessions, tables (some with an interpreter), firms, requests. */
const arbInstance: fc.Arbitrary<Instance> = fc
  .record({
    am: fc.integer({ min: 1, max: 4 }),
    pm: fc.integer({ min: 0, max: 4 }),
    tables: fc.integer({ min: 1, max: 4 }),
    interpTables: fc.integer({ min: 0, max: 1 }),
    people: fc.integer({ min: 2, max: 9 }),
    seed: fc.array(fc.tuple(fc.nat(100), fc.nat(100), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.nat(5)), { minLength: 1, maxLength: 25 }),
    away: fc.array(fc.tuple(fc.nat(100), fc.nat(100)), { maxLength: 8 }),
  })
  .map(({ am, pm, tables, interpTables, people, seed, away }) => {
    const slots = [...Array.from({ length: am }, (_, i) => ({ id: `am-${i}`, session: "am" })), ...Array.from({ length: pm }, (_, i) => ({ id: `pm-${i}`, session: "pm" }))];
    const participants = Array.from({ length: people }, (_, i) => ({
      id: `p${i}`,
      unavailable: [...new Set(away.filter(([p]) => p % people === i).map(([, s]) => slots[s % slots.length]!.id))],
    }));
    const meetings = seed
      .map(([x, y, priority, interp, session], i) => {
        const a = x % people;
        const b = (a + 1 + (y % (people - 1))) % people;
        return { id: `m${i}`, participants: [`p${a}`, `p${b}`] as [string, string], priority, ...(interp ? { interpreter: "ja-vi" } : {}), ...(session === 0 ? { session: "am" } : {}) };
      });
    return parseInstance({
      name: "generated",
      slots,
      tables: Array.from({ length: tables + interpTables }, (_, i) => ({ id: `T${i}`, ...(i >= tables ? { interpreter: "ja-vi" } : {}) })),
      participants,
      meetings,
    });
  });

describe("scheduler", () => {
  it("reaches the proven optimum on small-120 with fewer breaks than greedy", () => {
    const inst = load("small-120");
    const mine = evaluate(inst, scheduleMeetings(inst));
    const greedy = evaluate(inst, greedySchedule(inst));
    expect(mine.valid).toBe(true);
    expect(mine.weighted).toBe(192);
    expect(mine.breaks).toBeLessThan(greedy.breaks);
  });

  it("keeps fixed placements and places interpreter meetings at interpreter tables", () => {
    const inst = load("interp-300");
    const first = inst.meetings[0]!;
    const fixed = { ...inst, fixed: [{ meeting: first.id, slot: inst.slots[5]!.id, table: inst.tables[0]!.id }] };
    const schedule = scheduleMeetings(fixed);
    const e = evaluate(fixed, schedule);
    expect(e.valid).toBe(true);
    expect(schedule.assignments).toContainEqual({ meeting: first.id, slot: inst.slots[5]!.id, table: inst.tables[0]!.id });
  });

  it("is deterministic for a seed", () => {
    const inst = load("interp-300");
    expect(scheduleMeetings(inst, { seed: "a" })).toEqual(scheduleMeetings(inst, { seed: "a" }));
  });

  it("any generated instance yields a valid schedule, never worse than greedy", () => {
    fc.assert(
      fc.property(arbInstance, (inst) => {
        const mine = evaluate(inst, scheduleMeetings(inst, { seed: "p" }));
        const greedy = evaluate(inst, greedySchedule(inst));
        return mine.valid && greedy.valid && mine.weighted >= greedy.weighted;
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a malformed instance with a message that says what is wrong", () => {
    expect(() => parseInstance({ slots: [], tables: [], participants: [], meetings: [] })).toThrow(InstanceError);
    expect(() =>
      parseInstance({ slots: [{ id: "s", session: "am" }], tables: [{ id: "t" }], participants: [{ id: "a" }], meetings: [{ id: "m", participants: ["a", "ghost"] }] }),
    ).toThrow(/unknown participant ghost/);
  });

  it("the validator catches a double booking", () => {
    const inst = load("small-120");
    const schedule = scheduleMeetings(inst);
    const [first, second] = schedule.assignments;
    const broken = { ...schedule, assignments: [first!, { ...second!, slot: first!.slot, table: first!.table }, ...schedule.assignments.slice(2)] };
    expect(evaluate(inst, broken).valid).toBe(false);
  });
});
