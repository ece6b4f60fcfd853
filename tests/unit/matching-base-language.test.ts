// A firm from elsewhere with a base in Vietnam has people there who work in Vietnamese: a Vietnamese vendor that works
// only in Vietnamese or English can serve it. A Japanese firm with no base there cannot.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

const vendor = matchFirm({
  id: "vendor",
  country: "VN",
  intents: ["clients"],
  partnerLanguages: ["vi", "en"],
  offersText: "Phần mềm kế toán VAS và hóa đơn điện tử cho doanh nghiệp FDI",
});
const need = "ベトナム子会社の会計システムの入替。ベトナム会計基準(VAS)と電子インボイスに対応していること";

describe("a Japanese firm", () => {
  it("with a subsidiary in Vietnam meets a vendor that works in Vietnamese or English", () => {
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      texts: ["プラスチック金型メーカー。2015年にビンズオン省に子会社を設立し、現地従業員は50名です。"],
      seeksText: need,
    });
    const e = engineWith(concepts, buyer, vendor);
    expect(e.profile("buyer")!.vi).toBeGreaterThanOrEqual(0.6);
    expect(e.score("buyer", "vendor", { sameCountry: true })!.broken).toBe(false);
  });
  it("with no base there does not", () => {
    const buyer = matchFirm({ id: "buyer", country: "JP", texts: ["プラスチック金型メーカーです。"], seeksText: need });
    const e = engineWith(concepts, buyer, vendor);
    expect(e.score("buyer", "vendor", { sameCountry: true })!.broken).toBe(true);
  });
});
