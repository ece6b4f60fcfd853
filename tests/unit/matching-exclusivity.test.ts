// Session 50: distribution rights, exclusive only against non-exclusive only. A maker that signs non-exclusive
// reseller agreements only met a distributor that signs exclusive ones only as well as any other (DE, and seven
// older sets with the same condition); requirements said "for the bid" were dropped as one project's.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { exclusivityIn } from "@/lib/matching/text/exclusivity";
import { loadJapanese } from "@/lib/matching/text/japanese";
import type { Reason } from "@/lib/matching/types";
import { engineWith, expectToldInEveryLanguage, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the distribution agreements a firm signs", () => {
  it("are exclusive only where it says only, must or a condition", () => {
    for (const text of [
      "Chỉ ký hợp đồng phân phối độc quyền toàn lãnh thổ Việt Nam",
      "Yêu cầu quyền phân phối độc quyền khu vực miền Bắc",
      "Yeu cau doc quyen phan phoi khu vuc Mekong, hop dong toi thieu 3 nam",
      "Điều kiện: chúng tôi phải là nhà phân phối độc quyền tại Việt Nam tối thiểu 3 năm",
      "Chi nhan phan phoi doc quyen (exclusive)",
      "We only sign exclusive distribution agreements for Thailand",
      "Exclusive distribution for Thailand, minimum 3-year term — non-negotiable",
      "独占販売権の付与が条件です",
      "Exclusive distribution rights are required; we do not take non-exclusive deals",
      "Chỉ nhận phân phối độc quyền, không nhận hợp đồng không độc quyền",
      "独占販売契約が条件です（非独占契約はお受けできません）",
      "独占販売契約のみ可能です",
      "Chỉ chấp nhận hợp đồng phân phối độc quyền",
      "Exclusive distribution rights for Vietnam are a prerequisite",
    ])
      expect(exclusivityIn([text]), text).toBe("exclusive");
  });

  it("are non-exclusive only where it says so or refuses exclusive rights", () => {
    for (const text of [
      "We sign non-exclusive reseller agreements only; no exclusive territory rights",
      "ベトナム・タイでの販売代理店（非独占契約のみ。独占契約はお受けしていません）",
      "初年度の独占販売契約はお受けできません（2年目以降、実績に応じて協議）",
      "Resellers in Japan and Vietnam. Non-exclusive only in the first year; exclusivity can be discussed after",
      "Distributors in Vietnam (non-exclusive, minimum 1,000 units per year)",
      "Không cấp quyền độc quyền cho đại lý",
      "We do not offer exclusivity to our resellers",
      "独占契約はお断りしています（販売代理店）",
      "We don't grant exclusivity to distributors",
    ])
      expect(exclusivityIn([text]), text).toBe("nonExclusive");
  });

  it("are neither where it wishes, opens, accepts either, or names a contract it has", () => {
    for (const text of [
      "Software or SaaS products to add to our reseller line-up in Vietnam; non-exclusive is fine",
      "Muốn làm đại lý phân phối (độc quyền hoặc không độc quyền)",
      "Exclusive distribution rights preferred; we do not resell hardware",
      "北部・南部など地域ごとの独占契約も可",
      "ベトナムでの販売代理店（独占契約もご相談可）",
      "独占販売権を希望",
      "ベトナムでの販売は既存代理店と独占契約中のため、新規の代理店は募集していません",
      "Tìm sản phẩm phần mềm của Nhật để phân phối độc quyền tại Việt Nam",
      "đại lý tại Bangkok (chấp nhận độc quyền nếu đạt chỉ tiêu doanh số)",
      "Distributors in Japan and Thailand (exclusive per country is possible)",
      "exclusive or non-exclusive, both fine",
      "Looking for exclusive distributors in Vietnam and in Japan",
      "Offshore development for Japanese clients",
      // A review's: proprietary technology, rights already held, a dedicated team, licences, antitrust.
      "Chúng tôi sở hữu công nghệ độc quyền, chỉ tập trung vào khách hàng Nhật Bản",
      "Sản phẩm ERP với công nghệ độc quyền. Yêu cầu đối tác có kinh nghiệm 3 năm",
      "San pham doc quyen, chi cung cap cho doanh nghiep san xuat",
      "Là đại lý độc quyền của Canon, có chứng chỉ ISO 9001",
      "Cấp quyền phân phối độc quyền nếu đạt chỉ tiêu doanh số năm đầu",
      "Chúng tôi là nhà phân phối độc quyền của hãng POS Sapo tại miền Bắc, chỉ bán cho doanh nghiệp",
      "We are the exclusive distributor of Brand X in Vietnam. We only work with B2B clients.",
      "○○社の独占販売代理店であり、法人のお客様のみを対象としています",
      "We provide an exclusive ODC team dedicated only to your project",
      "Exclusive discount for event participants only",
      "SaaS provided under a non-exclusive, non-transferable license",
      "We grant a non-exclusive license to use the software",
      "We are not exclusive to any cloud vendor: AWS, Azure and GCP",
      "独占禁止法を遵守し、公正な取引のみを行います",
    ])
      expect(exclusivityIn([text]), text).toBeNull();
  });

  it("are neither when a firm says both", () => {
    expect(exclusivityIn(["We only sign exclusive agreements for Thailand\nNon-exclusive only in Vietnam"])).toBeNull();
  });
});

describe("exclusive only against non-exclusive only", () => {
  const maker = matchFirm({
    id: "maker",
    country: "JP",
    offersText: "Cloud POS and QR table-ordering SaaS for restaurants (Vietnamese UI available)",
    seeksText:
      "Resellers/distributors in Vietnam with restaurant or retail customers\nWe sign non-exclusive reseller agreements only; no exclusive territory rights",
    intents: ["distributors"],
  });
  const distributor = (id: string, terms: string) =>
    matchFirm({
      id,
      offersText: "Phân phối, bán lại phần mềm/SaaS nước ngoài tại Việt Nam cho nhà hàng, bán lẻ",
      seeksText: `Nhà sản xuất phần mềm Nhật Bản muốn vào thị trường Việt Nam\n${terms}`,
      intents: ["subcontractors"],
    });
  const exclusive = distributor("exclusive", "Chỉ ký hợp đồng phân phối độc quyền toàn lãnh thổ Việt Nam");
  const open = distributor("open", "Hợp đồng độc quyền hoặc không độc quyền đều được");

  it("parts the maker from the distributor that takes exclusive rights only, and says why", () => {
    const e = engineWith(concepts, maker, exclusive, open);
    expect(pairScore(e, "maker", "exclusive")).toBeLessThan(pairScore(e, "maker", "open") * 0.5);
    expect(e.explain("maker", "exclusive")).toContainEqual({ kind: "exclusivityClash", yours: "nonExclusive" });
    expect(e.explain("exclusive", "maker")).toContainEqual({ kind: "exclusivityClash", yours: "exclusive" });
    expect(e.explain("maker", "open").some((r) => r.kind === "exclusivityClash")).toBe(false);
  });

  it("does not part two distributors, who sign nothing together", () => {
    const other = matchFirm({
      id: "other",
      offersText: "Distribution of Japanese POS and SaaS products to restaurants in Vietnam",
      seeksText: "Japanese software makers\nWe sign non-exclusive reseller agreements only",
      intents: ["subcontractors"],
    });
    const e = engineWith(concepts, exclusive, other);
    expect(e.explain("exclusive", "other").some((r) => r.kind === "exclusivityClash")).toBe(false);
  });

  it("is told in every language", () => {
    expectToldInEveryLanguage(
      (["exclusive", "nonExclusive"] as const).map((yours) => ({ kind: "exclusivityClash", yours }) as Reason),
    );
  });
});

describe("requirements said for the bid named before", () => {
  const reader = () => concepts.reader;
  const read = (text: string) => reader().read([{ kind: "seeks", text }]).required;

  it("go with the bid's need, not with every partner", () => {
    const r = read(
      "Consortium partners in Vietnam for a smart-traffic bid in Da Nang: embedded/IoT firmware\nFor the bid, partners must hold ISO 9001 and have at least 100 employees\nSoftware or SaaS products to add to our reseller line-up in Vietnam",
    );
    expect(r.certifications).toEqual([]);
    expect(r.minEmployees ?? 0).toBe(0);
    expect(r.scopes).toContainEqual(
      expect.objectContaining({ caps: ["iot-firmware"], minEmployees: 100, certifications: [{ cert: "ISO9001" }] }),
    );
  });

  it("said last, go with the bid's statement, not every partner nor the needs before it (a review's)", () => {
    const r = read(
      "Software or SaaS products to add to our reseller line-up in Vietnam\nConsortium partners in Vietnam for a smart-traffic bid: IoT firmware\nFor the bid, partners must hold ISO 9001 and have at least 100 employees",
    );
    expect(r.certifications).toEqual([]);
    expect(r.scopes).toEqual([expect.objectContaining({ caps: ["iot-firmware"], minEmployees: 100 })]);
    const t = read(
      "Offshore QA testing partners\nConsortium partners for a hospital HIS tender in Hanoi\nFor the tender, partners must hold ISO 13485",
    );
    expect(t.certifications).toEqual([]);
    expect(t.scopes ?? []).toEqual([]);
  });

  it("are still dropped when said of a project no statement before named", () => {
    const r = read("For the bid, partners must hold ISO 9001 and have at least 100 employees");
    expect(r.certifications).toEqual([]);
    expect(r.scopes ?? []).toEqual([]);
    const s = read("Offshore Java development team\nFor hospital projects partners must hold ISO 27001");
    expect(s.certifications).toEqual([]);
  });

  it("bind a partner for the bid, and not a maker whose product the firm would resell", () => {
    const trader = matchFirm({
      id: "trader",
      country: "JP",
      employees: 400,
      offersText:
        "Prime contractor for ODA ICT infrastructure projects in Vietnam\nReselling business software and SaaS to Japanese-affiliated companies in Vietnam",
      seeksText:
        "Consortium partners in Vietnam for a smart-traffic bid in Da Nang: embedded/IoT firmware\nFor the bid, partners must hold ISO 9001 and have at least 100 employees\nSoftware or SaaS products (Japanese or ASEAN-made) to add to our reseller line-up in Vietnam",
      minPartnerEmployees: 100,
      requiredCertifications: ["ISO9001"],
    });
    const saas = matchFirm({
      id: "saas",
      country: "JP",
      employees: 40,
      offersText: "Attendance and payroll SaaS product for factories (Vietnamese UI)",
      seeksText: "Resellers in Vietnam to sell our SaaS",
      intents: ["distributors"],
    });
    const firmware = matchFirm({
      id: "firmware",
      employees: 40,
      offersText: "Embedded and IoT firmware for traffic sensors",
      seeksText: "Consortium partners for smart-city bids",
      intents: ["consortium"],
    });
    const e = engineWith(concepts, trader, saas, firmware);
    // The organizer's columns restate the bid's terms: they go with the bid too.
    expect(e.profile("trader")!.reqMinEmployees).toBe(0);
    expect(e.profile("trader")!.scoped).toHaveLength(1);
    expect(e.score("trader", "saas", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("trader", "firmware", { sameCountry: false })!.broken).toBe(true);
  });
});

describe("distributors sought in a country", () => {
  it("are sought from there in Vietnamese and Japanese, as in English", () => {
    const firms = [
      "Distributors in Japan to sell our ERP",
      "Đại lý phân phối tại Nhật để bán SV-ERP",
      "日本の販売代理店",
    ].map((seeksText, i) => matchFirm({ id: `f${i}`, seeksText }));
    const e = engineWith(concepts, ...firms);
    for (const f of firms)
      expect(
        Array.from(e.profile(f.id)!.seekFrom).every((from) => from !== 0),
        f.seeksText,
      ).toBe(true);
  });
});
