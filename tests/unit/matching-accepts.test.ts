// What a partner must accept of the firm's own work ("Đối tác phải chấp nhận log được giám sát từ SOC đặt tại Việt
// Nam", "Partners must accept that monitoring is done from our SOC in Vietnam") names where the firm works, not where
// the partner must be; nor does a place ruled out ("日本国内のスタートアップは対象外"). "Đối tác phải có văn phòng tại Việt
// Nam" still asks it.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const placesAsked = (seeksText: string) => {
  const r = readOver(concepts, { seeksText }).required;
  return [...r.presence, ...(r.scopedPresence ?? []), ...(r.scopes ?? []).flatMap((s) => s.presence)];
};

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("a condition a partner must accept", () => {
  it("asks no place of the partner", () => {
    expect(placesAsked("Đối tác phải chấp nhận log được giám sát từ SOC đặt tại Việt Nam")).toEqual([]);
    expect(placesAsked("Partners must accept that monitoring is done from our SOC in Vietnam")).toEqual([]);
  });
  it("nor does a place ruled out (日本国内のスタートアップは対象外)", () => {
    expect(placesAsked("日本国内のスタートアップは対象外（海外に拠点がある企業のみ）")).toEqual([]);
  });
  it("but an office asked of the partner is asked", () => {
    expect(placesAsked("日本国内に拠点がある企業のみ")).toContain("JP");
    expect(placesAsked("Đối tác phải có văn phòng tại Việt Nam")).toContain("VN");
  });
});
