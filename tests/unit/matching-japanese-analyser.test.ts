// The reader with the Japanese analyser (kuromoji) loaded, as the app and the match:pairs command run it: words
// and auxiliaries come from the analyser rather than from every character, which some rules depend on.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";

const concepts = new ConceptIndex(repositoryConcepts());
const read = (kind: "offers" | "seeks", text: string) => concepts.reader.read([{ kind, text }]);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the reader with the Japanese analyser", () => {
  it("a certification 'は問いません' (not asked) is no certification the firm lacks", () => {
    const r = read(
      "seeks",
      "【SAP】ABAP開発者を継続的に出せるパートナー。こちらはISMSは問いませんが、日本語の設計書を読める方が数名必要です",
    );
    expect(r.facts.lacksCertifications).toEqual([]);
    expect(read("offers", "ISMSは取得していません").facts.lacksCertifications).toEqual(["ISO27001"]);
  });

  it("the firm's own shop as the object of the work it seeks (自社ECをShopifyへ移行したい)", () => {
    const sought = read("seeks", "自社ECをmakeshopからShopifyへ移行したい（予算800万円前後）").mentions;
    expect(sought.some((m) => m.code === "ecommerce-platforms" && m.direction === "seek")).toBe(true);
  });
});
