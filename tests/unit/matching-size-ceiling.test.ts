// A ceiling on a partner's size said with the firm right after it ("100名以下の会社さんだと話が早いです",
// "100名以下の会社を希望します"): the largest partner wanted, a wish that lowers a larger one. Not when the count
// names clients the firm sells to (…の中小企業向け).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm, pairScore, readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const ceiling = (seeksText: string) => readOver(concepts, { country: "JP", seeksText }).required.maxEmployees ?? null;

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the largest partner wanted", () => {
  it("is read from a count with the firm after it", () => {
    expect(ceiling("当社も小さい会社なので、100名以下の会社さんだと話が早いです")).toBe(100);
    expect(ceiling("100名以下の会社を希望します")).toBe(100);
  });
  it("but not from a team, nor from the clients a product is for", () => {
    expect(ceiling("Flutterエンジニア5名以下のチームで始めたい")).toBeNull();
    expect(ceiling("100名以下の企業向けに販売できる代理店")).toBeNull();
  });
  it("ranks a large vendor below a small one for the same need", () => {
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      employeeBand: "B1_49",
      intents: ["capacity"],
      offersText: "iOS/Androidアプリの受託開発",
      seeksText: "Flutterで一緒に開発できるパートナーを探しています\n100名以下の会社さんだと話が早いです",
    });
    const vendor = { intents: ["clients" as const], japaneseSpeakers: 20, offersText: "Flutter app development" };
    const small = matchFirm({ id: "small", employeeBand: "B50_249", ...vendor });
    const large = matchFirm({ id: "large", employeeBand: "B1000_PLUS", ...vendor });
    const e = engineWith(concepts, buyer, small, large);
    expect(pairScore(e, "buyer", "large")).toBeLessThan(pairScore(e, "buyer", "small"));
  });
});
