// Session 38: what CO (Vietnam IT Day in Fukuoka: Kyushu's makers, banks, ports and tourism beside Vietnamese
// firms that share their trade words) showed the reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

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
