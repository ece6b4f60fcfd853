// Session 39: what CQ (Vietnam IT Day in Sendai: Tohoku's builders and surveyors beside Vietnamese BIM, CAD and
// point-cloud offices) showed the engine miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { firmsFromCsv } from "@/lib/matching/firms-from-csv";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { tooYoung } from "@/lib/matching/score";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { foundedIn, minAgeIn } from "@/lib/matching/text/founding";
import { loadJapanese } from "@/lib/matching/text/japanese";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
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

  it("waives only the certification the wish is said of", () => {
    const r = concepts.reader.read([{ kind: "seeks", text: "CMMI level 3 or higher, ISO 27001 is an advantage" }]);
    expect(r.required.certificationsWaived).toEqual(["ISO27001"]);
  });

  it("is no alternative to the next after a level's floor ('CMMI Level 3 or higher, ISO 27001')", () => {
    const r = concepts.reader.read([
      { kind: "seeks", text: "Requirements: CMMI Level 3 or higher, ISO 27001, at least 200 engineers" },
    ]);
    expect(r.required.certificationChoice).toEqual([]);
    expect(r.required.certifications.map((c) => c.cert)).toEqual(["CMMI", "ISO27001"]);
  });
});

describe("the least age asked of partners", () => {
  const year = new Date().getUTCFullYear();

  it("is read in the three languages, and is not experience or a firm's own age", () => {
    expect(minAgeIn("設立5年以上で、土木の3次元モデル作成の実績があること")).toBe(5);
    expect(minAgeIn("At least 3 years in business")).toBe(3);
    expect(minAgeIn("10+ years in business")).toBe(10);
    expect(minAgeIn("Đối tác thành lập trên 5 năm")).toBe(5);
    expect(minAgeIn("5 years of experience with Revit")).toBe(0);
    expect(minAgeIn("Kỹ sư có ít nhất 3 năm kinh nghiệm")).toBe(0);
    expect(foundedIn("Sông Hồng BIM thành lập năm 2012 tại Hà Nội")).toBe(2012);
    expect(foundedIn("1988年創業の仙台のSIerです")).toBe(1988);
    expect(foundedIn("Founded in 2022 by two engineers")).toBe(2022);
    expect(foundedIn("Revit modelling, 200 engineers")).toBe(0);
    // Review of session 39: the firm's own age, a branch's, clients served since, a year to come, other "years of".
    expect(minAgeIn("We have been in business for over 30 years.")).toBe(0);
    expect(minAgeIn("当社は創業30年以上の老舗です")).toBe(0);
    expect(minAgeIn("5+ years of business analysis experience")).toBe(0);
    expect(foundedIn("We have served Japanese clients since 2019")).toBe(0);
    expect(foundedIn("Our Hanoi branch was established in 2023")).toBe(0);
    expect(foundedIn(`Set up in ${year + 1}`)).toBe(0);
  });

  it("is a firm's whole years: one at the bound passes", () => {
    expect(tooYoung(5, year - 4, year)).toBe(true);
    expect(tooYoung(5, year - 5, year)).toBe(false);
    expect(tooYoung(0, year, year)).toBe(false);
    expect(tooYoung(5, 0, year)).toBe(false);
  });

  const builder = (seeksText: string) => matchFirm({ id: "builder", country: "JP", seeksText });
  const office = (id: string, yearFounded: number | null, offersText = "Civil 3D 3D modelling of roads and rivers") =>
    matchFirm({ id, yearFounded, offersText });
  const broken = (e: ReturnType<typeof engineWith>, id: string) =>
    e.score("builder", id, { sameCountry: false })!.broken;

  it("breaks a partner founded too recently, not an older one nor one that does not say", () => {
    const e = engineWith(
      concepts,
      builder("Civil 3Dによる道路・河川の3次元モデル作成の協力会社\n設立5年以上の企業様に限ります"),
      office("young", year - 2),
      office("old", year - 12),
      office("silent", null),
      office("told", null, "Civil 3D 3D modelling of roads and rivers. Founded in " + String(year - 1)),
    );
    expect(broken(e, "young")).toBe(true);
    expect(broken(e, "told")).toBe(true);
    expect(broken(e, "old")).toBe(false);
    expect(broken(e, "silent")).toBe(false);
    // …nor an investor, who is asked only what every counterpart is (score.ts, fails()).
    const fund = matchFirm({
      id: "fund",
      yearFounded: year - 1,
      intents: ["clients"],
      offersText: "Venture capital: we invest in construction-tech startups, seed to Series A",
    });
    const withFund = engineWith(concepts, builder("Civil 3Dの協力会社\n設立5年以上の企業様に限ります"), fund);
    const fundBroken = withFund.score("builder", "fund", { sameCountry: false })!.broken;
    expect(withFund.explain("builder", "fund").some((r) => r.kind === "tooYoung")).toBe(fundBroken);
    const why = e.explain("builder", "young").find((r) => r.kind === "tooYoung");
    expect(why).toMatchObject({ side: "they", minimum: 5, founded: year - 2 });
    expect(e.explain("young", "builder").find((r) => r.kind === "tooYoung")).toMatchObject({ side: "you" });
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      expect(reasonWords(why!, locale, all[locale], (c) => c)).toMatch(new RegExp(`5.*${year - 2}`));
  });

  it("binds only the need it is asked with, and a wish binds nothing", () => {
    const twoNeeds = engineWith(
      concepts,
      builder(
        "① 手書き帳票のAI-OCRによるデータ化\n② ベトナム向け契約者アプリ（Android/iOS）の開発：設立10年以上の開発会社であること",
      ),
      matchFirm({ id: "young", yearFounded: year - 3, offersText: "AI-OCR for Japanese handwritten forms" }),
    );
    expect(broken(twoNeeds, "young")).toBe(false);
    const wish = engineWith(
      concepts,
      builder("Civil 3Dによる道路の3次元モデル作成の協力会社。設立5年以上の会社を希望します"),
      office("young", year - 2),
    );
    expect(broken(wish, "young")).toBe(false);
  });

  it("is told by the import's year_founded column", () => {
    const csv = "ref,name_en,country,year_founded\r\nA,Alpha,VN,2019\r\nB,Beta,JP,\r\n";
    expect(firmsFromCsv(csv, []).firms.map((f) => f.yearFounded)).toEqual([2019, null]);
  });
});
