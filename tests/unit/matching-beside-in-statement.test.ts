// A manner of work (software development, offshore) or a broad field sought beside a specific need counts less, so
// the specific need decides ("Java developers and testers": a partner that only develops is the near miss). Only
// beside it in the same statement: developers sought in a statement of their own, beside testers sought in another,
// are a need of their own, at full weight.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

/** The weight the firm's text gives a sought capability. */
function soughtWeight(seeksText: string, code: string): number {
  const e = engineWith(concepts, matchFirm({ id: "si", country: "JP", seeksText }));
  const p = e.profile("si")!;
  const cap = concepts.capability(code)!;
  const k = Array.from(p.seekCaps).indexOf(cap);
  return k < 0 ? 0 : p.seekWeights[k]!;
}

describe("a manner sought", () => {
  it("beside a specific need in the same statement counts less", () => {
    const alone = soughtWeight("Java developers for our projects", "software-development");
    const beside = soughtWeight("Java developers and testers for our projects", "software-development");
    expect(beside).toBeLessThan(alone);
  });
  it("in a statement of its own keeps its weight, whatever other statements seek", () => {
    const alone = soughtWeight("Java developers for our projects", "software-development");
    const apart = soughtWeight("Java developers for our projects\nTesters for our projects", "software-development");
    expect(apart).toBe(alone);
  });
});
