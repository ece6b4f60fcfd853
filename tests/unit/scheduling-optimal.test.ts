import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluate } from "@/lib/scheduling/evaluate";
import { solveSchedule } from "@/lib/scheduling/solve";
import { exactWeighted } from "../support/exact-schedule";
import { arbInstance } from "../support/generated-instances";
import { compile } from "@/lib/scheduling/model";
import { LagrangianBound, integerBound } from "@/lib/scheduling/bound";
import { SlotBound } from "@/lib/scheduling/slot-bound";

// The scheduler against the exact optimum (a MIP with explicit tables, solved by HiGHS) on small generated
// events with sessions, interpreters of two pairs, unavailability and fixed placements: it must reach the
// optimum, its bound (and each of the two Lagrangian bounds at every step) must never be below it, and
// "proven" must only be claimed at the optimum.
describe("scheduler against the exact optimum", () => {
  it("reaches the optimum and bounds it on generated instances", { timeout: 300_000 }, async () => {
    const instances = fc.sample(arbInstance, { numRuns: 60, seed: 2026 });
    let exact = 0;
    let proven = 0;
    const misses: string[] = [];
    for (const inst of instances) {
      const optimum = await exactWeighted(inst);
      expect(optimum).not.toBeNull();
      const run = await solveSchedule(inst, { seed: "t", timeLimitMs: 20_000 });
      const e = evaluate(inst, run.schedule);
      expect(e.valid).toBe(true);
      expect(e.weighted).toBeLessThanOrEqual(optimum!);
      expect(run.bound).toBeGreaterThanOrEqual(optimum!);
      if (run.proven) {
        expect(e.weighted).toBe(optimum);
        proven++;
      }
      // Each bound on its own, at every step of its multipliers, stays above the optimum.
      const model = compile(inst);
      const flow = new LagrangianBound(model);
      const slots = new SlotBound(model);
      for (let i = 0; i < 6; i++) {
        expect(integerBound(flow.step(optimum!))).toBeGreaterThanOrEqual(optimum!);
        expect(integerBound(slots.step(optimum!))).toBeGreaterThanOrEqual(optimum!);
      }
      if (e.weighted === optimum) exact++;
      else misses.push(`${e.weighted}/${optimum}`);
    }
    console.log(
      `scheduler at the exact optimum on ${exact} of ${instances.length} generated instances, proven on ${proven}${misses.length ? `; others: ${misses.join(", ")}` : ""}`,
    );
    expect(exact).toBe(instances.length);
  });
});
