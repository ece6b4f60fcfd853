import { describe, expect, it } from "vitest";
import { firmLabel, firmNameParts } from "@/lib/firms/firm-name";

const takumi = { nameLocal: "株式会社匠ラボ", nameEn: "Takumi Labs", nameJa: null, country: "JP" };
const rangDong = { nameLocal: "Công ty Cổ phần Rạng Đông", nameEn: "Rang Dong JSC", nameJa: "ランドン", country: "VN" };
const plain = { nameLocal: "Sao Viet", nameEn: "Sao Viet", country: "VN" };

describe("firm names in both scripts", () => {
  it("puts the name in the firm's own script first and the English name beside it", () => {
    expect(firmLabel(takumi, "vi")).toBe("株式会社匠ラボ (Takumi Labs)");
    expect(firmLabel(takumi, "en")).toBe("株式会社匠ラボ (Takumi Labs)");
    expect(firmLabel(rangDong, "en")).toBe("Công ty Cổ phần Rạng Đông (Rang Dong JSC)");
  });

  it("gives Japanese readers the firm's Japanese name when it has one, the English one otherwise", () => {
    expect(firmLabel(rangDong, "ja")).toBe("Công ty Cổ phần Rạng Đông (ランドン)");
    expect(firmLabel(takumi, "ja")).toBe("株式会社匠ラボ (Takumi Labs)");
    expect(firmNameParts(rangDong, "ja")).toMatchObject({ primaryLang: "vi", secondaryLang: "ja" });
  });

  it("does not repeat a name that is the same in both", () => {
    expect(firmLabel(plain, "ja")).toBe("Sao Viet");
    expect(firmNameParts(plain, "en").secondary).toBeNull();
  });
});
