// A word of skill before the people a firm looks for ("Certified Salesforce developers", "Experienced Java
// developers for our project") describes whom it wants; it is no offer. The firm's own words of skill ("We are
// certified AWS engineers", "Experienced in Java development for banks") still offer.
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

describe("skilled people sought", () => {
  it("are sought", () => {
    expect(seeks("Certified Salesforce developers on a white-label basis")).toEqual(["seek:crm"]);
    expect(seeks("Experienced Java developers for our project")).toContain("seek:software-development");
    expect(seeks("Certified AWS engineers")).toEqual(["seek:cloud"]);
  });
  it("but the firm's own skill still offers", () => {
    expect(seeks("We are certified AWS engineers")).toContain("offer:cloud");
    expect(seeks("Experienced in Java development for banks")).toContain("offer:software-development");
  });
});
