// Session 38: what CO (Vietnam IT Day in Fukuoka: Kyushu's makers, banks, ports and tourism beside Vietnamese
// firms that share their trade words) showed the reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the clients' goods", () => {
  it("are no clients: importers for them are sought", () => {
    expect(codes("seeks", "お取引先の食品・加工品の輸出先となる、ベトナムの輸入業者・バイヤー")).toEqual([
      "seek:distribution",
    ]);
    // Clients sought are still clients ("新規取引先の開拓" is no import).
    expect(codes("seeks", "ベトナムの新規取引先（日系製造業）の開拓を支援してほしい")).not.toContain(
      "seek:distribution",
    );
  });
});

describe("certifications the text names as alternatives", () => {
  const buyer = matchFirm({
    id: "tier1",
    country: "JP",
    requiredCertifications: ["ISO9001", "IATF16949"],
    seeksText: [
      "AUTOSAR（Classic Platform）での開発経験がある協力会社",
      "ISO 9001 または IATF 16949 を取得していること（必須）",
    ].join("\n"),
  });
  const vendor = (id: string, certs: string) =>
    matchFirm({
      id,
      country: "VN",
      offersText: `AUTOSAR Classic: BSW configuration, SW-C development\n${certs}`,
      seeksText: "Japanese automotive Tier-1 software companies",
    });

  it("are one of them, though the organizer's column lists them all", () => {
    const e = engineWith(
      concepts,
      buyer,
      vendor("iso9001", "ISO 9001:2015 certified"),
      vendor("none", "We hold no certification yet"),
    );
    expect(e.score("tier1", "iso9001", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("tier1", "none", { sameCountry: true })!.broken).toBe(true);
  });

  it("leave the column's lone certification asked where the text names no alternative", () => {
    const alone = matchFirm({
      ...buyer,
      id: "alone",
      seeksText: "AUTOSAR（Classic Platform）での開発経験がある協力会社",
    });
    const e = engineWith(concepts, alone, vendor("iso9001", "ISO 9001:2015 certified"));
    expect(e.score("alone", "iso9001", { sameCountry: true })!.broken).toBe(true);
  });
});
