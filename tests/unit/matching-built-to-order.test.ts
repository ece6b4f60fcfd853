// A software house builds business systems to order: a small firm's need for a warehouse or production system is
// met in part by one that offers development, though the taxonomy files them in different trees; a package to
// implement (ERP) stays with its specialists.
import { describe, expect, it } from "vitest";
import { ConceptIndex, CREDIT } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const credit = (seek: string, offer: string) =>
  concepts.credit[concepts.capability(seek)! * concepts.size + concepts.capability(offer)!]!;

describe("business systems built to order", () => {
  it("development meets a business system sought in part, not a package to implement", () => {
    expect(credit("scm-logistics", "software-development")).toBeCloseTo(CREDIT.builtToOrder);
    expect(credit("mes", "offshore-dev")).toBeCloseTo(CREDIT.builtToOrder);
    expect(credit("erp", "software-development")).toBe(0);
    // The other way round nothing changes: a WMS vendor is no general software house.
    expect(credit("software-development", "scm-logistics")).toBe(0);
  });

  it("a software house ranks above an unrelated vendor for a warehouse system, and the explanation says why", () => {
    const e = engineWith(
      concepts,
      matchFirm({
        id: "shipper",
        country: "JP",
        seeksText: "A warehouse management system with barcode scanning to replace our Excel sheets",
      }),
      matchFirm({ id: "house", offersText: "Custom software development and web applications for Japanese clients" }),
      matchFirm({ id: "art", offersText: "2D illustration and game art for Japanese studios" }),
      matchFirm({ id: "sap", country: "JP", seeksText: "SAP S/4HANA implementation partner" }),
    );
    expect(pairScore(e, "shipper", "house")).toBeGreaterThan(pairScore(e, "shipper", "art") + 0.15);
    expect(e.explain("shipper", "house")).toContainEqual({
      kind: "builtToOrder",
      side: "they",
      capability: expect.any(String),
      sought: "scm-logistics",
    });
    expect(e.explain("house", "shipper").some((r) => r.kind === "builtToOrder" && r.side === "you")).toBe(true);
    expect(e.explain("shipper", "house").some((r) => r.kind === "nothingInCommon")).toBe(false);
    // An ERP package sought is not something a general house builds.
    expect(e.explain("sap", "house").some((r) => r.kind === "builtToOrder")).toBe(false);
  });

  it("says it in three languages", () => {
    const reason = { kind: "builtToOrder", side: "they", capability: "software-development", sought: "mes" } as const;
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      expect(reasonWords(reason, locale, all[locale], (c) => c)).not.toMatch(/[{}]|builtToOrder/);
    expect(reasonWords(reason, "ja", all.ja, (c) => c)).toContain("受託で構築できます");
  });
});
