// Bases and the incentives to open one, said as a park or an office's rent ("Miễn tiền thuê văn phòng… khu CNTT tập
// trung", "a second delivery centre"): the office-location trade, which a city's IT park offers and a firm opening a
// base seeks. A firm's own offshore centre is not that trade.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader, mentionsOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

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

// Session 42: the words promotion agencies and firms planning a base use ("free office space for … companies opening
// an office", "第2開発拠点の候補地と自治体の支援制度"). Read as nothing, the agency and the firm met on nothing (AO, AK, AP).
describe("an office location and its incentives", () => {
  it("is what a promotion agency offers, in English and Vietnamese", () => {
    for (const text of [
      "Subsidy and free office space for one year for Vietnamese IT companies opening an office in the region",
      "Văn phòng miễn phí 2 năm cho doanh nghiệp phần mềm",
      "Van phong mien phi 2 nam cho doanh nghiep phan mem",
    ])
      expect(codes("offers", text), text).toContain("offer:office-location");
  });

  it("is what a firm planning a base looks for", () => {
    for (const text of [
      "ベトナム地方都市での第2開発拠点（3年で100名規模）の候補地と自治体の支援制度",
      "We plan to open an office in a regional Japanese city",
      "Looking for a city to set up an office in, with support for foreign firms",
    ])
      expect(codes("seeks", text), text).toContain("seek:office-location");
  });

  it("not from a candidate or an office suite", () => {
    for (const text of [
      "オフショア開発の候補となる会社を探しています",
      "Office 365 migration for 300 users",
      "Microsoft Office add-in development",
      // A firm's own office, and words a reviewer found too wide: its own premises, a smoke-free office, the
      // country a distributor is sought in, a trial site.
      "Our 2,000 m2 office space in Da Nang hosts 300 engineers",
      "Smoke-free office with 24/7 security",
      "進出先の国で当社製品を販売していただける代理店",
      "スマート農業の実証実験の候補地となる農場を探しています",
    ]) {
      const read = [...codes("seeks", text), ...codes("offers", text)];
      expect(read, text).not.toContain("seek:office-location");
      expect(read, text).not.toContain("offer:office-location");
    }
  });
});
