// Session 38: what CK (Japan ICT Day in Ho Chi Minh City: size, scale and conditions stated in passing) showed the
// reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("consumer goods", () => {
  it("are what a cosmetics maker sells and what a retail chain looks for", () => {
    expect(codes("offers", "敏感肌向けスキンケア（化粧水・乳液・日焼け止め）約40品目")).toContain(
      "offer:consumer-products",
    );
    expect(codes("seeks", "ベトナム店舗で扱う日本の化粧品・日用品ブランド")).toContain("seek:consumer-products");
    expect(codes("offers", "Sản xuất mỹ phẩm thiên nhiên từ nguyên liệu Việt Nam")).toContain(
      "offer:consumer-products",
    );
  });

  it("are not offered by a firm that builds shops for their makers", () => {
    expect(codes("offers", "We build e-commerce sites for cosmetics brands")).not.toContain("offer:consumer-products");
    expect(codes("offers", "Xây dựng website bán hàng cho các thương hiệu mỹ phẩm")).not.toContain(
      "offer:consumer-products",
    );
    expect(codes("offers", "We build e-commerce sites for food manufacturers")).not.toContain("offer:food-products");
    expect(codes("offers", "We build e-commerce sites for cosmetics brands")).toContain("offer:ecommerce-platforms");
  });

  it("bring the maker and the chain together, whatever the chain asks of its POS developers", () => {
    const chain = matchFirm({
      id: "chain",
      country: "JP",
      employeeBand: "B1000_PLUS",
      partnerPresence: ["VN"],
      offersText: "ホーチミン市での店舗網（2025年開業、3年で20店舗予定）",
      seeksText: [
        "ベトナム店舗用のPOSシステムの開発・導入。ホーチミン市内に拠点があり、開発メンバーが当社現地事務所に常駐できることが条件です",
        "ベトナム店舗で扱う日本の化粧品・日用品ブランド",
      ].join("\n"),
    });
    const maker = matchFirm({
      id: "maker",
      country: "JP",
      city: "Osaka",
      employeeBand: "B50_249",
      offersText: "敏感肌向けスキンケア（化粧水・乳液・日焼け止め）約40品目",
      seeksText: "ベトナムでの販売パートナー（EC・小売）",
    });
    const pos = matchFirm({
      id: "pos",
      country: "JP",
      city: "Tokyo",
      employeeBand: "B250_999",
      offersText: "小売向けPOSシステムの開発・導入",
    });
    const engine = engineWith(concepts, chain, maker, pos);
    expect(engine.score("chain", "maker", { sameCountry: true })!.broken).toBe(false);
    // The POS developer with no one in Vietnam still fails the chain's condition.
    expect(engine.score("chain", "pos", { sameCountry: true })!.broken).toBe(true);
  });
});
