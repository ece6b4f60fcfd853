import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { InstanceError, parseInstance } from "@/lib/scheduling/instance";
import { arbInstance } from "../support/generated-instances";
import { evaluate } from "@/lib/scheduling/evaluate";
import { greedySchedule } from "@/lib/scheduling/greedy";
import { scheduleMeetings } from "@/lib/scheduling/schedule";

const load = (name: string) => parseInstance(JSON.parse(readFileSync(`bench/instances/${name}.json`, "utf8")));

describe("scheduler", () => {
  it("reaches the proven optimum on small-120 with fewer breaks than greedy", () => {
    const inst = load("small-120");
    const mine = evaluate(inst, scheduleMeetings(inst));
    const greedy = evaluate(inst, greedySchedule(inst));
    expect(mine.valid).toBe(true);
    expect(mine.weighted).toBe(192);
    expect(mine.breaks).toBeLessThan(greedy.breaks);
  });

  it("reaches the proven optima of interp-300 and medium-1000", { timeout: 30_000 }, () => {
    for (const [name, optimum] of [
      ["interp-300", 503],
      ["medium-1000", 1438],
    ] as const) {
      const e = evaluate(load(name), scheduleMeetings(load(name)));
      expect(e.valid, name).toBe(true);
      expect(e.weighted, name).toBe(optimum);
    }
  });

  it("keeps fixed placements and places interpreter meetings at interpreter tables", () => {
    const inst = load("interp-300");
    const first = inst.meetings[0]!;
    const fixed = { ...inst, fixed: [{ meeting: first.id, slot: inst.slots[5]!.id, table: inst.tables[0]!.id }] };
    const schedule = scheduleMeetings(fixed);
    const e = evaluate(fixed, schedule);
    expect(e.valid).toBe(true);
    expect(schedule.assignments).toContainEqual({
      meeting: first.id,
      slot: inst.slots[5]!.id,
      table: inst.tables[0]!.id,
    });
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
      parseInstance({
        slots: [{ id: "s", session: "am" }],
        tables: [{ id: "t" }],
        participants: [{ id: "a" }],
        meetings: [{ id: "m", participants: ["a", "ghost"] }],
      }),
    ).toThrow(/unknown participant ghost/);
  });

  it("the validator catches a double booking", () => {
    const inst = load("small-120");
    const schedule = scheduleMeetings(inst);
    const [first, second] = schedule.assignments;
    const broken = {
      ...schedule,
      assignments: [first!, { ...second!, slot: first!.slot, table: first!.table }, ...schedule.assignments.slice(2)],
    };
    expect(evaluate(inst, broken).valid).toBe(false);
  });
});
