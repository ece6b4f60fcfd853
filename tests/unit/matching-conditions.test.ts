// Conditions as firms write them: on-site work named in katakana, a certificate still being prepared, a need that
// asks nothing beside one that asks ISO 27001, and a statement about the firms the firm would serve.
import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { BASE_MATCH_FIRM, engineWith, matchFirm, pairScore, mentionsOver, readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const read = (over: Partial<typeof BASE_MATCH_FIRM>) => readOver(concepts, over);
const mentions = (over: Partial<typeof BASE_MATCH_FIRM>) => mentionsOver(concepts, over);

describe("on-site work asked in Japanese", () => {
  it("reads オンサイト in Japan as required, not on-site work wherever the partner is (現地)", () => {
    expect(
      read({ seeksText: "案件の立ち上げ時は3か月程度、横浜でのオンサイト作業が必須です" }).required.onsiteJapan,
    ).toBe(true);
    expect(
      read({ seeksText: "ベトナムでの販売パートナー\n現地での一次対応(オンサイト)をお願いできる企業を希望します" })
        .required.onsiteJapan,
    ).toBe(false);
  });

  it("breaks the pair with a vendor that sends no one to Japan, not with one that does", () => {
    const si = matchFirm({
      id: "si",
      country: "JP",
      seeksText:
        "Web系（PHP/Laravel）のオフショア開発、5名規模\n案件の立ち上げ時は3か月程度、横浜でのオンサイト作業が必須です",
    });
    const stays = matchFirm({
      id: "stays",
      offersText: "Labo PHP/Laravel từ 1 đến 5 kỹ sư",
      seeksText: "Chỉ làm offshore tại Việt Nam, không cử kỹ sư sang Nhật làm onsite",
    });
    const goes = matchFirm({
      id: "goes",
      offersText: "Labo PHP/Laravel từ 1 đến 5 kỹ sư\nCử kỹ sư sang Nhật làm onsite khi khách hàng cần",
    });
    const e = engineWith(concepts, si, stays, goes);
    expect(pairScore(e, "si", "stays")).toBeLessThan(0.5 * pairScore(e, "si", "goes"));
  });
});

describe("on-site work asked with no place named", () => {
  // A Thai moulder that wants the vendor on site at its plant, and a Japanese SI that wants it at its own office.
  const onSite =
    "Automated visual inspection for moulded parts on 6 lines\nThe vendor must commission on site in Chonburi";
  const vendor = matchFirm({
    id: "vendor",
    country: "VN",
    offersText: "AI visual inspection for production lines; our team flies in for commissioning",
  });

  it("is at the firm's own premises: Japan only for a firm in Japan", () => {
    const thai = matchFirm({ id: "thai", country: "OTHER", seeksText: onSite });
    const japanese = matchFirm({ id: "jp", country: "JP", seeksText: onSite });
    const e = engineWith(concepts, thai, japanese, vendor);
    expect(e.score("thai", "vendor", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("jp", "vendor", { sameCountry: true })!.broken).toBe(true);
  });

  it("is at the customers' of a Japanese firm that seeks its partners only abroad", () => {
    const maker = matchFirm({
      id: "maker",
      country: "JP",
      partnerPresence: ["VN", "TH"],
      offersText: "AMR units and fleet management software",
      seeksText:
        "System integrators in Vietnam and Thailand\nPartners should have engineers able to do on-site commissioning",
    });
    const integrator = matchFirm({
      id: "integrator",
      country: "OTHER",
      intents: ["distributors"],
      offersText: "WMS integration and 25 field engineers in Bangkok",
    });
    const e = engineWith(concepts, maker, integrator);
    expect(e.score("maker", "integrator", { sameCountry: true })!.broken).toBe(false);
  });

  it("still fails a partner that sends no one on site", () => {
    const thai = matchFirm({ id: "thai", country: "OTHER", seeksText: onSite });
    const remote = matchFirm({
      id: "remote",
      country: "VN",
      offersText: "AI visual inspection for production lines, delivered remotely",
      seeksText: "We work remotely only and do not send engineers on site",
    });
    const e = engineWith(concepts, thai, remote);
    expect(e.score("thai", "remote", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("a certificate the firm is still preparing", () => {
  it("is not held when the goal opens the next clause, whatever a column says", () => {
    const r = read({
      certifications: ["ISO27001"],
      texts: [
        "Chúng tôi đang xây dựng hệ thống quản lý an toàn thông tin theo ISO 27001, dự kiến được cấp chứng nhận vào cuối năm 2027.",
      ],
    });
    expect(r.facts.lacksCertifications).toContain("ISO27001");
    const held = read({ texts: ["Chúng tôi có chứng nhận ISO 27001, đội ngũ 120 kỹ sư AWS."] });
    expect(held.facts.lacksCertifications).not.toContain("ISO27001");
    // Another sentence's goal is about its own certificate.
    const other = read({ texts: ["Chúng tôi có ISO 27001. Dự kiến được cấp CMMI 3 vào năm 2027."] });
    expect(other.facts.lacksCertifications).not.toContain("ISO27001");
  });
});

describe("a need that asks nothing beside one that asks a certificate", () => {
  const bank = matchFirm({
    id: "bank",
    country: "OTHER",
    seeksText:
      "Backend and cloud team (about 15 engineers, Java and AWS) for core-banking integration; ISO 27001 is mandatory for any vendor touching production data\n" +
      "Flutter mobile team (4–6 engineers) for a banking app front-end built on mock data; no certification needed for this part",
  });
  const mobile = matchFirm({
    id: "mobile",
    offersText: "Dedicated mobile teams (5–15 engineers): Flutter, React Native, native iOS/Android",
  });
  const java = matchFirm({ id: "java", offersText: "Java Spring and AWS backend teams of 10–20 engineers for banks" });
  const e = engineWith(concepts, bank, mobile, java);

  it("binds the backend partner, not the Flutter team", () => {
    const fails = (b: string) =>
      e.explain("bank", b).some((r) => r.kind === "theyFail" && r.dealbreaker.kind === "certification");
    expect(fails("java")).toBe(true);
    expect(fails("mobile")).toBe(false);
    expect(pairScore(e, "bank", "mobile")).toBeGreaterThan(0.3);
  });

  it("reads the waiver as a need of its own, and no waiver where none is said", () => {
    const scopes = read({ seeksText: bank.seeksText }).required.scopes ?? [];
    expect(scopes.some((s) => s.caps.includes("mobile-apps") && s.certifications.length === 0)).toBe(true);
    const plain = read({ seeksText: "Flutter mobile team (4–6 engineers) for a banking app" }).required.scopes ?? [];
    expect(plain).toEqual([]);
  });
});

describe("a statement that opens with the firms it would serve", () => {
  it("reads their want as the firm's offer (Vietnamese)", () => {
    expect(
      mentions({ seeksText: "Phần mềm SaaS Nhật Bản muốn tìm đại lý phân phối cho khách hàng Nhật tại Việt Nam" }),
    ).toContain("offer:distribution");
    expect(mentions({ seeksText: "Tìm đại lý phân phối tại Việt Nam cho phần mềm của chúng tôi" })).toContain(
      "seek:distribution",
    );
  });

  it("keeps a product sought that merely names a need ('dự báo nhu cầu'), and the firm's own wants", () => {
    expect(mentions({ seeksText: "Giải pháp AI dự báo nhu cầu và đặt hàng tự động cho hàng tươi sống" })).not.toContain(
      "offer:ai-ml",
    );
    expect(mentions({ seeksText: "Công ty chúng tôi cần đại lý phân phối tại Nhật" })).toContain("seek:distribution");
    // Clients named by their need, opening a statement, want it of the firm (see matching-who-wants.test.ts).
    expect(mentions({ seeksText: "Công ty web, công ty IT nhỏ tại Nhật cần đội offshore" })).toContain(
      "offer:offshore-dev",
    );
  });
});

describe("a place in the organizer's column that the text never asks", () => {
  const tester = matchFirm({ id: "tester", offersText: "Kiểm thử phần mềm thủ công và tự động, đội 30 tester" });
  const offshore = (id: string, seeksText: string) =>
    matchFirm({
      id,
      partnerPresence: ["JP"],
      offersText: "Đội ODC dài hạn cho SIer Nhật: Java, .NET",
      seeksText,
    });
  const e = engineWith(
    concepts,
    tester,
    offshore(
      "elsewhere",
      "SIer Nhật cần đội ODC\nĐối tác kiểm thử độc lập tại Việt Nam cho các dự án web (5–8 tester)",
    ),
    offshore("silent", "SIer Nhật cần đội ODC\nĐối tác kiểm thử độc lập cho các dự án web (5–8 tester)"),
    offshore(
      "asked",
      "Đối tác kiểm thử độc lập cho các dự án web (5–8 tester)\nĐối tác bắt buộc phải có văn phòng tại Nhật",
    ),
  );
  const failsPresence = (a: string) =>
    e.explain(a, "tester").some((r) => r.kind === "theyFail" && r.dealbreaker.kind === "presence");
  const elsewhereSaid = (a: string) =>
    e.explain(a, "tester").some((r) => r.kind === "partnersElsewhere" && r.place === "JP");

  it("does not bind a partner the text seeks elsewhere", () => {
    expect(failsPresence("elsewhere")).toBe(false);
    expect(elsewhereSaid("elsewhere")).toBe(false);
  });

  it("costs the pair and says so when the text names no place; the text asking it breaks the pair", () => {
    expect(failsPresence("silent")).toBe(false);
    expect(elsewhereSaid("silent")).toBe(true);
    expect(pairScore(e, "silent", "tester")).toBeLessThan(0.8 * pairScore(e, "elsewhere", "tester"));
    expect(pairScore(e, "silent", "tester")).toBeGreaterThan(0.2);
    expect(failsPresence("asked")).toBe(true);
    expect(pairScore(e, "asked", "tester")).toBeLessThan(0.2);
  });
});

describe("a kind of firm the work is for", () => {
  it("is a client, not a trade offered: SIers, publishers", () => {
    expect(mentions({ offersText: "Offshore Java teams for Japanese SIers" })).not.toContain(
      "offer:system-integration",
    );
    expect(mentions({ offersText: "Đội ODC dài hạn cho các SIer Nhật Bản" })).not.toContain("offer:system-integration");
    expect(mentions({ offersText: "Phát triển game casual bằng Unity cho nhà phát hành" })).not.toContain(
      "offer:game-publishing",
    );
    // The firm that is one, and a trade the work is for, stay offered.
    expect(mentions({ offersText: "We are a system integrator for banks" })).toContain("offer:system-integration");
    expect(mentions({ offersText: "Development for mobile apps" })).toContain("offer:mobile-apps");
  });

  it("keeps two studios that both sell to publishers from meeting as publisher and studio", () => {
    const studio = (id: string) =>
      matchFirm({
        id,
        offersText: "Phát triển game casual bằng Unity (co-development) cho nhà phát hành",
        seeksText: "Nhà phát hành game Nhật, Hàn cần đội phát triển game casual",
      });
    const publisher = matchFirm({
      id: "publisher",
      country: "JP",
      offersText: "スマホ向けカジュアルゲームのパブリッシャー",
      seeksText: "Unityでカジュアルゲームを共同開発できるベトナムのスタジオ",
    });
    const e = engineWith(concepts, studio("a"), studio("b"), publisher);
    expect(pairScore(e, "a", "b")).toBeLessThan(pairScore(e, "a", "publisher"));
  });
});

describe("certifications in the organizer's column and in the text", () => {
  const bpo = (id: string, certifications: string[]) =>
    matchFirm({
      id,
      certifications,
      offersText: "Nhập liệu hóa đơn, chứng từ tiếng Nhật cho doanh nghiệp Nhật, 100.000 tờ/tháng",
    });
  const buyer = (id: string, seeksText: string) =>
    matchFirm({ id, country: "JP", requiredCertifications: ["PRIVACY_MARK"], seeksText });
  const e = engineWith(
    concepts,
    bpo("iso", ["ISO27001"]),
    bpo("none", []),
    buyer("other", "請求書・領収書の入力業務のオフショア委託\n委託先はISO 27001必須です"),
    buyer(
      "equal",
      "請求書・領収書の入力業務のオフショア委託\nISO 27001またはプライバシーマーク相当の管理体制があること",
    ),
    buyer("column", "請求書・領収書の入力業務のオフショア委託"),
  );
  const failsCert = (a: string, b: string) =>
    e.explain(a, b).some((r) => r.kind === "theyFail" && r.dealbreaker.kind === "certification");

  it("asks the text's certification, not the column's other one", () => {
    expect(failsCert("other", "iso")).toBe(false);
    expect(failsCert("other", "none")).toBe(true);
  });

  it("asks none of those the text accepts 'or equivalent', and the column's alone otherwise", () => {
    expect(failsCert("equal", "iso")).toBe(false);
    expect(failsCert("column", "iso")).toBe(true);
    expect(
      read({ seeksText: "ISO 27001 とプライバシーマーク（または同等）の両方が必要です" }).required
        .certificationsEquivalent,
    ).toEqual(["PRIVACY_MARK"]);
  });
});

describe("a partner for a need stated without requirements, meeting a little of one stated with them", () => {
  const buyer = matchFirm({
    id: "buyer",
    country: "JP",
    seeksText:
      "ハノイ現地法人のITヘルプデスクとネットワーク保守：ハノイでのオンサイト対応と日本語対応が必須。\n現地法人のセキュリティ診断（脆弱性診断）：報告書は英語でも可。",
  });
  const pentest = matchFirm({
    id: "pentest",
    englishSpeakers: 40,
    offersText:
      "Penetration testing and vulnerability assessment from Hanoi, reports in English\nManaged services (24/7 monitoring) of networks",
  });
  const helpdesk = matchFirm({
    id: "helpdesk",
    englishSpeakers: 40,
    offersText: "IT helpdesk and network maintenance in Hanoi, on site, in English and Vietnamese",
  });
  const e = engineWith(concepts, buyer, pentest, helpdesk);
  const failsLanguage = (b: string) =>
    e.explain("buyer", b).some((r) => r.kind === "theyFail" && r.dealbreaker.kind === "language");

  it("is not bound by the other need's Japanese; the helpdesk partner is", () => {
    expect(failsLanguage("pentest")).toBe(false);
    expect(pairScore(e, "buyer", "pentest")).toBeGreaterThan(0.5);
    expect(failsLanguage("helpdesk")).toBe(true);
    expect(pairScore(e, "buyer", "helpdesk")).toBeLessThan(0.2);
  });
});

describe("a partner also sought, in no trade named", () => {
  it("keeps its on-site work to itself: the offshore need beside it asks none", () => {
    const text =
      "観光アプリ、移住促進サイトなど非基幹の案件：オフショア可。\n東北で常駐できる国内の協力会社も募集しています。";
    expect(read({ country: "JP", seeksText: text }).required.onsiteSought).toBe(false);
    // Said as the firm's only need, the on-site work is asked.
    expect(read({ country: "JP", seeksText: "東北で常駐できる協力会社を募集しています。" }).required.onsiteSought).toBe(
      true,
    );
  });
});

describe("work the firm does not take in, said after what it does", () => {
  it("is a denied offer, whatever the brackets after it name", () => {
    const said = mentions({
      seeksText: "Chúng tôi chỉ làm dữ liệu AI, không nhận BPO văn phòng (nhập liệu chứng từ, chăm sóc khách hàng)",
    });
    expect(said).toContain("offer!:bpo");
    expect(said).not.toContain("seek!:bpo");
    // Not wanting to buy it stays a need refused.
    expect(mentions({ seeksText: "Không cần BPO văn phòng" })).not.toContain("offer!:bpo");
  });
});

describe("a small least size asked of a partner", () => {
  const buyer = matchFirm({
    id: "buyer",
    country: "JP",
    seeksText: "オフショア開発パートナー（ラボ型、10名以上、2年以上の継続）。",
  });
  const small = matchFirm({
    id: "small",
    employeeBand: "B50_249",
    offersText: "Đội lab-based 3–8 người (Ruby on Rails, PHP/Laravel) cho khách hàng Nhật, offshore",
  });
  const large = matchFirm({
    id: "large",
    employeeBand: "B50_249",
    offersText: "Đội lab-based 10–30 người (Ruby on Rails, PHP/Laravel) cho khách hàng Nhật, offshore",
  });
  const e = engineWith(concepts, buyer, small, large);

  it("is the team asked: a lab whose largest team is smaller costs the pair and says so", () => {
    expect(pairScore(e, "buyer", "small")).toBeLessThan(0.8 * pairScore(e, "buyer", "large"));
    expect(e.explain("buyer", "small")).toContainEqual({ kind: "teamTooLarge", side: "you", need: 10, maximum: 8 });
    expect(e.explain("buyer", "large").some((r) => r.kind === "teamTooLarge")).toBe(false);
  });
});
