import { describe, expect, it } from "vitest";
import { checkFirmCsv } from "@/lib/firms/csv/check-firm-csv";
import { FIRM_CSV_COLUMNS } from "@/lib/firms/csv/firm-csv-columns";
import { contactLocale, parseContactLanguage } from "@/lib/firms/contact-locale";
import { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { TAXONOMY } from "@/lib/taxonomy/taxonomy-data";

const tree = new TaxonomyTree(
  TAXONOMY.map((t) => ({
    id: t.code,
    code: t.code,
    kind: t.kind,
    parentId: t.parent ?? null,
    labelEn: t.labelEn,
    labelJa: t.labelJa,
    labelVi: t.labelVi,
  })),
);
const csv = (rows: Partial<Record<(typeof FIRM_CSV_COLUMNS)[number], string>>[]) =>
  [FIRM_CSV_COLUMNS.join(","), ...rows.map((r) => FIRM_CSV_COLUMNS.map((c) => r[c] ?? "").join(","))].join("\n");
const firm = (n: number, country: string, contact_language = "") => ({
  name_local: `Firm ${n}`,
  name_en: `Firm ${n} Co`,
  country,
  city: "Hanoi",
  employees: "50-249",
  description_en: "Software.",
  contact_name: "A Person",
  contact_email: `p${n}@firm${n}.example`,
  contact_language,
});

describe("an imported contact's language", () => {
  it("is the firm's country's unless the row names one", () => {
    expect(contactLocale("VN")).toBe("vi");
    expect(contactLocale("JP")).toBe("ja");
    expect(contactLocale("OTHER")).toBe("en");
    expect(contactLocale("JP", "vi")).toBe("vi");
    expect(contactLocale("VN", "en")).toBe("en");
    expect(contactLocale("VN", null)).toBe("vi");
  });

  it("reads codes and language names; empty leaves it to the country; two or unknown are refused", () => {
    expect(parseContactLanguage("")).toBeNull();
    expect(parseContactLanguage(undefined)).toBeNull();
    expect(parseContactLanguage(" JA ")).toBe("ja");
    expect(parseContactLanguage("Vietnamese")).toBe("vi");
    expect(parseContactLanguage("英語")).toBe("en");
    expect(parseContactLanguage("tiếng Việt")).toBe("vi");
    expect(parseContactLanguage("fr")).toBeUndefined();
    expect(parseContactLanguage("ja;vi")).toBeUndefined();
  });

  it("a row's contact_language overrides the country's, and a bad one is an error at its cell", () => {
    const { valid, issues } = checkFirmCsv(
      csv([firm(1, "JP", "vi"), firm(2, "VN"), firm(3, "VN", "klingon"), firm(4, "OTHER", "ja")]),
      tree,
    );
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, "contact_language", "errors.csv.unknownContactLanguage"],
    ]);
    expect(valid.map((v) => [v.profile.country, v.contactLocale])).toEqual([
      ["JP", "vi"],
      ["VN", null],
      ["OTHER", "ja"],
    ]);
    expect(valid.map((v) => contactLocale(v.profile.country, v.contactLocale))).toEqual(["vi", "vi", "ja"]);
  });
});
