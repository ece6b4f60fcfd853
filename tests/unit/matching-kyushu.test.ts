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

describe("a language said to be fine", () => {
  const { read } = fieldReader(concepts);
  it("is allowed in English as in Japanese ('English is fine', 英語でも可)", () => {
    expect(read("seeks", "English is fine; Japanese is not required").required.languagesAllowed).toEqual(["en"]);
    expect(read("seeks", "英語でも可").required.languagesAllowed).toEqual(["en"]);
    expect(read("seeks", "English is required").required.languagesAllowed ?? []).toEqual([]);
  });

  it("opens the organizer's language column to it", () => {
    const fabless = matchFirm({
      id: "fabless",
      country: "JP",
      partnerLanguages: ["ja"],
      seeksText:
        "An RTL verification team (SystemVerilog/UVM): minimum 5 engineers\nEnglish is fine; Japanese is not required",
    });
    const verification = matchFirm({
      id: "dv",
      country: "OTHER",
      englishSpeakers: 500,
      offersText: "Design verification (SystemVerilog/UVM), teams from 5 to 100 engineers; English",
    });
    const e = engineWith(concepts, fabless, verification);
    expect(e.score("fabless", "dv", { sameCountry: true })!.broken).toBe(false);
  });
});

describe("a denial ended by a semicolon", () => {
  const { read } = fieldReader(concepts);
  it("does not reach the on-site work after it", () => {
    const r = read("offers", "No office in Japan; engineers travel to Japan for on-site phases");
    expect(r.facts.onsiteJapan).toBe(true);
    expect(r.facts.noOnsite).toBe(false);
    expect(read("offers", "No on-site work in Japan; all development is offshore").facts.noOnsite).toBe(true);
  });
});
