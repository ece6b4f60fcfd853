import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { searchTerms } from "@/lib/firms/search-query";
import { searchTextOf } from "@/lib/firms/search-text";

const matches = (text: string, query: string) => searchTerms(query).every((t) => text.includes(t));

describe("search terms", () => {
  it("keeps a Japanese run whole so it matches inside longer words", () => {
    expect(searchTerms("自動車")).toEqual(["自動車"]);
    const text = searchTextOf({
      nameLocal: "株式会社サクラ",
      nameEn: "Sakura Co., Ltd.",
      city: "Nagoya",
      descriptionJa: "当社は自動車部品メーカーです。",
    });
    expect(matches(text, "自動車")).toBe(true);
    expect(matches(text, "部品")).toBe(true);
    expect(matches(text, "半導体")).toBe(false);
  });

  it("folds Vietnamese so diacritics are optional", () => {
    expect(searchTerms("Phần Mềm")).toEqual(["phan", "mem"]);
    const text = searchTextOf({
      nameLocal: "Công ty Cổ phần Phần mềm Sao Việt",
      nameEn: "Sao Viet Software JSC",
      city: "Hanoi",
    });
    expect(matches(text, "phan mem")).toBe(true);
    expect(matches(text, "phần mềm")).toBe(true);
    expect(matches(text, "Sao Việt")).toBe(true);
  });

  it("keeps names with hyphens and slashes, and quoted phrases", () => {
    expect(searchTerms("AI-OCR ISO/IEC")).toEqual(["ai-ocr", "iso/iec"]);
    expect(searchTerms('"cloud migration" ASEAN')).toEqual(["cloud migration", "asean"]);
  });

  it("splits on punctuation and drops empty terms and SQL wildcards", () => {
    expect(searchTerms("  ,;  ")).toEqual([]);
    expect(searchTerms("fintech, payments")).toEqual(["fintech", "payments"]);
    expect(searchTerms("50% off_")).toEqual(["50", "off"]);
  });

  it("caps the number of terms", () => {
    expect(searchTerms("a b c d e f g h i j k l")).toHaveLength(8);
  });

  it("never yields a term with the field separator, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const terms = searchTerms(q);
        return terms.length <= 8 && terms.every((t) => t.length > 0 && !t.includes("|") && t === t.trim());
      }),
    );
  });

  it("a query never matches across two fields", () => {
    const text = searchTextOf({ nameLocal: "Alpha", nameEn: "Alpha", city: "Beta" });
    expect(matches(text, '"alpha beta"')).toBe(false);
  });
});
