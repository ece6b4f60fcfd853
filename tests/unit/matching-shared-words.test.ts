// Two firms filed under one capability may not fit: a warehouse that needs ROS 2 navigation for its AMRs is
// "robotics", and so is an integrator of welding arms. Where what one looks for and what the other offers name the
// same specific words (ROS 2, AMR, 生産管理), the need is more likely the one met, and the pair ranks higher; the
// rarer the words among the event's firms, the more. Words shared with a need nobody meets gain nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { MatchEngine } from "@/lib/matching/engine";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { PARAMS } from "@/lib/matching/score";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { specificTerms } from "@/lib/matching/text/specific-terms";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the specific words of a text", () => {
  it("are names in Latin letters, katakana words and kanji compounds, not the words every firm uses", () => {
    const words = specificTerms([
      "AI-OCRの開発パートナーを探しています。生産管理システム、ROS 2 navigation for our company",
    ]);
    expect(words).toEqual(expect.arrayContaining(["ai-ocr", "生産管理", "ros", "navigation"]));
    expect(words).not.toContain("パートナー");
    expect(words).not.toContain("company");
    expect(words).not.toContain("開発");
  });

  it("are one word in the plural and the singular, with and without the long mark", () => {
    expect(specificTerms(["Temperature sensors, サーバー監視"])).toEqual(
      specificTerms(["temperature sensor, サーバ監視"]),
    );
    // Not words that end in s of their own, nor short names.
    expect(specificTerms(["Kubernetes, AWS, analysis"])).toEqual(["kubernetes", "aws", "analysis"]);
  });

  it("leave out units of time and money", () => {
    expect(specificTerms(["Offshore Java team, 3 engineers per month, USD 2,000 monthly for 6 months"])).toEqual([
      "offshore",
      "java",
    ]);
  });

  it("leave out Vietnamese syllables and levels of Japanese", () => {
    const words = specificTerms(["Cần kỹ sư cầu nối tiếng Nhật N2, thành thạo Java"]);
    expect(words).toEqual(["java"]);
  });
});

describe("a need met in the other's own words", () => {
  const warehouse = matchFirm({
    id: "warehouse",
    country: "JP",
    seeksText: "Robotics partner for ROS 2 navigation of our AMR fleet (SLAM, fleet management)",
  });
  const amr = matchFirm({
    id: "amr",
    employeeBand: "B50_249",
    offersText: "Robotics software: ROS 2 navigation, SLAM and fleet management for AMR",
  });
  const arms = matchFirm({
    id: "arms",
    employeeBand: "B50_249",
    offersText: "Robotics system integration: welding and palletising robot arms for factories",
  });
  const others = ["web", "qa", "games"].map((id) =>
    matchFirm({ id, offersText: `${id} development for Japanese clients` }),
  );
  const e = engineWith(concepts, warehouse, amr, arms, ...others);

  it("ranks above one of the same capability in other words, and says which words", () => {
    expect(pairScore(e, "warehouse", "amr")).toBeGreaterThan(pairScore(e, "warehouse", "arms"));
    const shared = e.explain("warehouse", "amr").find((r) => r.kind === "sharedWords");
    expect(shared).toMatchObject({ side: "you", words: expect.arrayContaining(["ros", "amr"]) });
    // Not the name of the capability the explanation gives already: the arms integrator shares only that.
    expect(shared && "words" in shared ? shared.words : []).not.toContain("robotics");
    expect(e.explain("warehouse", "arms").some((r) => r.kind === "sharedWords")).toBe(false);
    // The other side reads it from where it stands.
    expect(e.explain("amr", "warehouse").find((r) => r.kind === "sharedWords")).toMatchObject({ side: "they" });
  });

  it("is said in each language, with the firms' own words", () => {
    const reason = e.explain("warehouse", "amr").find((r) => r.kind === "sharedWords")!;
    for (const [locale, messages] of [
      ["en", en],
      ["ja", ja],
      ["vi", vi],
    ] as const) {
      const text = reasonWords(reason, locale, messages as unknown as ReasonMessages, (c) => c);
      expect(text).toContain("ros");
      expect(text).not.toMatch(/[{}]|sharedWords/);
    }
  });

  it("without the lift and the cost of words unmet, the two would score alike", () => {
    const flat = new MatchEngine(concepts, { ...PARAMS, sharedTerms: 0, termMiss: 0 });
    for (const f of [warehouse, amr, arms, ...others]) flat.upsert(f);
    expect(pairScore(flat, "warehouse", "amr")).toBeCloseTo(pairScore(flat, "warehouse", "arms"), 6);
    expect(PARAMS.sharedTerms).toBeGreaterThan(0);
  });

  it("costs a pair whose offer, in words of its own, names none of the words sought, and says so", () => {
    // An integrator that writes of welding and palletising arms; the warehouse of ROS 2, SLAM and its AMR fleet.
    const welding = matchFirm({
      id: "welding",
      employeeBand: "B50_249",
      offersText: "Welding and palletising robot arm integration for factories",
    });
    const firms = [warehouse, amr, welding, ...others];
    const costed = engineWith(concepts, ...firms);
    const free = new MatchEngine(concepts, { ...PARAMS, termMiss: 0 });
    for (const f of firms) free.upsert(f);
    expect(PARAMS.termMiss).toBeGreaterThan(0);
    expect(pairScore(costed, "warehouse", "welding")).toBeLessThan(pairScore(free, "warehouse", "welding"));
    // The AMR house shares the words: no cost, no such line.
    expect(pairScore(costed, "warehouse", "amr")).toBeCloseTo(pairScore(free, "warehouse", "amr"), 12);
    expect(costed.explain("warehouse", "amr").some((r) => r.kind === "wordsUnmet")).toBe(false);
    const unmet = costed.explain("warehouse", "welding").find((r) => r.kind === "wordsUnmet");
    expect(unmet).toMatchObject({ side: "you", words: expect.arrayContaining(["ros"]) });
    expect(costed.explain("welding", "warehouse").find((r) => r.kind === "wordsUnmet")).toMatchObject({
      side: "they",
    });
    for (const [locale, messages] of [
      ["en", en],
      ["ja", ja],
      ["vi", vi],
    ] as const) {
      const text = reasonWords(unmet!, locale, messages as unknown as ReasonMessages, (c) => c);
      expect(text).toContain("ros");
      expect(text).not.toMatch(/[{}]|wordsUnmet/);
    }
  });

  it("gains nothing where the need is not met: words shared with an unmet need score as saying nothing", () => {
    // A need of a capability the other does not offer, in words the other uses.
    const unmet = matchFirm({ id: "buyer", country: "JP", seeksText: "Payroll outsourcing for our AMR fleet staff" });
    const silent = matchFirm({ id: "buyer", country: "JP" });
    const withNeed = engineWith(concepts, unmet, amr, arms, ...others);
    const without = engineWith(concepts, silent, amr, arms, ...others);
    expect(pairScore(withNeed, "buyer", "amr")).toBeLessThanOrEqual(pairScore(without, "buyer", "amr") + 1e-12);
    expect(withNeed.explain("buyer", "amr").some((r) => r.kind === "sharedWords")).toBe(false);
  });

  it("counts a firm's words once however often it is saved, and no more once it is gone", () => {
    // One word in common (SLAM), under the full lift, so that its rarity shows.
    const slam = matchFirm({ id: "slam", country: "JP", seeksText: "Robotics partner for SLAM" });
    const again = engineWith(concepts, slam, amr, arms, ...others);
    const before = pairScore(again, "slam", "amr");
    again.upsert(amr);
    again.upsert(amr);
    expect(pairScore(again, "slam", "amr")).toBeCloseTo(before, 12);
    // A second firm using the same words makes them less rare: the lift shrinks.
    again.upsert({ ...amr, id: "amr2" });
    expect(pairScore(again, "slam", "amr")).toBeLessThan(before);
    again.remove("amr2");
    expect(pairScore(again, "slam", "amr")).toBeCloseTo(before, 12);
  });
});
