import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "@/bench/eval-match";

// The labelled sets in tests/fixtures/match-eval/<set>/ (written by people who had not read the engine): the
// engine reading free text must rank clearly better than tag overlap, and stay above the floors it reached.
describe("matching quality on the labelled sets", () => {
  let results: Awaited<ReturnType<typeof evaluate>>;
  beforeAll(async () => {
    results = await evaluate();
  }, 120_000);

  it("has at least one set with enough firms and labelled pairs", () => {
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.firms).toBeGreaterThanOrEqual(60);
      expect(r.good).toBeGreaterThan(20);
      expect(r.pairs - r.good).toBeGreaterThan(20);
    }
  });

  it("from free text alone beats the Jaccard baseline and holds AUC 0.85 overall, 0.7 per category", () => {
    for (const r of results) {
      expect(r.freeText.auc).toBeGreaterThan(r.jaccardCoded.auc);
      expect(r.freeText.auc).toBeGreaterThan(r.jaccardFreeText.auc);
      expect(r.freeText.auc).toBeGreaterThanOrEqual(0.85);
      for (const [category, value] of Object.entries(r.freeText.byCategory))
        expect(value, category).toBeGreaterThanOrEqual(0.7);
    }
  });
});
