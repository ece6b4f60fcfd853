import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { parseCertifications } from "@/lib/matching/text/structured";
import type { MatchFirm } from "@/lib/matching/types";
import { engineWith, matchFirm, pairScore } from "./match-firm";

// Session 14: a trade's own certifications, counters that are not people, the trade workers are placed in, and
// whom a thing is for.
const concepts = new ConceptIndex(repositoryConcepts());
const firm = matchFirm;
const engineOf = (...firms: MatchFirm[]) => engineWith(concepts, ...firms);
const read = (kind: "offers" | "seeks", text: string) => concepts.reader.read([{ kind, text }]);
const score = pairScore;
const codes = (kind: "offers" | "seeks", text: string) =>
  read(kind, text).mentions.map((m) => `${m.direction}${m.negated ? "!" : ""}:${m.code}`);

describe("a trade's own certifications", () => {
  it("reads automotive, medical, payment, translation and food certifications, held or asked", () => {
    const asked = read("seeks", "AUTOSAR BSW development partner; ASPICE Level 2 and ISO 26262 experience required");
    expect(asked.required.scopes?.[0]?.certifications.map((c) => c.cert)).toEqual(["ASPICE", "FUNCTIONAL_SAFETY"]);
    expect(
      read("seeks", "医療機器の開発パートナー（ISO 13485取得企業に限る）").required.scopes?.[0]?.certifications,
    ).toEqual([{ cert: "ISO13485" }]);
    expect(read("offers", "Shrimp processing plant, HACCP and BRCGS certified").facts.certifications).toEqual([
      { cert: "FOOD_SAFETY" },
    ]);
    // Only a goal: one certification named twice ("HACCP (ISO 22000)") is still one, and planned.
    expect(read("offers", "HACCP (ISO 22000) certification in progress, expected 2026").facts.certifications).toEqual(
      [],
    );
  });

  it("an import's column names them in any spelling", () => {
    expect(parseCertifications("IATF 16949; ISO13485:2016; PCI_DSS; HACCP; ISO27001").map((c) => c.cert)).toEqual([
      "IATF16949",
      "ISO13485",
      "PCI_DSS",
      "FOOD_SAFETY",
      "ISO27001",
    ]);
  });

  it("the standard also names the trade: PCI DSS is payments work as well as a certification", () => {
    expect(codes("seeks", "カード会員向けシステムの開発パートナー。PCI DSS準拠が必須です")).toContain("seek:payments");
  });

  it("a partner without the certification a need asks fails; one that holds it does not", () => {
    const e = engineOf(
      firm({ id: "tier1", country: "JP", seeksText: "ECU software partner for AUTOSAR; ISO 26262 is mandatory" }),
      firm({ id: "safe", offersText: "AUTOSAR Classic BSW and application software, ISO 26262 ASIL-D projects" }),
      firm({ id: "plain", offersText: "AUTOSAR Classic BSW and application software" }),
    );
    expect(e.score("tier1", "safe", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("tier1", "plain", { sameCountry: true })!.broken).toBe(true);
    expect(e.explain("tier1", "plain")).toContainEqual({
      kind: "theyFail",
      dealbreaker: { kind: "certification", certification: "FUNCTIONAL_SAFETY" },
    });
  });
});

describe("numbers that count something other than people", () => {
  it("年間300話規模 is episodes, not a team of 300; 50名規模 is people", () => {
    expect(read("seeks", "ベトナム語吹替の制作パートナー：年間300話規模で対応できること").required.scale).toBeNull();
    expect(read("seeks", "エンジニア50名規模のチームを組める開発パートナー").required.scale).toBe(50);
  });
});

describe("the trade workers are placed in", () => {
  it("is where they work, not what the agency sells", () => {
    const said = codes(
      "offers",
      "Phái cử lao động kỹ năng đặc định (tokutei gino): điều dưỡng, chế biến thực phẩm, nông nghiệp",
    );
    expect(said).toContain("offer:japan-placement");
    expect(said).not.toContain("offer:food-products");
    expect(said).not.toContain("offer:elderly-care");
    // Without placement the trade is the firm's own.
    expect(codes("offers", "Chế biến thực phẩm đông lạnh xuất khẩu sang Nhật")).toContain("offer:food-products");
  });

  it("正社員として採用したい hires people: it does not offer to be an employee", () => {
    // (Hiring as an employee is recruitment too, since session 50: both are sought.)
    const read = codes("seeks", "外国籍ITエンジニアを正社員として採用したい");
    expect(read).toContain("seek:japan-placement");
    expect(read.every((c) => c.startsWith("seek:"))).toBe(true);
  });
});

describe("whom a thing is for", () => {
  it("the trade of the firms a product is for is not the firm's own", () => {
    expect(codes("offers", "Module quan ly kho (WMS co ban) cho cong ty logistics")).not.toContain(
      "offer:logistics-services",
    );
    expect(codes("offers", "WMS for logistics companies")).not.toContain("offer:logistics-services");
    // A nationality is no trade: logistics for Japanese companies is logistics.
    expect(codes("offers", "Logistics services for Japanese companies")).toContain("offer:logistics-services");
  });

  it("reads subtitles, dubbing, promotion and resident services", () => {
    expect(codes("seeks", "ベトナム語字幕の制作パートナー（月200話程度）")).toContain("seek:subtitling");
    expect(codes("seeks", "ベトナムでのSNS・Zaloを使った販促パートナー")).toContain("seek:digital-marketing");
    expect(codes("seeks", "LINE公式アカウントを活用した住民サービスの構築・運用")).toContain("seek:e-government");
    expect(codes("offers", "Lồng tiếng phim, thu âm quảng cáo")).toContain("offer:video-production");
  });
});

describe("learning platforms are a stack", () => {
  it("a Canvas need is not met by a Moodle house, even when the buyer also names Moodle as left behind", () => {
    const e = engineOf(
      firm({
        id: "uni",
        country: "JP",
        seeksText:
          "Canvas LMSのLTI連携・カスタマイズを担当できる開発パートナー\n昨年MoodleからCanvasへの移行を終えたため、Moodle関連の案件は対象外です",
      }),
      firm({
        id: "moodle",
        offersText: "Moodle/Totara-based LMS, plugins and themes\nNo Canvas or Blackboard projects",
      }),
      firm({ id: "canvas", offersText: "Canvas LMS integrations (LTI), custom tools for universities" }),
    );
    expect(e.explain("uni", "moodle").map((r) => r.kind)).toContain("stackMismatch");
    expect(e.score("uni", "moodle", { sameCountry: true })!.score).toBeLessThan(
      e.score("uni", "canvas", { sameCountry: true })!.score,
    );
  });
});

describe("where a partner must be", () => {
  it("the place after 'an office and a crew' is where the office must be", () => {
    const asked = read("seeks", "Tìm đơn vị làm tour ảo 3D/360; bắt buộc có văn phòng và đội chụp tại TP.HCM");
    expect(asked.required.scopes?.[0]).toMatchObject({ presence: ["VN"], regions: ["VN-S"] });
  });

  it("provinces beyond the big cities have their region, so a Vinh firm fails a Ho Chi Minh City office", () => {
    const e = engineOf(
      firm({ id: "hcm", seeksText: "Tìm đơn vị làm tour ảo 3D/360; bắt buộc có văn phòng tại TP.HCM" }),
      firm({ id: "vinh", city: "Vinh", offersText: "Lam tour ao 360 / 3D walkthrough" }),
      firm({ id: "saigon", city: "Ho Chi Minh City", offersText: "Lam tour ao 360 / 3D walkthrough" }),
    );
    expect(e.score("hcm", "vinh", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("hcm", "saigon", { sameCountry: true })!.broken).toBe(false);
  });

  it("tourists a service is for are no travel agency", () => {
    expect(codes("seeks", "Tìm đối tác thanh toán QR cho khách du lịch đến Việt Nam")).not.toContain(
      "seek:travel-services",
    );
  });
});

describe("more of the trades' words", () => {
  it("reads night monitoring, insurance, sending organisations, QR acceptance and ultrasound", () => {
    expect(codes("seeks", "夜間・休日（24時間365日）のシステム監視・一次対応を委託できる海外パートナー")).toContain(
      "seek:managed-services",
    );
    // A surveillance camera is no operations service.
    expect(codes("seeks", "建設現場向けの安全監視AIカメラ")).not.toContain("seek:managed-services");
    expect(codes("offers", "Ban bao hiem vi mo qua app")).toContain("offer:insurtech");
    // Social insurance in a payroll service is no insurance business.
    expect(codes("offers", "Tính lương, bảo hiểm xã hội cho nhân viên")).not.toContain("offer:insurtech");
    expect(codes("offers", "VietQR / NAPAS QR acceptance for retail chains")).toContain("offer:payments");
    expect(codes("offers", "超音波診断装置、ポータブルエコー")).toContain("offer:medical-imaging");
  });
});

describe("gambling binds like a technology", () => {
  it("a studio that refuses casino work is no partner for slot art; one that takes it is", () => {
    const e = engineOf(
      firm({ id: "slots", country: "JP", seeksText: "2D slot art, symbols and animation outsourcing in Vietnam" }),
      firm({
        id: "clean",
        offersText: "2D game art and illustration\nWe do not take casino, gambling or adult projects",
      }),
      firm({ id: "any", offersText: "2D game art and illustration, slot and casino art welcome" }),
    );
    expect(e.explain("slots", "clean").map((r) => r.kind)).toContain("stackMismatch");
    expect(score(e, "slots", "clean")).toBeLessThan(score(e, "slots", "any") * 0.5);
  });
});

describe("a team asked for, beside a denial about something else", () => {
  it("React Nativeエンジニア3〜5名（Flutterへの移行は考えていません） asks for three to five engineers", () => {
    expect(read("seeks", "React Nativeエンジニア3〜5名（Flutterへの移行は考えていません）").required.scale).toBe(3);
  });
});

describe("trades a first reading missed", () => {
  it("reads legal process outsourcing, construction management software, farm management and validation", () => {
    expect(codes("seeks", "契約書レビューの外部委託")).toContain("seek:legal-bpo");
    expect(codes("offers", "Legal document review outsourcing")).toContain("offer:legal-bpo");
    expect(codes("offers", "Construction management software for contractors")).toContain(
      "offer:construction-software",
    );
    expect(codes("offers", "施工管理アプリの開発")).toContain("offer:construction-software");
    expect(codes("offers", "Phần mềm quản lý trang trại")).toContain("offer:smart-agriculture");
    expect(codes("offers", "GxP computer system validation for pharma")).toContain("offer:quality");
    expect(codes("offers", "Claims processing BPO for insurers")).toContain("offer:insurtech");
  });
});

describe("a product in a language", () => {
  it("a Japanese UI and manual meet a reseller's condition of Japanese", () => {
    expect(
      read("offers", "Chatbot SaaS; Japanese UI and Japanese user manual released in 2024").facts.languages,
    ).toContain("ja");
    // Japanese clients are no language.
    expect(read("offers", "We serve Japanese clients").facts.languages).not.toContain("ja");
  });
});

describe("seats are people", () => {
  it("コールセンターの委託先（50席以上） asks for at least 50 seats", () => {
    expect(
      read("seeks", "コールセンターの委託先（日本語ネイティブレベル、50席以上）").required.scopes?.[0]?.minEmployees,
    ).toBe(50);
  });
});

describe("a preference is a need", () => {
  it("'Ưu tiên nhà đầu tư…' in what a startup looks for seeks investors; it is no investor", () => {
    for (const text of [
      "Uu tien nha dau tu co kinh nghiem nganh bao hiem",
      "Ưu tiên nhà đầu tư có kinh nghiệm ngành bảo hiểm",
    ])
      expect(codes("seeks", text)).toContain("seek:venture-investment");
  });
});

describe("a two-word trade said with 'of', head first", () => {
  it("is the trade ('testing of games', 'management of inventory')", () => {
    expect(read("seeks", "Outsourced testing of games before launch").mentions.map((m) => m.code)).toContain(
      "game-testing",
    );
    expect(read("seeks", "Better management of inventory").mentions.map((m) => m.code)).toContain("scm-logistics");
  });

  it("but not with other words between ('testing of our new games')", () => {
    expect(read("seeks", "testing of our new games").mentions.map((m) => m.code)).not.toContain("game-testing");
  });
});

describe("words buyers use for a booking site, an e-invoice, a translation", () => {
  it("are those trades (予約サイトのリニューアル, 電子インボイス, ベトナム語化)", () => {
    const codes = (text: string) => read("seeks", text).mentions.map((m) => m.code);
    expect(codes("予約サイトのリニューアル(多言語・オンライン決済)")).toContain("booking-systems");
    expect(codes("電子インボイスに対応していること")).toContain("accounting-systems");
    expect(codes("介護記録ソフトのマニュアルのベトナム語化も検討中")).toContain("translation-localization");
  });
});

describe("TISAX, the German automotive industry's security assessment", () => {
  it("is a certification asked and held, and breaks a pair with a site without it", () => {
    const asked = read("seeks", "AUTOSAR partner: ASPICE L2 and a TISAX-assessed site are both required").required;
    const certs = [...asked.certifications, ...(asked.scopes ?? []).flatMap((x) => x.certifications)];
    expect(certs.map((c) => c.cert)).toEqual(["ASPICE", "TISAX"]);
    const buyer = firm({ id: "buyer", country: "JP", seeksText: "AUTOSAR offshore partner; TISAX is required" });
    const held = firm({ id: "held", offersText: "AUTOSAR BSW development, TISAX AL3 assessed site" });
    const none = firm({ id: "none", offersText: "AUTOSAR BSW development" });
    const e = engineOf(buyer, held, none);
    expect(e.score("buyer", "held", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("buyer", "none", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("session 29: words for training and bases", () => {
  it("reads learning Japanese, training materials and an incubation office", () => {
    expect(codes("seeks", "Kỹ sư, công ty IT Việt Nam cần học tiếng Nhật")).toContain(
      "offer:japanese-language-training",
    );
    expect(codes("seeks", "Chúng tôi muốn học tiếng Nhật")).toContain("seek:japanese-language-training");
    expect(codes("seeks", "外国人介護職員向けの研修教材（日本語・ベトナム語）")).toContain("seek:elearning-content");
    expect(codes("offers", "インキュベーションオフィスを最大1年無償提供")).toContain("offer:office-location");
  });
  it("but a firm's own training course is no need of materials", () => {
    expect(codes("offers", "Khóa học tiếng Nhật cho kỹ sư")).not.toContain("seek:elearning-content");
  });
});

describe("a negation in brackets", () => {
  it("does not reach past them (phòng bảo mật (không điện thoại, không USB), ISO 27001)", () => {
    const held = (text: string) => read("offers", text).facts;
    expect(held("Phòng làm việc bảo mật riêng (không điện thoại, không USB), ISO 27001").certifications).toEqual([
      { cert: "ISO27001" },
    ]);
    expect(held("Security room (no phones, no USB), ISO 27001").lacksCertifications).toEqual([]);
  });
  it("but one outside them still does (Chưa có ISO 27001)", () => {
    expect(read("offers", "Chưa có ISO 27001").facts.lacksCertifications).toEqual(["ISO27001"]);
  });
});

describe("a certification not needed", () => {
  it("is waived, not lacked (PCI DSS not needed for this one)", () => {
    const r = read("seeks", "ISO 27001 required, PCI DSS not needed for this one");
    expect(r.facts.lacksCertifications).toEqual([]);
    expect(r.required.certifications.map((c) => c.cert)).toEqual(["ISO27001"]);
  });
});

describe("the industry a need is for", () => {
  it("is no need of its own beside it (phần mềm ERP cho nhà máy thủy sản)", () => {
    const c = codes("seeks", "Cần phần mềm ERP cho nhà máy thủy sản; nhà cung cấp phải có kinh nghiệm ngành thủy sản");
    expect(c).toContain("seek:erp");
    expect(c).not.toContain("seek:food-products");
  });
  it("but seafood sought is sought (Tìm nhà nhập khẩu thủy sản; えび原料の調達先)", () => {
    expect(codes("seeks", "Tìm nhà nhập khẩu thủy sản Nhật Bản")).toContain("seek:food-products");
    expect(codes("seeks", "ベトナム産えび原料の調達先（HACCP認証のある工場に限ります）")).toContain(
      "seek:food-products",
    );
  });
});

describe("user support", () => {
  it("of a product's users is customer support (ユーザーサポート（電話・チャット）, hỗ trợ người dùng)", () => {
    expect(codes("seeks", "ベトナム語でのユーザーサポート（電話・チャット）の委託先")).toContain("seek:contact-center");
    expect(codes("offers", "Hỗ trợ người dùng ứng dụng qua tổng đài và chat")).toContain("offer:contact-center");
  });
  it("but an IT helpdesk is still the helpdesk", () => {
    expect(codes("seeks", "社内のITヘルプデスク（PCキッティング含む）の委託先")).toContain("seek:helpdesk");
  });
});

describe("mould flow analysis and contract manufacturing", () => {
  it("are read (Moldflow, 流動解析; 量産委託先（EMS）)", () => {
    expect(codes("seeks", "Can doi tac phan tich Moldflow cho khuon moi")).toContain("seek:cae-simulation");
    expect(codes("offers", "樹脂流動解析（Moldex3D）")).toContain("offer:cae-simulation");
    expect(codes("seeks", "量産委託先（EMS）：年間2,000台程度")).toContain("seek:electronics-manufacturing");
  });
  it("but an energy management system is not contract manufacturing", () => {
    expect(codes("seeks", "EMS (energy management system) for factories")).not.toContain(
      "seek:electronics-manufacturing",
    );
  });
});

describe("session 29 vocabulary", () => {
  it("reads confectionery, construction partners and journal entry", () => {
    expect(codes("seeks", "Nhà cung cấp bánh kẹo, đồ ăn vặt Nhật Bản để nhập khẩu trực tiếp")).toContain(
      "seek:food-products",
    );
    expect(codes("seeks", "現地建設パートナー（マレーシアで建設業登録のある会社）")).toContain(
      "seek:construction-contracting",
    );
    expect(codes("seeks", "領収書・請求書の仕訳入力を担当できる入力パートナー")).toContain("seek:accounting-bpo");
  });
  it("but not where the words are not there", () => {
    expect(codes("seeks", "Nhà cung cấp linh kiện điện tử")).not.toContain("seek:food-products");
  });
});

describe("field service and automatic answers", () => {
  it("are read, and work at the firm's clients' sites is sought (お客様先で…行っていただける現地サービスパートナー)", () => {
    const c = codes("seeks", "お客様先で、簡単な点検・部品交換を行っていただける現地サービスパートナー");
    expect(c).toContain("seek:local-delivery");
    expect(c).not.toContain("offer:local-delivery");
    expect(codes("seeks", "Cần cổng thông tin du lịch đa ngôn ngữ và trả lời câu hỏi tự động")).toContain("seek:nlp");
  });
  it("but clients who need field service make it the firm's trade", () => {
    expect(codes("seeks", "Japanese factories that need field service in Vietnam")).toContain("offer:local-delivery");
  });
});

describe("more words of the trade", () => {
  it("reads machined parts, 2D backgrounds, application support and EC marketing", () => {
    expect(codes("offers", "Machined and die-cast aluminium parts for Japanese OEMs")).toContain(
      "offer:precision-machining",
    );
    expect(codes("offers", "自動車内装・外装用の樹脂成形部品の製造")).toContain("offer:precision-machining");
    expect(codes("offers", "Ve background 2D theo thiet ke cua studio Nhat")).toContain("offer:game-art-2d");
    expect(codes("offers", "24/7 application support centre")).toContain("offer:managed-services");
    expect(codes("offers", "EC marketing and analytics")).toContain("offer:digital-marketing");
  });
  it("but not from words that are not there", () => {
    expect(codes("offers", "Aluminium trading and logistics")).not.toContain("offer:precision-machining");
  });
});

// Session 42: the people of a trade named for the trade ("診断員", "pentesters"): a Japanese security firm short of
// assessors looks for a pen-testing partner (AL).
describe("a trade's people", () => {
  it("reads security assessors as pen testing, not any diagnosis", () => {
    expect(codes("seeks", "診断員の不足を補う協力会社：OSCP等の資格を持つ診断員を3名以上")).toContain(
      "seek:penetration-testing",
    );
    expect(codes("seeks", "Two senior pentesters for six months, remote")).toContain("seek:penetration-testing");
    for (const text of ["中小企業の経営診断を行うコンサルタント", "従業員の健康診断の予約システム"])
      expect(codes("seeks", text), text).not.toContain("seek:penetration-testing");
  });
});

// Session 42: a consultant sought to reach a certification, in Vietnamese ("Đơn vị tư vấn để đạt ISO 27001"), is
// security consulting; a firm that reached it says what it holds, and sells no consulting (BG).
describe("certification consulting in Vietnamese", () => {
  it("is sought by a firm preparing for ISO 27001, not offered by one that holds it", () => {
    expect(codes("seeks", "Đơn vị tư vấn để đạt ISO 27001 trong năm 2025 (hiện chưa có chứng chỉ)")).toContain(
      "seek:security-consulting",
    );
    expect(codes("seeks", "Don vi tu van de dat ISO 27001 trong nam 2025")).toContain("seek:security-consulting");
    expect(codes("offers", "Công ty đã đạt ISO 27001 năm 2022, CMMI level 3")).not.toContain(
      "offer:security-consulting",
    );
    // Consulting to reach any goal is not security consulting.
    expect(codes("offers", "Tư vấn để đạt được mục tiêu chuyển đổi số")).not.toContain("offer:security-consulting");
  });
});

// Session 42: sending engineers to work in Japan said as what a partner can do (送り出せる) or as graduates ready for
// it (sẵn sàng làm việc tại Nhật): a Japanese SES firm's sending partner and the school that trains them (AO).
describe("sending engineers to work in Japan", () => {
  it("is sought as a partner that can send them, offered as graduates ready to go", () => {
    expect(codes("seeks", "エンジニアを送り出せるベトナムの提携先（年間10名以上）")).toContain("seek:japan-placement");
    expect(codes("offers", "Khoảng 40 học viên đạt N2 mỗi năm, sẵn sàng làm việc tại Nhật")).toContain(
      "offer:japan-placement",
    );
  });
  it("not an office or a team that works in Japan", () => {
    for (const text of [
      "Chúng tôi có văn phòng làm việc tại Nhật",
      "Our BrSEs work in Japan with clients",
      "Our engineers travel to work in Japan at client sites",
      "新しいサービスを市場に送り出す開発力",
    ])
      expect(codes("offers", text), text).not.toContain("offer:japan-placement");
  });
});

// Session 42: reviewing the contractor of a system the firm uses is looking for a new one ("…の保守（AMS）委託先の見直し
// も進めています"): read with no word of looking, the EBS and its upkeep were the firm's own offer (L).
describe("a contractor under review", () => {
  it("is a partner sought for the work it does", () => {
    const read = codes(
      "seeks",
      "会計で利用しているOracle E-Business Suite（R12）の保守（AMS）委託先の見直しも進めています",
    );
    expect(read).toContain("seek:oracle-erp");
    expect(read).not.toContain("offer:oracle-erp");
  });
  it("not a review the firm offers to help with, nor the firm as the one switched to", () => {
    for (const text of [
      "業務システムの見直しと保守を支援します",
      "他社の保守からの乗り換え先として、Oracle EBSの保守サービスを提供しています",
      "ベンダー変更時のシステム移行と保守の引継ぎを支援します",
    ])
      expect(
        codes("offers", text).filter((c) => c.startsWith("seek:")),
        text,
      ).toEqual([]);
  });
});

// Session 42: supply-chain visibility and the control towers that give it, in English ("Supply chain visibility across
// our 3 plants and about 120 suppliers"; "Supply chain control tower: supplier portal, shipment tracking") (AV).
describe("supply-chain visibility", () => {
  it("is a supply-chain system, sought and offered", () => {
    expect(codes("seeks", "Supply chain visibility across our 3 plants and about 120 suppliers")).toContain(
      "seek:scm-logistics",
    );
    expect(codes("offers", "Supply chain control tower: supplier portal, shipment tracking")).toContain(
      "offer:scm-logistics",
    );
  });
  it("not supply-chain finance, nor an airport's tower", () => {
    expect(codes("offers", "Supply chain finance for SMEs")).not.toContain("offer:scm-logistics");
    expect(codes("offers", "Airport control tower systems")).not.toContain("offer:scm-logistics");
  });
});

// Session 43: a factory wanting to see its electricity use ("工場の電力使用量の見える化") read as nothing, so an energy
// management vendor met it on nothing (CX). Seeing or monitoring it, not using it: a review found the bare words
// (energy consumption, 電力使用量) made hosting providers and chip designers energy vendors.
describe("electricity use to be seen", () => {
  it("is energy management, in Japanese, English and Vietnamese", () => {
    for (const text of [
      "工場の電力使用量の見える化",
      "Monitoring of electricity use in our factories",
      "Giám sát điện năng tiêu thụ của nhà xưởng",
    ])
      expect(codes("seeks", text), text).toContain("seek:energy-management");
  });

  it("is not a device's low power consumption, nor electricity a server or a chip uses", () => {
    expect(codes("offers", "Low power consumption firmware for IoT sensors")).not.toContain("offer:energy-management");
    expect(codes("seeks", "We seek a hosting provider with low energy consumption")).not.toContain(
      "seek:energy-management",
    );
    expect(codes("seeks", "電力使用量の少ないサーバーを探しています")).not.toContain("seek:energy-management");
    expect(codes("offers", "組込み向け低消費電力チップ設計。電力使用量を30%削減")).not.toContain(
      "offer:energy-management",
    );
  });
});

// Session 43: wage advances and long-haul trucks in Vietnamese read as nothing (CX: a recruiter seeking an earned-wage
// partner met the wage-advance start-up on nothing; so did a delivery firm needing line-haul trucks and a truck
// booking platform).
describe("wage advances and trucks", () => {
  it("are lending and logistics, in Vietnamese without diacritics too", () => {
    expect(codes("offers", "Ung luong (EWA) cho cong nhan, tru vao ky luong")).toContain("offer:lending-credit");
    expect(codes("seeks", "Doi tac ung luong cho cong nhan")).toContain("seek:lending-credit");
    expect(codes("seeks", "Can xe tai chang dai HCM - HN gia on dinh")).toContain("seek:logistics-services");
    expect(codes("offers", "Đặt xe tải chặng dài Bắc – Nam và thuê kho theo ngày")).toContain(
      "offer:logistics-services",
    );
  });

  it("are not a wage paid or a truck's software alone", () => {
    expect(codes("offers", "Payroll outsourcing: salaries paid on the 25th")).not.toContain("offer:lending-credit");
    expect(codes("offers", "Phần mềm quản lý đội xe")).not.toContain("offer:logistics-services");
  });
});
