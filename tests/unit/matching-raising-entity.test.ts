// Session 43: a start-up raising money read as a fund ("chấp nhận nhà đầu tư có ghế quan sát HĐQT": its "có" read as
// an offer of investing), and its Singapore parent not read as a place it is in, so an investor asking a Singapore
// or Japanese holding company refused it (CX).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { read, codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("an investor named with what it has, in what a firm looks for", () => {
  it("is the investor sought, after another clause too", () => {
    for (const text of [
      "Gọi vốn Series A 2,5 triệu USD qua công ty mẹ Singapore; chấp nhận nhà đầu tư có ghế quan sát HĐQT",
      "nhà đầu tư có kinh nghiệm logistics",
    ]) {
      expect(codes("seeks", text), text).toContain("seek:venture-investment");
      expect(codes("seeks", text), text).not.toContain("offer:venture-investment");
    }
    expect(codes("seeks", "Nhà phân phối có mạng lưới đại lý tại Nhật")).toContain("seek:distribution");
  });

  it("is not when the firm says it of itself", () => {
    expect(codes("seeks", "Quỹ đầu tư chúng tôi có 50 triệu USD cho vòng seed")).toContain("offer:venture-investment");
  });
});

describe("the firm's own entity named in what it looks for", () => {
  it("is a place it is in", () => {
    for (const [text, place] of [
      ["Gọi vốn Series A 2,5 triệu USD qua công ty mẹ Singapore", "SG"],
      ["We raise through our Singapore holding company", "SG"],
      ["Series A, USD 2M, into our Singapore entity", "SG"],
      ["当社のシンガポール持株会社を通じてシリーズAを調達中", "SG"],
    ] as const)
      expect(read("seeks", text).facts.presence, text).toEqual([place]);
  });

  it("is not a partner's entity, which is asked of it", () => {
    expect(read("seeks", "Partners with an entity in Singapore").facts.presence).toEqual([]);
    const asked = read("seeks", "A Singapore holding company is required");
    expect(asked.facts.presence).toEqual([]);
    expect(asked.required.presence).toEqual(["SG"]);
    expect(read("seeks", "シンガポールまたは日本の持株会社があることが出資の条件です").required.presence).toEqual([
      "SG",
      "JP",
    ]);
  });
});
