import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { checkFirmCsv } from "@/lib/firms/csv/check-firm-csv";
import { FIRM_CSV_COLUMNS } from "@/lib/firms/csv/firm-csv-columns";
import { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { TAXONOMY } from "@/lib/taxonomy/taxonomy-data";

// The repository's taxonomy with ids = codes, as the database would hold it.
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
const header = FIRM_CSV_COLUMNS.join(",");
const line = (cells: Partial<Record<(typeof FIRM_CSV_COLUMNS)[number], string>>) =>
  FIRM_CSV_COLUMNS.map((c) => {
    const v = cells[c] ?? "";
    return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }).join(",");
const good = {
  name_local: "Công ty TNHH Phần mềm Hồ Tây",
  name_en: "Ho Tay Software Co., Ltd.",
  country: "VN",
  city: "Hanoi",
  employees: "50-249",
  website: "hotay-soft.vn",
  sectors: "finance;Logistics",
  offers: "core-banking;車載ソフトウェア（AUTOSAR）",
  markets: "Japan;ASEAN",
  certifications: "ISO/IEC 27001;CMMI 3",
  japanese_speakers: "12",
  description_vi: "Phát triển phần mềm ngân hàng lõi.",
  contact_name: "Lê Văn Tâm",
  contact_email: "tam@hotay-soft.vn",
};

const run = (text: string) => checkFirmCsv(text, tree);

describe("firm CSV validation", () => {
  it("accepts a good row, with codes or labels in any language", () => {
    const { valid, issues } = run(`\uFEFF${header}\n${line(good)}\n`);
    expect(issues).toEqual([]);
    expect(valid).toHaveLength(1);
    const p = valid[0]!.profile;
    expect(p.sectorIds).toEqual(["finance", "logistics"]);
    expect(p.offers.map((o) => o.nodeId)).toEqual(["core-banking", "automotive-software"]);
    expect(p.markets).toEqual(["JAPAN", "ASEAN"]);
    expect(p.certifications).toEqual(["ISO27001", "CMMI"]);
    expect(p.cmmiLevel).toBe(3);
    expect(p.website).toBe("https://hotay-soft.vn");
    expect(valid[0]!.domain).toBe("hotay-soft.vn");
  });

  it("reports every bad cell with its spreadsheet row and column", () => {
    const text = [
      header,
      line(good),
      line({ ...good, name_en: "Second Firm", website: "second.vn", country: "XX", employees: "lots" }),
      line({ ...good, name_en: "Third Firm", website: "third.vn", sectors: "space mining", contact_email: "nobody" }),
    ].join("\n");
    const { valid, issues } = run(text);
    expect(valid).toHaveLength(1);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, "employees", "errors.csv.badBand"],
      [3, "country", "errors.choice"],
      [4, "sectors", "errors.csv.unknownSector"],
      [4, "contact_email", "errors.email.invalid"],
    ]);
    expect(issues[2]!.params).toEqual({ value: "space mining" });
  });

  it("flags the same firm twice in one file", () => {
    const { issues } = run([header, line(good), line({ ...good, name_local: "Khác" })].join("\n"));
    expect(issues).toEqual([{ row: 3, column: "website", code: "errors.csv.duplicateInFile", params: { other: 2 } }]);
  });

  it("reads quoted newlines and commas inside cells", () => {
    const { valid } = run(`${header}\n${line({ ...good, description_en: 'Line one,\nline "two"' })}`);
    expect(valid[0]!.profile.descriptionEn).toBe('Line one,\nline "two"');
  });

  it("reports missing and unknown columns on row 1, and an empty file", () => {
    expect(run("name_en,colour\nX,blue").issues.map((i) => [i.row, i.code, i.params.column])).toEqual([
      [1, "errors.csv.missingColumn", "name_local"],
      [1, "errors.csv.missingColumn", "country"],
      [1, "errors.csv.missingColumn", "city"],
      [1, "errors.csv.missingColumn", "employees"],
      [1, "errors.csv.unknownColumn", "colour"],
    ]);
    expect(run(header).issues.map((i) => i.code)).toEqual(["errors.csv.empty"]);
  });

  it("the template in public/ imports cleanly", () => {
    const { valid, issues } = run(readFileSync("public/templates/firms-import-template.csv", "utf8"));
    expect(issues).toEqual([]);
    expect(valid.map((v) => v.profile.country)).toEqual(["VN", "JP"]);
    expect(valid.map((v) => v.contactLocale)).toEqual([null, "ja"]);
  });

  it("never throws, whatever is in the cells", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ maxLength: 40 }), {
            minLength: FIRM_CSV_COLUMNS.length,
            maxLength: FIRM_CSV_COLUMNS.length,
          }),
          { maxLength: 5 },
        ),
        (rows) => {
          const text = [header, ...rows.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))].join(
            "\n",
          );
          const { valid, issues } = run(text);
          return (
            valid.length + new Set(issues.map((i) => i.row)).size >= rows.length ||
            rows.length === 0 ||
            issues.length > 0
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
