// A small partner sought in so many words ("Tìm đối tác kiểm thử nhỏ trong nước", "a small agency") beside an
// organizer's column of a least size (100) says the column is of something else: a small testing house is not
// broken on it. Without those words the column holds.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

const tester = matchFirm({
  id: "tester",
  employeeBand: "B1_49",
  japaneseSpeakers: 10,
  bridgeEngineers: 3,
  intents: ["clients"],
  offersText: "Kiểm thử phần mềm, kiểm thử tự động",
});
const lab = (seeksText: string) =>
  matchFirm({
    id: "lab",
    employeeBand: "B1000_PLUS",
    minPartnerEmployees: 100,
    offersText: "ODC cho khách hàng Nhật",
    seeksText,
  });

describe("a least size in the column", () => {
  it("does not hold beside a small partner sought", () => {
    const e = engineWith(concepts, lab("Tìm đối tác kiểm thử nhỏ trong nước để thuê lại vào mùa cao điểm"), tester);
    expect(e.score("lab", "tester", { sameCountry: true })!.broken).toBe(false);
  });
  it("but holds otherwise", () => {
    const e = engineWith(concepts, lab("Tìm đối tác kiểm thử trong nước để thuê lại vào mùa cao điểm"), tester);
    expect(e.score("lab", "tester", { sameCountry: true })!.broken).toBe(true);
  });
});
