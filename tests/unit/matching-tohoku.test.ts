// Session 39: what CQ (Vietnam IT Day in Sendai: Tohoku's builders and surveyors beside Vietnamese BIM, CAD and
// point-cloud offices) showed the engine miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("a head count the text states above the firm's band", () => {
  const owner = matchFirm({
    id: "owner",
    country: "JP",
    minPartnerEmployees: 50,
    seeksText:
      "空調・エレベーターの稼働データを遠隔監視するIoTシステムの開発パートナー。従業員50名以上の会社であること",
  });
  const iot = (over: Parameters<typeof matchFirm>[0]) =>
    matchFirm({
      offersText:
        "Hệ thống giám sát tòa nhà trên nền IoT: điều hòa, thang máy, cảnh báo trên cloud\nHơn 80 kỹ sư phần mềm và phần cứng",
      ...over,
    });

  it("is the firm's size: the band is the registrant's rough pick", () => {
    const e = engineWith(concepts, owner, iot({ id: "iot", employeeBand: "B1_49" }));
    expect(e.score("owner", "iot", { sameCountry: false })!.broken).toBe(false);
  });

  it("does not override an exact head count in the column, nor lift a band it fits in", () => {
    const e = engineWith(
      concepts,
      owner,
      iot({ id: "exact", employeeBand: "B1_49", employees: 30 }),
      matchFirm({ id: "small", employeeBand: "B1_49", offersText: "IoT giám sát tòa nhà, 20 kỹ sư" }),
    );
    expect(e.score("owner", "exact", { sameCountry: false })!.broken).toBe(true);
    expect(e.score("owner", "small", { sameCountry: false })!.broken).toBe(true);
  });
});

describe("a certification in the column that the text makes a wish or one of several", () => {
  const buyer = (seeksText: string, requiredCertifications: string[]) =>
    matchFirm({ id: "buyer", country: "JP", requiredCertifications, seeksText });
  const vendor = (id: string, certifications: string[]) =>
    matchFirm({ id, certifications, offersText: "GIS digitizing: paper sewer maps to ArcGIS / QGIS layers, 90 staff" });
  const broken = (b: ReturnType<typeof buyer>, v: ReturnType<typeof vendor>) =>
    engineWith(concepts, b, v).score("buyer", v.id, { sameCountry: false })!.broken;

  it("is not asked when the text says it is preferred, not mandatory", () => {
    const wish = buyer(
      "GIS digitizing partner for paper sewer maps\nISO 27001 is preferred but not mandatory (we audit you ourselves)",
      ["ISO27001"],
    );
    expect(broken(wish, vendor("none", []))).toBe(false);
    const must = buyer("GIS digitizing partner for paper sewer maps\nISO 27001 is required", ["ISO27001"]);
    expect(broken(must, vendor("none", []))).toBe(true);
  });

  it("is asked as one of the alternatives the text names, not each", () => {
    const either = buyer(
      "GIS digitizing partner for paper sewer maps\n自治体データのため ISO 27001 or プライバシーマーク is required (どちらか一方で可)",
      ["ISO27001", "PRIVACY_MARK"],
    );
    expect(broken(either, vendor("isms", ["ISO27001"]))).toBe(false);
    expect(broken(either, vendor("none", []))).toBe(true);
  });

  it("is no alternative to the next after a level's floor ('CMMI Level 3 or higher, ISO 27001')", () => {
    const r = concepts.reader.read([
      { kind: "seeks", text: "Requirements: CMMI Level 3 or higher, ISO 27001, at least 200 engineers" },
    ]);
    expect(r.required.certificationChoice).toEqual([]);
    expect(r.required.certifications.map((c) => c.cert)).toEqual(["CMMI", "ISO27001"]);
  });
});
