import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foldForSearch } from "@/lib/text/normalize";

describe("foldForSearch", () => {
  it("strips Vietnamese diacritics and lower-cases", () => {
    expect(foldForSearch("Công ty Phần Mềm Đông Á")).toBe("cong ty phan mem dong a");
  });

  it("keeps Japanese voiced marks", () => {
    expect(foldForSearch("株式会社ガイア・デジタル")).toBe("株式会社ガイア・デジタル");
    expect(foldForSearch("ﾃﾞｼﾞﾀﾙ")).toBe("デジタル");
  });

  it("folds full-width Latin", () => {
    expect(foldForSearch("ＡＩ　Ｌａｂｓ")).toBe("ai labs");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)),
    );
  });
});
