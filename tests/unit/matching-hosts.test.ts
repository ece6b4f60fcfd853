// A city, a province or an industrial park that meets a firm's need for a place to set up in is a host, not a
// supplier: what the firm asks of suppliers (a least size, certifications) does not break the pair. A supplier
// meeting its work need is still held to them.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import type { MatchFirm } from "@/lib/matching/types";
import { engineWith, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

const mover = matchFirm({
  id: "mover",
  country: "JP",
  employeeBand: "B1000_PLUS",
  minPartnerEmployees: 300,
  requiredCertifications: ["ISO27001"],
  offersText: "製造業向け生産管理システムの開発",
  seeksText: "ベトナムでの開発拠点の開設場所（オフィス、優遇制度）\nJavaのオフショア開発パートナー",
});
const province = matchFirm({
  id: "province",
  employeeBand: "B1_49",
  offersText: "Hỗ trợ mở văn phòng, ưu đãi thuê văn phòng cho doanh nghiệp CNTT Nhật Bản tại Quy Nhơn",
});
const smallVendor = matchFirm({
  id: "vendor",
  employeeBand: "B1_49",
  intents: ["clients"],
  offersText: "Java offshore development for Japanese clients",
});

describe("a host of a firm's new base", () => {
  it("is not held to the size and certifications the firm asks of suppliers", () => {
    const e = engineWith(concepts, mover, province);
    expect(e.score("mover", "province", { sameCountry: true })!.broken).toBe(false);
    expect(e.explain("mover", "province").some((r) => r.kind === "theyFail")).toBe(false);
  });

  it("…while a supplier meeting its work need is", () => {
    const e = engineWith(concepts, mover, smallVendor);
    expect(e.score("mover", "vendor", { sameCountry: true })!.broken).toBe(true);
    expect(e.explain("mover", "vendor").some((r) => r.kind === "theyFail")).toBe(true);
  });
});

describe("English of a Japanese firm that says nothing of it", () => {
  const distributor = matchFirm({
    id: "distributor",
    partnerLanguages: ["en"],
    englishSpeakers: 20,
    employeeBand: "B50_249",
    seeksText: "Japanese manufacturers of industrial sensors looking for a distributor in Vietnam",
  });
  const maker = (id: string, employeeBand: MatchFirm["employeeBand"]) =>
    matchFirm({
      id,
      country: "JP",
      employeeBand,
      englishSpeakers: null,
      offersText: "産業用センサーの製造・販売",
      intents: ["distributors"],
    });

  it("a maker of 300 or more gets by in English", () => {
    const e = engineWith(concepts, distributor, maker("large", "B250_999"));
    expect(e.score("distributor", "large", { sameCountry: true })!.broken).toBe(false);
  });

  it("…a small one does not", () => {
    const e = engineWith(concepts, distributor, maker("small", "B1_49"));
    expect(e.score("distributor", "small", { sameCountry: true })!.broken).toBe(true);
  });
});
