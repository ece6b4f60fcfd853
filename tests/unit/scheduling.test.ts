import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { InstanceError, parseInstance } from "@/lib/scheduling/instance";
import { arbInstance, heldOutLike } from "../support/generated-instances";
import { countBreaks, evaluate } from "@/lib/scheduling/evaluate";
import { greedySchedule } from "@/lib/scheduling/greedy";
import { scheduleMeetings } from "@/lib/scheduling/schedule";
import { solveSchedule, solveScheduleSync } from "@/lib/scheduling/solve";
import { compile, stateOf } from "@/lib/scheduling/model";
import { BreakSearch } from "@/lib/scheduling/breaks";

const load = (name: string) => parseInstance(JSON.parse(readFileSync(`bench/instances/${name}.json`, "utf8")));

// The machine these tests run on is shared: budgets are generous, and a run that proves its result ends early.
const ROOMY = 30_000;

describe("scheduler", () => {
  it(
    "proves the optimum of small-120 and keeps breaks at most 15 (the MIP solver's 60-second incumbent)",
    { timeout: 60_000 },
    async () => {
      const inst = load("small-120");
      const run = await solveSchedule(inst, { timeLimitMs: ROOMY });
      const mine = evaluate(inst, run.schedule);
      const greedy = evaluate(inst, greedySchedule(inst));
      expect(mine.valid).toBe(true);
      expect(mine.weighted).toBe(192);
      expect(run).toMatchObject({ weighted: 192, bound: 192, proven: true, gap: 0 });
      expect(mine.breaks).toBeLessThanOrEqual(15);
      expect(mine.breaks).toBeLessThan(greedy.breaks);
      expect(run.breaks).toBe(mine.breaks);
    },
  );

  it("proves the optima of interp-300 and medium-1000", { timeout: 120_000 }, async () => {
    for (const [name, optimum] of [
      ["interp-300", 503],
      ["medium-1000", 1438],
    ] as const) {
      const inst = load(name);
      const run = await solveSchedule(inst, { timeLimitMs: ROOMY });
      const e = evaluate(inst, run.schedule);
      expect(e.valid, name).toBe(true);
      expect(e.weighted, name).toBe(optimum);
      expect(run.bound, name).toBe(optimum);
      expect(run.proven, name).toBe(true);
    }
  });

  it(
    "reaches the optima of the held-out-like bench instances (150 to 2,000 meetings)",
    { timeout: 300_000 },
    async () => {
      const optima = JSON.parse(readFileSync("bench/instances/optima.json", "utf8")) as Record<string, number>;
      for (const name of Object.keys(optima).filter((n) => n.startsWith("heldout-"))) {
        const inst = load(name);
        // About what a run gets on an idle machine with the default budget, given the shared machine's load.
        const run = await solveSchedule(inst, { timeLimitMs: 10_000 });
        expect(evaluate(inst, run.schedule).valid, name).toBe(true);
        expect(run.weighted, name).toBe(optima[name]);
        expect(run.bound, name).toBeGreaterThanOrEqual(optima[name]!);
      }
    },
  );

  it("keeps fixed placements and places interpreter meetings at interpreter tables", { timeout: 60_000 }, () => {
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

  it("a plain meeting fixed at an interpreter's table uses up that interpreter for the slot", () => {
    const inst = parseInstance({
      slots: [{ id: "s1", session: "am" }],
      tables: [{ id: "T1" }, { id: "I1", interpreter: "ja-vi" }],
      participants: ["a", "b", "c", "d"].map((id) => ({ id })),
      meetings: [
        { id: "plain", participants: ["a", "b"] },
        { id: "needs", participants: ["c", "d"], interpreter: "ja-vi", priority: 3 },
      ],
      fixed: [{ meeting: "plain", slot: "s1", table: "I1" }],
    });
    const run = solveScheduleSync(inst);
    expect(evaluate(inst, run.schedule).valid).toBe(true);
    expect(run.schedule.unscheduled).toEqual(["needs"]);
    expect(run).toMatchObject({ weighted: 1, bound: 1, proven: true });
  });

  it("is deterministic for a seed", { timeout: 60_000 }, () => {
    const inst = load("interp-300");
    expect(scheduleMeetings(inst, { seed: "a", timeLimitMs: ROOMY })).toEqual(
      scheduleMeetings(inst, { seed: "a", timeLimitMs: ROOMY }),
    );
  });

  it(
    "any generated instance yields a valid schedule, never worse than greedy, under its bound",
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(arbInstance, (inst) => {
          const run = solveScheduleSync(inst, { seed: "p", effort: 3_000, timeLimitMs: ROOMY });
          const mine = evaluate(inst, run.schedule);
          const greedy = evaluate(inst, greedySchedule(inst));
          return (
            mine.valid &&
            greedy.valid &&
            mine.weighted >= greedy.weighted &&
            run.bound >= mine.weighted &&
            run.weighted === mine.weighted &&
            run.breaks === mine.breaks
          );
        }),
        { numRuns: 300 },
      );
    },
  );

  it("held-out-like events of a few hundred meetings: valid, at the bound or close", { timeout: 180_000 }, async () => {
    for (const [i, options] of [
      { meetings: 300, interpreterShare: 0.3, pairs: 2, tableSlack: 0.7 },
      { meetings: 400, fixedShare: 0.08, skew: 1.3 },
      { meetings: 250, sessions: [6, 6, 6, 6], tableSlack: 2 },
    ].entries()) {
      const inst = heldOutLike({ seed: `unit-${i}`, ...options });
      const run = await solveSchedule(inst, { timeLimitMs: ROOMY });
      const e = evaluate(inst, run.schedule);
      expect(e.valid, inst.name).toBe(true);
      expect(run.bound, inst.name).toBeGreaterThanOrEqual(e.weighted);
      expect(run.gap, inst.name).toBeLessThan(0.02);
    }
  });

  it("the break search counts breaks as the validator does", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(arbInstance, (inst) => {
        const schedule = greedySchedule(inst);
        const model = compile(inst);
        const st = stateOf(model, schedule);
        const breaks = new BreakSearch(model, st, () => 0.5);
        const e = evaluate(inst, schedule);
        const perPerson = new Map<string, number[]>();
        const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
        const byId = new Map(inst.meetings.map((m) => [m.id, m]));
        for (const a of schedule.assignments)
          for (const p of byId.get(a.meeting)!.participants)
            perPerson.set(p, [...(perPerson.get(p) ?? []), slotIndex.get(a.slot)!]);
        return (
          breaks.total === e.breaks && breaks.max === e.maxBreaks && countBreaks(inst, perPerson).breaks === e.breaks
        );
      }),
      { numRuns: 200 },
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

  it("the validator catches a double booking", { timeout: 60_000 }, () => {
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
