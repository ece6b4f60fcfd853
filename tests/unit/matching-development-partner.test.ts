// Session 42: a development partner sought with no trade named ("ベトナムの開発パートナー（日本語ができるエンジニア
// 3〜5名）", "A Vietnamese development partner with Japanese-speaking engineers") read as nothing, so a Japanese SaaS
// maker looking for one met no offshore house (BS, BV).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("a development partner named alone", () => {
  it("is software development sought, in Japanese and English", () => {
    for (const text of [
      "ベトナムの開発パートナー（日本語ができるエンジニア3〜5名）",
      "A Vietnamese development partner with Japanese-speaking engineers",
      "開発委託先を探しています",
    ])
      expect(codes("seeks", text), text).toEqual(["seek:software-development"]);
  });

  it("is not when a trade is named, refused, aid's partners, or said of what the firm offers", () => {
    expect(codes("seeks", "Flutter development partner")).not.toContain("seek:software-development");
    expect(codes("seeks", "装置組込みソフトの開発委託先")).not.toContain("seek:software-development");
    for (const text of [
      "開発パートナーは募集していません",
      "We are not looking for development partners",
      // Form answers the reader reads as subcontractors wanted.
      "開発パートナー：不要",
      "Development partner: not required",
      "Development partners such as JICA and ADB",
      "Development partners such as UNDP, USAID, KOICA and GIZ",
      // The firm as the partner, or its clients that need one.
      "開発パートナーを探している日本企業様",
      "Japanese companies looking for a reliable development partner in Vietnam",
      "We want to become the long-term development partner of Japanese companies",
      // Development of something else.
      "Market development partners in Japan",
      "人材開発パートナー",
    ])
      expect(codes("seeks", text), text).toEqual([]);
    // A language not needed, said after the partner, is no refusal of it.
    expect(codes("seeks", "ベトナムの開発パートナー（Web・モバイル）：日本語不要（当社PMが英語でブリッジ）")).toContain(
      "seek:software-development",
    );
    expect(codes("offers", "The development partner of Japanese SaaS makers")).not.toContain(
      "seek:software-development",
    );
  });
});
