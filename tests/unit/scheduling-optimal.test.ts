import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluate } from "@/lib/scheduling/evaluate";
import { scheduleMeetings } from "@/lib/scheduling/schedule";
import { exactWeighted } from "../support/exact-schedule";
import { arbInstance } from "../support/generated-instances";

// The scheduler against the exact optimum (a MIP solved by HiGHS) on small generated events.
describe("scheduler against the exact optimum", () => {
  it("reaches the optimum weighted count on generated instances", { timeout: 120_000 }, async () => {
    const instances = fc.sample(arbInstance, { numRuns: 40, seed: 2026 });
    let exact = 0;
    const misses: string[] = [];
    for (const inst of instances) {
      const optimum = await exactWeighted(inst);
      const e = evaluate(inst, scheduleMeetings(inst, { seed: "t" }));
      expect(e.valid).toBe(true);
      expect(e.weighted).toBeLessThanOrEqual(optimum);
      if (e.weighted === optimum) exact++;
      else misses.push(`${e.weighted}/${optimum}`);
    }
    console.log(
      `scheduler at the exact optimum on ${exact} of ${instances.length} generated instances${misses.length ? `; others: ${misses.join(", ")}` : ""}`,
    );
    expect(exact).toBe(instances.length);
  });
});
