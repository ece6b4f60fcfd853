import { describe, expect, it } from "vitest";
import { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { TAXONOMY } from "@/lib/taxonomy/taxonomy-data";
import { checkFirmCsv } from "@/lib/firms/csv/check-firm-csv";
import { FIRM_CSV_COLUMNS } from "@/lib/firms/csv/firm-csv-columns";

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

const row = (cells: Record<string, string>) => {
  const base: Record<string, string> = {
    name_local: "Công ty Test",
    name_en: "Test JSC",
    country: "VN",
    city: "Hanoi",
    employees: "50-249",
    description_en: "A test firm.",
  };
  const all = { ...base, ...cells };
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return [FIRM_CSV_COLUMNS.join(","), FIRM_CSV_COLUMNS.map((c) => quote(all[c] ?? "")).join(",")].join("\n");
};

describe("the firm CSV's matching columns", () => {
  it("reads intents, firm type, partner languages, presence and size in plain words", () => {
    const { valid, issues } = checkFirmCsv(
      row({
        ref: "A-1",
        intents: "clients; capacity partners; 投資家",
        firm_type: "vendor",
        partner_languages: "Japanese;en",
        partner_presence: "TH; ASEAN; Japan",
        min_partner_employees: "1,000",
      }),
      tree,
    );
    expect(issues).toEqual([]);
    const p = valid[0]!.profile;
    expect(p.ref).toBe("A-1");
    expect(p.intents.sort()).toEqual(["CAPACITY", "CLIENTS", "INVESTORS"]);
    expect(p.firmType).toBe("VENDOR");
    expect(p.partnerLanguages.sort()).toEqual(["EN", "JA"]);
    expect(p.partnerPresence.sort()).toEqual(["ASEAN", "JP", "TH"]);
    expect(p.minPartnerEmployees).toBe(1000);
  });

  it("resolves offers by code, label or synonym, and keeps the rest as statements to read", () => {
    const { valid, issues } = checkFirmCsv(
      row({ offers: "automotive-software;HIL testing;gán nhãn dữ liệu;Tier-1 know-how", offers_text: "We build ECUs" }),
      tree,
    );
    expect(issues).toEqual([]);
    const p = valid[0]!.profile;
    expect(p.offers.map((o) => o.nodeId).sort()).toEqual([
      "automotive-software",
      "automotive-testing",
      "data-annotation",
    ]);
    expect(p.offersText).toBe("We build ECUs\nTier-1 know-how");
  });

  it("takes a head count for a band, and names unknown words in the new columns", () => {
    const { valid } = checkFirmCsv(row({ employees: "120" }), tree);
    expect(valid[0]!.profile.employeeBand).toBe("B50_249");
    const { issues } = checkFirmCsv(row({ intents: "friends", firm_type: "maybe", partner_presence: "Mars" }), tree);
    expect(issues.map((i) => i.code).sort()).toEqual([
      "errors.csv.unknownFirmType",
      "errors.csv.unknownIntent",
      "errors.csv.unknownPlace",
    ]);
  });
});
