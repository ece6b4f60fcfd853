// A firm with its own interpreter ("có phiên dịch tiếng Nhật khi cần", 日本語通訳が同行します) works in that language
// through them: it is no need of interpreting, and a partner that asks the language is met. A firm that needs an
// interpreter ("Cần phiên dịch tiếng Nhật") still looks for one and does not work in the language.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const read = (seeksText: string) => readOver(concepts, { country: "VN", seeksText });

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("an interpreter of the firm's own", () => {
  it("makes the firm work in the language, and is no need", () => {
    const r = read("Giao tiếp bằng tiếng Việt hoặc tiếng Anh; có phiên dịch tiếng Nhật khi cần");
    expect(r.facts.languages).toContain("ja");
    expect(r.mentions.map((m) => m.code)).not.toContain("translation-localization");
    expect(read("日本語通訳が同行します").facts.languages).toContain("ja");
  });
  it("but an interpreter needed is sought, and no language of the firm", () => {
    const r = read("Cần phiên dịch tiếng Nhật");
    expect(r.facts.languages).not.toContain("ja");
    expect(r.mentions.map((m) => `${m.direction}:${m.code}`)).toContain("seek:translation-localization");
  });
});
