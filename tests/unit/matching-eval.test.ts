import { describe, expect, it } from "vitest";
import { evaluate } from "@/bench/eval-match";

// The labelled set in tests/fixtures/matching-eval.json: the engine must rank better than tag overlap.
describe("matching quality on the labelled set", () => {
  const result = evaluate();

  it("has enough realistic firms and labelled pairs", () => {
    expect(result.firms).toBeGreaterThanOrEqual(60);
    expect(result.good).toBeGreaterThan(20);
    expect(result.pairs - result.good).toBeGreaterThan(20);
  });

  it("beats the Jaccard baseline on AUC and on precision of the top 5", () => {
    expect(result.engine.auc).toBeGreaterThan(result.baseline.auc);
    expect(result.engine.precisionAt5).toBeGreaterThanOrEqual(result.baseline.precisionAt5);
    expect(result.engine.auc).toBeGreaterThan(0.9);
  });
});
