import { describe, expect, it } from "vitest";
import { descriptionForReader } from "@/lib/firms/description-for-reader";

describe("description for a reader", () => {
  const all = { descriptionEn: "English", descriptionJa: "日本語", descriptionVi: "Tiếng Việt" };

  it("uses the reader's language when written", () => {
    expect(descriptionForReader(all, "ja")).toEqual({ text: "日本語", language: "ja" });
    expect(descriptionForReader(all, "vi")).toEqual({ text: "Tiếng Việt", language: "vi" });
  });

  it("falls back to English, then the other language, and says which", () => {
    expect(
      descriptionForReader({ descriptionEn: "English", descriptionJa: null, descriptionVi: "Tiếng Việt" }, "ja"),
    ).toEqual({ text: "English", language: "en" });
    expect(descriptionForReader({ descriptionEn: null, descriptionJa: "日本語", descriptionVi: null }, "vi")).toEqual({
      text: "日本語",
      language: "ja",
    });
    expect(descriptionForReader({ descriptionEn: "  ", descriptionJa: null, descriptionVi: null }, "en")).toBeNull();
  });
});
