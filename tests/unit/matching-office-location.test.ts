// Bases and the incentives to open one, said as a park or an office's rent ("Miễn tiền thuê văn phòng… khu CNTT tập
// trung", "a second delivery centre"): the office-location trade, which a city's IT park offers and a firm opening a
// base seeks. A firm's own offshore centre is not that trade.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { mentionsOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("bases and incentives", () => {
  it("are offered by an IT park and sought by a firm opening a centre", () => {
    expect(
      mentionsOver(concepts, {
        offersText: "Miễn tiền thuê văn phòng 2 năm đầu cho doanh nghiệp CNTT nước ngoài trong khu CNTT tập trung",
      }),
    ).toContain("offer:office-location");
    expect(
      mentionsOver(concepts, {
        country: "OTHER",
        seeksText: "A second delivery centre in central Vietnam, 50-100 engineers",
      }),
    ).toContain("seek:office-location");
  });
  it("but a firm's own offshore centre is not", () => {
    expect(mentionsOver(concepts, { offersText: "Trung tâm phát triển offshore 300 kỹ sư tại Đà Nẵng" })).not.toContain(
      "offer:office-location",
    );
  });
});
