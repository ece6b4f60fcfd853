// A partner sought to help the firm's own clients ("Local law firms that can help our clients enter Vietnam",
// 取引先のベトナム進出を手伝える現地の法律事務所): its trade is what the firm looks for, not what it sells to them. Clients
// who need the trade ("Japanese clients who need legal advice") still make it what the firm sells.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { mentionsOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const seeks = (seeksText: string) => mentionsOver(concepts, { country: "JP", seeksText });

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("a partner to help the firm's own clients", () => {
  it("is sought", () => {
    expect(seeks("Local law firms that can help our clients enter Vietnam")).toContain("seek:legal-advisory");
    expect(seeks("取引先のベトナム進出を手伝える現地の会計事務所・法律事務所（日本語対応）")).toContain(
      "seek:legal-advisory",
    );
  });
  it("but clients who need the trade make it the firm's own", () => {
    expect(seeks("Japanese clients who need legal advice")).toContain("offer:legal-advisory");
    expect(seeks("Japanese clients who need legal advice")).not.toContain("seek:legal-advisory");
  });
});
