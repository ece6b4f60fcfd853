// Session 48: the enterprise-systems and quality trade (what DC, opened this session, showed): requirements a text
// asks of its suppliers and the firms that only buy from it; a language all the work is done in; engineers taught and
// the JLPT levels they are taught to; the firm's own working languages; groupware, mail and end-user tools; SAP's
// and Salesforce's branches and the legacy languages; lacks, counterparts' lacks and clients named by their plans;
// and the two reviews' cases.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { FRAMEWORKS, PLATFORMS, stackMissed } from "@/lib/matching/stack";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("requirements asked of suppliers", () => {
  // A large SIer that sells mainframe migration and looks for an offshore centre, asking size and ISMS of it.
  const sier = matchFirm({
    id: "sier",
    country: "JP",
    employeeBand: "B1000_PLUS",
    offersText: "Mainframe migration (COBOL and PL/I on IBM and Fujitsu) delivered from our domestic centres",
    seeksText:
      "An offshore development centre of about 50 engineers for two years (Java, React, AWS)\nThe partner must be ISO/IEC 27001 certified and have at least 500 employees.",
  });
  // A small user company that needs its PL/I migrated: a client of the SIer, supplying nothing it needs.
  const client = matchFirm({
    id: "client",
    country: "JP",
    employeeBand: "B250_999",
    offersText: "信用金庫向け共同勘定系システムの運用",
    seeksText: "富士通メインフレーム上のPL/I約300万ステップをJavaへ変換した実績を持つパートナー",
  });
  // A small offshore vendor: the supplier the requirements are for.
  const vendor = matchFirm({
    id: "vendor",
    employeeBand: "B50_249",
    intents: ["clients"],
    offersText: "Offshore development centre for Japanese clients: Java, React, AWS",
  });

  it("do not break a firm that only buys from the firm", () => {
    const e = engineWith(concepts, sier, client);
    expect(e.score("sier", "client", { sameCountry: true })!.broken).toBe(false);
    expect(e.explain("sier", "client").some((r) => r.kind === "youFail" || r.kind === "theyFail")).toBe(false);
  });

  it("…still break a supplier for the need that fails them", () => {
    const e = engineWith(concepts, sier, vendor);
    expect(e.score("sier", "vendor", { sameCountry: true })!.broken).toBe(true);
    expect(e.explain("sier", "vendor").some((r) => r.kind === "theyFail")).toBe(true);
  });

  it("…and a language asked of every partner still binds a client", () => {
    const japaneseOnly = matchFirm({
      ...sier,
      id: "ja-sier",
      seeksText: `${sier.seeksText}\n会議・ドキュメントはすべて日本語で行えること`,
    });
    const englishClient = matchFirm({
      id: "en-client",
      country: "OTHER",
      englishSpeakers: 40,
      seeksText: "A partner to migrate our PL/I mainframe programs to Java",
    });
    const e = engineWith(concepts, japaneseOnly, englishClient);
    expect(e.score("ja-sier", "en-client", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("a language everything is done in", () => {
  const { read } = fieldReader(concepts);
  it.each([
    "会議・ドキュメントはすべて日本語です。",
    "会議・ドキュメントはすべて日本語で行えること",
    "Meetings and reports are all in Japanese.",
  ])("%s asks Japanese of partners", (text) => {
    expect(read("seeks", text).required.languages).toContain("ja");
  });

  it.each(["すべての業種のお客様に対応します", "開発はすべて自社で行います"])("%s asks no language", (text) => {
    expect(read("seeks", text).required.languages).toEqual([]);
  });
});

describe("engineers taught, and the Japanese levels they are taught to", () => {
  const { read, codes } = fieldReader(concepts);
  it("training engineers before they go to Japan seeks no on-site engineers", () => {
    const r = read("offers", "Đào tạo theo đơn đặt hàng cho doanh nghiệp, kể cả đào tạo kỹ sư trước khi sang Nhật");
    expect(r.required.onsiteSought).toBeFalsy();
    expect(
      codes("offers", "Đào tạo theo đơn đặt hàng cho doanh nghiệp, kể cả đào tạo kỹ sư trước khi sang Nhật"),
    ).not.toContain("seek:it-staffing");
  });

  it("…while engineers sought on site still are", () => {
    expect(codes("seeks", "常駐できるエンジニアを受け入れたい")).toContain("seek:it-staffing");
    expect(read("seeks", "常駐できるエンジニアを受け入れたい").required.onsiteSought).toBe(true);
  });

  it.each([
    ["seeks", "A training partner that can bring about 100 of our engineers a year from JLPT N3 to N2", "seek"],
    ["seeks", "A partner that can train our engineers from N3 to N2", "seek"],
    ["offers", "Khóa tiếng Nhật IT (N3 lên N2) cho kỹ sư đang đi làm", "offer"],
    ["offers", "JLPT N4からN3へのレベルアップ講座", "offer"],
  ] as const)("%s: %s", (kind, text, direction) => {
    expect(codes(kind, text)).toContain(`${direction}:japanese-language-training`);
  });

  it.each(["BrSE tieng Nhat N2/N1", "Bridge SEs with JLPT N1, N2"])("%s is no Japanese course", (text) => {
    expect(codes("offers", text)).not.toContain("offer:japanese-language-training");
  });
});

describe("groupware, mail and end-user tools", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    ["Notes/Dominoアプリケーション（約1,200DB）のSharePoint Onlineへの移行パートナー", "seek:groupware-migration"],
    ["Notes DBの棚卸しと、SharePoint Online・Power Appsへの移行", "seek:groupware-migration"],
    ["Cần đối tác di chuyển hộp thư Notes mail sang Exchange Online", "seek:mail-migration"],
    ["Accessデータベース・Excelマクロ（VBA）約400本の置き換え", "seek:macro-replacement"],
    ["Chuyển đổi file Access và Excel macro (VBA) sang Power Apps", "seek:macro-replacement"],
  ])("%s", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
  });

  it.each(["Release notes and meeting notes for every sprint", "We give you access to our database"])(
    "%s is none of them",
    (text) => {
      const found = codes("offers", text).join(" ");
      expect(found).not.toMatch(/groupware-migration|mail-migration|macro-replacement/);
    },
  );
});

describe("legacy languages are told apart", () => {
  const { read } = fieldReader(concepts);
  const platforms = (kind: "offers" | "seeks", text: string) => PLATFORMS.stackOf(read(kind, text).mentions);
  it("PL/I sought is not met by COBOL offered, and a refusal of it is a refusal", () => {
    const sought = platforms("seeks", "富士通メインフレーム上のPL/I約300万ステップをJavaへ変換するパートナー").sought;
    const cobol = platforms("offers", "COBOL (IBM Enterprise COBOL, JCL, CICS, DB2) to Java conversion");
    expect(stackMissed(sought, cobol.offered, cobol.refused, PLATFORMS.families)).not.toBe(0);
    const both = platforms("offers", "Automated conversion of COBOL, PL/I and NATURAL/ADABAS to Java");
    expect(stackMissed(sought, both.offered, both.refused, PLATFORMS.families)).toBe(0);
  });

  it("an estate of PL/I and COBOL is missed by a converter that refuses PL/I, not by one that only names COBOL", () => {
    const estate = platforms("seeks", "PL/IとCOBOLの資産をJavaへ移行するパートナー").sought;
    const refuses = platforms(
      "offers",
      "COBOL to Java conversion\nChúng tôi chỉ làm COBOL; không nhận PL/I hay NATURAL.",
    );
    expect(stackMissed(estate, refuses.offered, refuses.refused, PLATFORMS.families, true)).not.toBe(0);
    const cobol = platforms("offers", "COBOL to Java conversion");
    expect(stackMissed(estate, cobol.offered, cobol.refused, PLATFORMS.families)).toBe(0);
  });
});

describe("the languages a firm itself works in", () => {
  const { read } = fieldReader(concepts);
  it.each([
    ["Chung toi chi giao tiep bang tieng Anh va tieng Viet.", ["en", "vi"]],
    ["We only work in English and Japanese.", ["en", "ja"]],
    ["当社は日本語と英語でのみ対応します", ["ja", "en"]],
  ])("%s: a partner shares one of them", (text, langs) => {
    const r = read("seeks", text).required;
    expect(r.languages).toEqual([]);
    expect([...(r.languageChoice ?? [])].sort()).toEqual([...langs].sort());
  });

  it("…while a demand on partners still asks its language", () => {
    expect(read("seeks", "Meetings must be in Japanese.").required.languages).toEqual(["ja"]);
    expect(read("seeks", "Partners must speak Japanese or English.").required.languages).toEqual([]);
  });
});

describe("the branches of SAP and Salesforce", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    ["seeks", "SAP FI/CO consultants who can join requirement meetings in Japanese", "seek:sap-finance"],
    ["seeks", "A Vietnamese partner with MM/PP consultants for joint bids", "seek:sap-logistics"],
    ["offers", "Tư vấn và cấu hình SAP MM, PP, SD, WM/EWM", "offer:sap-logistics"],
    ["seeks", "Marketing Cloud specialists (AMPscript, SSJS, Journey Builder)", "seek:marketing-cloud"],
    ["offers", "Marketing Cloud・Account Engagement（旧Pardot）の運用", "offer:marketing-cloud"],
  ] as const)("%s: %s", (kind, text, code) => {
    expect(codes(kind, text)).toContain(code);
  });

  it("Sales and Service Cloud work is Salesforce, not Marketing Cloud", () => {
    const found = codes("offers", "Sales Cloud and Service Cloud implementations with Apex and LWC");
    expect(found).toContain("offer:crm");
    expect(found).not.toContain("offer:marketing-cloud");
  });

  it("two lacks joined by 'và' are both lacks", () => {
    const found = codes("offers", "Chúng tôi không có tư vấn FI/CO và không có đội lập trình ABAP.");
    expect(found).toContain("offer!:sap-finance");
    expect(found).toContain("offer!:sap");
    expect(found).not.toContain("offer:sap-finance");
  });

  it("…while a refusal of what lacks something still asks for it", () => {
    expect(codes("seeks", "We will not adopt a system without Vietnamese payment gateways")).toContain("seek:payments");
  });

  it("a branch sought takes its field's place as the main need", () => {
    const maker = matchFirm({
      id: "maker",
      country: "JP",
      seeksText:
        "SAP ECCからS/4HANAへの移行。日本語で要件定義ができるSAPコンサルタント（FI/CO・MM）がいる会社\nベトナム工場の給与計算システムの刷新",
    });
    const vendor = matchFirm({
      id: "vendor",
      intents: ["clients"],
      offersText: "Java and React offshore teams; Salesforce team\nWe do not implement ERP packages (SAP, Oracle)",
    });
    const e = engineWith(concepts, maker, vendor);
    expect(e.explain("maker", "vendor").some((r) => r.kind === "turnsDownNeed")).toBe(true);
  });
});

describe("work clients can order", () => {
  const { codes } = fieldReader(concepts);
  it("日本語で発注できるオフショア開発 offers offshore development", () => {
    expect(codes("offers", "日本語で発注できるオフショア開発（ダナン拠点、ラボ型・請負）")).toContain(
      "offer:offshore-dev",
    );
    expect(codes("offers", "日本語で発注できるオフショア開発（ダナン拠点、ラボ型・請負）")).not.toContain(
      "seek:offshore-dev",
    );
  });
  it("…while a firm to order from is sought", () => {
    expect(codes("seeks", "日本語で発注できるオフショア開発会社")).toContain("seek:offshore-dev");
    expect(codes("offers", "日本語で発注できる開発会社を探しています")).toContain("seek:software-development");
  });
});

describe("what a counterpart lacks", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    ["Công ty IT (Việt Nam hoặc nước ngoài) đang thiếu BrSE tiếng Nhật", "offer:bridge-services"],
    ["Doanh nghiệp Nhật đang thiếu kỹ sư kiểm thử", "offer:quality"],
  ])("%s is their need, which the firm meets", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
  });
  it("…while the firm's own lack is not", () => {
    expect(codes("seeks", "Chúng tôi đang thiếu BrSE, cần đối tác")).not.toContain("offer:bridge-services");
  });
});

describe("the second review's cases", () => {
  const { read, codes } = fieldReader(concepts);
  it.each([
    "We are looking for 5 well-trained engineers who can work on-site at our Tokyo office.",
    "A partner to train and dispatch engineers on-site to our clients in Tokyo",
    "エンジニア育成に力を入れ、東京の顧客先に常駐できるエンジニアを提供できるパートナー",
  ])("%s still seeks engineers on site", (text) => {
    expect(read("seeks", text).required.onsiteSought).toBe(true);
  });

  it.each([
    "オフショア開発案件のブリッジSE（日本語N3からN2レベル）を2名",
    "Kỹ sư cầu nối (BrSE) tiếng Nhật từ N3 lên N2",
    "BrSE with JLPT N2 or above (N3 to N2 candidates are not accepted)",
  ])("%s: a level of the people sought, no Japanese training", (text) => {
    expect(codes("seeks", text).join(" ")).not.toMatch(/japanese-language-training/);
  });

  it.each([
    "A Japanese partner to bring our AI chatbot to Japanese hospitals",
    "Partners who can bring our mobile app development services to the Japanese market",
  ])("%s: the firm's own product is still its offer", (text) => {
    expect(codes("seeks", text).some((c) => c.startsWith("offer:"))).toBe(true);
    expect(codes("seeks", text).some((c) => c.startsWith("seek:"))).toBe(false);
  });

  it.each([
    "当社は日本語と英語の両方で対応できるパートナーのみと取引します。",
    "弊社案件に日本語と英語で対応可能なパートナーのみ募集します。",
    "Đội ngũ của đối tác phải giao tiếp bằng tiếng Nhật và tiếng Anh.",
    "Chúng tôi chỉ làm việc với đối tác sử dụng được tiếng Nhật và tiếng Anh.",
  ])("%s asks both languages", (text) => {
    expect(read("seeks", text).required.languages).toEqual(expect.arrayContaining(["ja", "en"]));
  });

  it.each([
    ["Free Wi-Fi, co-working space and meeting rooms for start-ups", "sap-finance"],
    ["Virtual office with a mailbox and a hộp thư for every tenant", "mail-migration"],
    ["EUC-JP to UTF-8 conversion and secure file access", "macro-replacement"],
    ["Excel VBA macro development for back offices", "macro-replacement"],
    ["Key account engagement for enterprise clients", "marketing-cloud"],
    ["SharePoint Online intranet portals", "groupware-migration"],
  ])("%s is not %s", (text, code) => {
    expect(codes("offers", text).join(" ")).not.toMatch(new RegExp(`:${code}\\b`));
  });

  it.each([
    "Reports can be all in English if preferred.",
    "Our app's UI is all in English; we need Japanese localization.",
    "当社の社員はすべて日本語が話せます",
  ])("%s asks no language", (text) => {
    expect(read("seeks", text).required.languages).toEqual([]);
  });

  it("two lacks a refusal joins are both asked", () => {
    const r = read(
      "seeks",
      "Chúng tôi không hợp tác với công ty không có chứng chỉ ISO 27001 và không có BrSE tiếng Nhật.",
    );
    expect(r.required.certifications.map((c) => c.cert)).toContain("ISO27001");
    expect(
      codes("seeks", "Chúng tôi không hợp tác với công ty không có chứng chỉ ISO 27001 và không có BrSE tiếng Nhật."),
    ).not.toContain("seek!:bridge-services");
  });

  it("a firm whose only partners are clients still holds them to its requirements", () => {
    const odc = matchFirm({
      id: "odc",
      intents: ["clients"],
      offersText: "Offshore development centres for Japanese clients",
      seeksText:
        "Japanese enterprise clients for long-term ODC contracts. The partner must have at least 300 employees and ISO/IEC 27001 certification.",
    });
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      employeeBand: "B1_49",
      seeksText: "An offshore development centre for our Java systems",
    });
    const e = engineWith(concepts, odc, buyer);
    expect(e.score("odc", "buyer", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("clients named by what they plan or have", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    ["Japanese enterprises planning Sales Cloud or CPQ rollouts", "offer:crm"],
    ["Japanese SIers and banks planning a COBOL migration of 500,000 steps or more", "offer:mainframe-migration"],
    ["Large enterprises and SIers with mainframe estates above 1 million lines", "offer:legacy-modernization"],
    ["Agencies and brands in Japan, Singapore and Australia that use Marketing Cloud", "offer:marketing-cloud"],
    ["Japanese companies considering an ERP migration", "offer:erp"],
  ])("%s: what the firm sells them", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
  });

  it.each([
    ["Partners using SAP S/4HANA", "seek:sap"],
    ["We are planning a COBOL migration", "seek:mainframe-migration"],
    ["Vendors with React Native systems experience", "seek:mobile-apps"],
  ])("%s: still sought", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
  });
});

describe("a Vietnamese counterpart named by a product and a country before its need", () => {
  const { codes } = fieldReader(concepts);
  it("Đối tác Salesforce Nhật Bản cần đội phát triển offshore: their need, the firm's offer", () => {
    expect(codes("seeks", "Đối tác Salesforce Nhật Bản cần đội phát triển offshore")).toContain("offer:offshore-dev");
    expect(codes("seeks", "Khách hàng ngân hàng Nhật Bản cần chuyển đổi COBOL")).toContain("offer:mainframe-migration");
  });
  it("…while the firm's own need is sought", () => {
    expect(codes("seeks", "Chúng tôi cần đội phát triển offshore")).toContain("seek:offshore-dev");
  });
});

describe("the third review's cases", () => {
  const { read, codes } = fieldReader(concepts);
  it.each([["Chúng tôi chỉ giao tiếp bằng tiếng Anh và tiếng Việt với đối tác.", ["en", "vi"]]])(
    "%s: partners named after the languages are whom the firm talks to",
    (text, langs) => {
      expect(read("seeks", text).required.languages).toEqual([]);
      expect([...(read("seeks", text).required.languageChoice ?? [])].sort()).toEqual([...langs].sort());
    },
  );

  it("a lack refused in partners is a requirement; the firm's own lack is no offer", () => {
    expect(read("seeks", "Không hợp tác với đối tác thiếu chứng chỉ ISO 27001.").required.certifications).toEqual([
      { cert: "ISO27001" },
    ]);
    expect(codes("seeks", "Our company lacks AWS engineers, so we are looking for a partner.")).not.toContain(
      "offer:cloud",
    );
    expect(codes("seeks", "Cần tìm đối tác vì công ty đang thiếu lập trình viên React Native.")).not.toContain(
      "offer:mobile-apps",
    );
  });

  it.each([
    [
      "We are looking for Vietnamese companies that use Flutter for cross-platform app development.",
      "seek:mobile-apps",
    ],
    ["Looking for an offshore vendor experienced in serving banks with core banking systems.", "seek:offshore-dev"],
    ["Hospitals in our group preparing for electronic medical records (EMR)", "seek:hospital-systems"],
    ["Tìm đối tác offshore Việt Nam muốn hợp tác dài hạn trong phát triển React Native.", "seek:mobile-apps"],
    ["JLPT N3 to N2 exam preparation and coaching for our 50 engineers.", "seek:japanese-language-training"],
  ])("%s", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
  });

  it("World-class bridge engineers at N3 to N2 are no Japanese course", () => {
    expect(codes("seeks", "World-class bridge engineers with Japanese N3 to N2 level")).not.toContain(
      "seek:japanese-language-training",
    );
  });

  it("work the firm has to give out is no service it offers", () => {
    expect(codes("offers", "ベトナムの開発会社に委託できるJava開発・テスト業務を多数保有しています。")).not.toContain(
      "offer:software-development",
    );
  });

  it("work done entirely in Japanese asks Japanese", () => {
    const r = read("seeks", "Offshore Java team. Work is conducted entirely in Japanese.").required;
    expect([...r.languages, ...(r.scopes ?? []).flatMap((x) => x.languages)]).toContain("ja");
  });

  it("a framework refused is no miss when another of the family is offered", () => {
    const { read: r } = fieldReader(concepts);
    const sought = FRAMEWORKS.stackOf(r("seeks", "About 5 Java or PHP engineers for our web systems").mentions).sought;
    const vendor = FRAMEWORKS.stackOf(r("offers", "Java development\nWe do not take on PHP projects.").mentions);
    expect(stackMissed(sought, vendor.offered, vendor.refused)).toBe(0);
  });
});
