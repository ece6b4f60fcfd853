import { describe, expect, it } from "vitest";
import { normalizedFirmName, websiteDomain } from "@/lib/firms/csv/firm-identity";
import { findDuplicates } from "@/lib/firms/csv/find-duplicates";
import type { ValidRow } from "@/lib/firms/csv/validate-firm-rows";

describe("firm identity", () => {
  it("ignores legal forms, case, diacritics and punctuation", () => {
    expect(normalizedFirmName("Sao Viet Software JSC")).toBe(normalizedFirmName("SAO VIỆT SOFTWARE"));
    expect(normalizedFirmName("Công ty Cổ phần Phần mềm Sao Việt")).toBe("phanmemsaoviet");
    expect(normalizedFirmName("株式会社サクラシステムズ")).toBe("サクラシステムズ");
    expect(normalizedFirmName("Sakura Systems Co., Ltd.")).toBe("sakurasystems");
  });

  it("reduces a website to its domain", () => {
    expect(websiteDomain("https://www.sakura.co.jp/about?x=1")).toBe("sakura.co.jp");
    expect(websiteDomain("WWW.SaoViet.vn")).toBe("saoviet.vn");
    expect(websiteDomain("")).toBeNull();
    expect(websiteDomain("not a url at all")).toBeNull();
  });

  it("finds duplicates by domain first, then by name", () => {
    const row = (line: number, nameEn: string, domain: string | null) =>
      ({
        line,
        domain,
        normalizedName: normalizedFirmName(nameEn),
        profile: { nameEn, nameLocal: nameEn },
      }) as unknown as ValidRow;
    const existing = [
      {
        id: "a",
        nameEn: "Sakura Systems Co., Ltd.",
        nameLocal: "株式会社サクラシステムズ",
        website: "https://www.sakura.co.jp",
      },
      { id: "b", nameEn: "Sao Viet Software JSC", nameLocal: "Công ty Cổ phần Phần mềm Sao Việt", website: null },
    ];
    const found = findDuplicates(
      [
        row(2, "Completely Different KK", "sakura.co.jp"),
        row(3, "SAO VIET SOFTWARE", null),
        row(4, "New Firm", "new.vn"),
      ],
      existing,
    );
    expect(found).toEqual([
      { row: 2, firmId: "a", firmName: "Sakura Systems Co., Ltd.", reason: "website" },
      { row: 3, firmId: "b", firmName: "Sao Viet Software JSC", reason: "name" },
    ]);
  });
});
