import { describe, expect, it } from "vitest";
import { MatchEngine } from "@/lib/matching/engine";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { dismissalAdjustment } from "@/lib/matching/dismissals";
import type { MatchFirm } from "@/lib/matching/types";
import { BASE_MATCH_FIRM } from "./match-firm";

// The shared empty firm, with what these tests had: five bridge engineers, language head counts not said.
const firm = (over: Partial<MatchFirm>): MatchFirm => ({
  ...BASE_MATCH_FIRM,
  japaneseSpeakers: null,
  bridgeEngineers: 5,
  jlptN1: null,
  jlptN2: null,
  englishSpeakers: null,
  ...over,
});

describe("not interested, because…", () => {
  const e = new MatchEngine(repositoryConcepts());
  e.upsert(firm({ id: "jp", country: "JP", seeks: [{ code: "offshore-dev" }, { code: "erp" }] }));
  e.upsert(firm({ id: "odc1", offers: [{ code: "offshore-dev" }] }));
  e.upsert(firm({ id: "odc2", offers: [{ code: "offshore-dev" }] }));
  e.upsert(firm({ id: "erp", offers: [{ code: "erp" }], employeeBand: "B1000_PLUS" }));

  it("lowers firms like the one dismissed as a competitor, and only those", () => {
    const plain = new Map(e.recommend("jp").map((r) => [r.firmId, r.score]));
    const adjust = dismissalAdjustment([{ profile: e.profile("odc1")!, reason: "COMPETITOR" }]);
    const after = new Map(e.recommend("jp", { exclude: new Set(["odc1"]), adjust }).map((r) => [r.firmId, r.score]));
    expect(after.has("odc1")).toBe(false);
    expect(after.get("odc2")!).toBeLessThan(plain.get("odc2")!);
    expect(after.get("erp")).toBe(plain.get("erp"));
  });

  it("'too small' lowers firms no bigger than the dismissed one", () => {
    const adjust = dismissalAdjustment([{ profile: e.profile("odc1")!, reason: "TOO_SMALL" }]);
    expect(adjust(e.profile("odc2")!)).toBeLessThan(1);
    expect(adjust(e.profile("erp")!)).toBe(1);
  });
});
