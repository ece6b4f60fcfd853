import { describe, expect, it } from "vitest";
import { MatchEngine } from "@/lib/matching/engine";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { volumesIn } from "@/lib/matching/text/volumes";
import type { MatchFirm } from "@/lib/matching/types";
import { BASE_MATCH_FIRM } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const firm = (over: Partial<MatchFirm> & { id: string }): MatchFirm => ({ ...BASE_MATCH_FIRM, ...over });
const engineOf = (...firms: MatchFirm[]) => {
  const e = new MatchEngine(concepts);
  for (const f of firms) e.upsert(f);
  return e;
};
const score = (e: MatchEngine, a: string, b: string) => e.score(a, b, { sameCountry: true })!.score;

describe("volumes of work in person-months and pieces", () => {
  it("reads the least a firm takes on and the volume a firm needs", () => {
    expect(volumesIn("We do not accept projects under 30 man-months")).toEqual([
      { unit: "pm", value: 30, floor: true },
    ]);
    expect(volumesIn("Nhan du an tu 10.000 anh/thang tro len")).toEqual([{ unit: "items", value: 10000, floor: true }]);
    expect(volumesIn("Orders from 1,000 boards")).toEqual([{ unit: "items", value: 1000, floor: true }]);
    // A volume needed, not a floor: no word of taking work on.
    expect(volumesIn("量産は月300枚程度、試作は10枚単位")).toEqual([
      { unit: "items", value: 300, floor: false },
      { unit: "items", value: 10, floor: false },
    ]);
    expect(volumesIn("開発規模は2〜3名×4ヶ月程度")).toEqual([{ unit: "pm", value: 8, floor: false }]);
    // Not a volume: a head count, a sum of money.
    expect(volumesIn("20 engineers, USD 30k a month")).toEqual([]);
  });

  it("a need below the least the other takes on costs the pair, and says so in the reader's terms", () => {
    const e = engineOf(
      firm({ id: "ems", offersText: "SMT assembly; orders from 1,000 boards" }),
      firm({ id: "small", country: "JP", seeksText: "EMS partner for SMT assembly, about 300 boards a month" }),
      firm({ id: "large", country: "JP", seeksText: "EMS partner for SMT assembly, about 5,000 boards a month" }),
    );
    expect(e.profile("ems")!.floorItems).toBe(1000);
    expect(e.profile("small")!.needItems).toBe(300);
    expect(score(e, "small", "ems")).toBeLessThan(score(e, "large", "ems"));
    expect(e.explain("small", "ems")).toContainEqual({
      kind: "volumeTooSmall",
      side: "you",
      need: 300,
      minimum: 1000,
      unit: "items",
    });
    expect(e.explain("large", "ems").some((r) => r.kind === "volumeTooSmall")).toBe(false);
  });
});
