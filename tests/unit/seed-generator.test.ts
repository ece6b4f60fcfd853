import { describe, expect, it } from "vitest";
import { generateFirms } from "@/prisma/seed/generate-firms";
import { SECTORS } from "@/prisma/seed/reference-data";
import { searchNameOf } from "@/lib/firms/search-text";
import { TAXONOMY } from "@/lib/taxonomy/taxonomy-data";

describe("demo registry generator", () => {
  const firms = generateFirms(240, "test-seed");

  it("is deterministic for a seed", () => {
    expect(generateFirms(240, "test-seed")).toEqual(firms);
    expect(generateFirms(240, "other-seed")).not.toEqual(firms);
  });

  it("mixes Vietnamese and Japanese firms with unique English names", () => {
    const vn = firms.filter((f) => f.country === "VN").length;
    expect(vn).toBeGreaterThan(100);
    expect(firms.length - vn).toBeGreaterThan(80);
    expect(new Set(firms.map((f) => f.nameEn)).size).toBe(firms.length);
    expect(new Set(firms.map((f) => f.website)).size).toBe(firms.length);
  });

  it("covers every sector and writes descriptions in the firm's own language at least", () => {
    const used = new Set(firms.flatMap((f) => f.sectorCodes));
    expect([...used].sort()).toEqual(SECTORS.map((s) => s.code).sort());
    for (const f of firms) {
      expect(f.country === "VN" ? f.descriptionVi : f.descriptionJa).toBeTruthy();
      expect(f.searchName).toBe(searchNameOf(f));
      expect(f.offers.length + f.seeks.length).toBeGreaterThan(1);
    }
    expect(firms.filter((f) => f.descriptionEn && f.descriptionJa && f.descriptionVi).length).toBeGreaterThan(
      firms.length * 0.6,
    );
  });

  it("uses only codes that exist in the taxonomy", () => {
    const codes = new Set(TAXONOMY.map((t) => t.code));
    for (const f of firms)
      for (const c of [...f.sectorCodes, ...f.offers.map((o) => o.code), ...f.seeks.map((o) => o.code)])
        expect(codes.has(c), c).toBe(true);
  });

  it("has firms awaiting review and rejected ones, as a real registry does", () => {
    expect(firms.some((f) => f.status === "PENDING")).toBe(true);
    expect(firms.filter((f) => f.status === "APPROVED").length).toBeGreaterThan(firms.length * 0.8);
  });

  it("scales to the benchmark registry", { timeout: 60_000 }, () => {
    const big = generateFirms(10_000, "bench");
    expect(new Set(big.map((f) => f.nameEn)).size).toBe(10_000);
  });
});
