// What a firm says it lacks in-house, where it looks for partners ("We do not run a NOC and want a partner for it",
// "Chúng tôi chưa có đội mobile, cần đối tác", 社内にモバイルの開発チームがありません): what it looks for, not work it
// refuses. A refusal ("We do not do mobile apps") and a need it says it has not ("chưa có nhu cầu") stay what they were.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { mentionsOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const seeks = (seeksText: string) => mentionsOver(concepts, { country: "VN", seeksText });

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("a lack where the firm looks for partners", () => {
  it("is sought, in three languages", () => {
    expect(seeks("We do not run a NOC and want a partner for it")).toContain("seek:managed-services");
    expect(seeks("We have no in-house mobile team, so we need a partner")).toContain("seek:mobile-apps");
    expect(seeks("Chúng tôi chưa có đội mobile, cần đối tác")).toContain("seek:mobile-apps");
    expect(seeks("Chung toi chua co doi mobile, can doi tac")).toContain("seek:mobile-apps");
    expect(seeks("社内にモバイルの開発チームがありません。パートナーを探しています")).toContain("seek:mobile-apps");
  });
  it("but a refusal stays a refusal, and a lack with no partner sought is not a need", () => {
    expect(seeks("We do not do mobile apps")).toContain("offer!:mobile-apps");
    expect(seeks("We do not do mobile apps")).not.toContain("seek:mobile-apps");
    expect(seeks("We do not run a NOC")).not.toContain("seek:managed-services");
    expect(seeks("Hiện chưa có nhu cầu tìm đối tác mobile")).not.toContain("seek:mobile-apps");
  });
});
