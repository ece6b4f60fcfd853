// Session 49: the semiconductor and security trade (what DD, opened this session, showed): the branches of chip work
// firms sell apart (DFT, analog layout, IP licensing, EDA tools, packaging, test) and of security (code review, cloud
// posture, forensics, product evaluation); a word of skill after the partner sought; and the trade a course teaches.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { DIRECT, readContractTerms } from "@/lib/matching/text/contracts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the branches of chip work", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    ["offers", "DFT: scan insertion, ATPG, MBIST with Tessent", "offer:dft"],
    ["offers", "Analog and mixed-signal layout with Cadence Virtuoso", "offer:analog-layout"],
    ["offers", "Digital place and route, STA and timing closure down to 7nm", "offer:physical-design"],
    [
      "offers",
      "Licensing of silicon-proven 12-bit SAR ADC, fractional-N PLL and LVDS PHY IP",
      "offer:semiconductor-ip",
    ],
    ["seeks", "IP ADC 12-bit đã silicon-proven (TSMC 40nm) cho phiên bản chip thứ hai", "seek:semiconductor-ip"],
    ["seeks", "Mua trực tiếp giấy phép công cụ EDA dùng cho giảng dạy", "seek:eda-tools"],
    ["offers", "QFN・BGA・フリップチップの組立受託（試作の数千個から量産まで）", "offer:semiconductor-packaging"],
    ["seeks", "Đóng gói QFN cho lô chip đầu tiên, khoảng 10.000 con", "seek:semiconductor-packaging"],
    ["offers", "ウェハテスト・ファイナルテストの受託（Advantest V93000）", "offer:semiconductor-test"],
  ])("%s: %s", (kind, text, code) => {
    expect(codes(kind as "offers" | "seeks", text)).toContain(code);
  });

  it("DFT and analog layout are no longer physical design", () => {
    expect(codes("offers", "DFT insertion and analog layout")).not.toContain("offer:physical-design");
  });

  it("a design house that names P&R is no IP vendor, nor an EDA tool maker", () => {
    const found = codes("offers", "RTL design, UVM verification and physical design (P&R, STA)").join(" ");
    expect(found).not.toMatch(/semiconductor-ip|eda-tools/);
  });
});

describe("the branches of security work", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    ["Secure code review of C/C++ agents (SAST and manual)", "offer:secure-code-review"],
    ["ソースコード診断（Java、PHP）", "offer:secure-code-review"],
    ["CSPM for AWS and Azure tenants", "offer:cloud-security"],
    ["デジタルフォレンジック調査とインシデント対応", "offer:digital-forensics"],
    ["Common Criteria evaluation of secure microcontrollers", "offer:security-evaluation"],
    ["IEC 62443-4-2 component certification of industrial devices", "offer:security-evaluation"],
  ])("%s", (text, code) => {
    expect(codes("offers", text)).toContain(code);
  });

  it("plant-level IEC 62443 risk assessment stays OT security", () => {
    const found = codes("offers", "Risk assessment of PLC/SCADA networks under IEC 62443-3-2");
    expect(found).toContain("offer:ot-security");
    expect(found).not.toContain("offer:security-evaluation");
  });

  it("a code review that is not of security is none of it", () => {
    expect(codes("offers", "Code review and unit tests for every pull request")).not.toContain(
      "offer:secure-code-review",
    );
  });
});

describe("a word of skill in a need describes what is sought", () => {
  const { read } = fieldReader(concepts);
  it("a certification after the partner sought is asked of it, with that need only", () => {
    const r = read(
      "seeks",
      "A Vietnamese SOC partner for overnight L1 alert triage (23:00-07:00 Singapore time), ISO 27001 certified\nPentest subcontractors in Vietnam with OSCP-certified testers",
    );
    expect(r.facts.certifications).toEqual([]);
    expect(r.required.scopes?.some((s) => s.caps.includes("soc") && s.certifications.length > 0)).toBe(true);
    expect(r.required.certifications).toEqual([]);
  });

  it("…not when the firm says it holds it", () => {
    const r = read("seeks", "Pentest partners. We are ISO 27001 certified");
    expect(r.facts.certifications.map((c) => c.cert)).toContain("ISO27001");
    expect(r.required.certifications).toEqual([]);
  });

  it.each([
    "IP ADC 12-bit đã silicon-proven (TSMC 40nm)",
    "Silicon-proven analog IP (ADC, PLL) to bundle with our turnkey ASIC service",
  ])("silicon-proven IP sought is sought, not offered: %s", (text) => {
    const directions = read("seeks", text)
      .mentions.filter((m) => m.code === "semiconductor-ip")
      .map((m) => m.direction);
    expect(directions.length).toBeGreaterThan(0);
    expect(directions.every((d) => d === "seek")).toBe(true);
  });

  it("a pentest subcontractor meets the MSSP whose certification binds only its SOC need", () => {
    const mssp = matchFirm({
      id: "mssp",
      country: "OTHER",
      employeeBand: "B250_999",
      requiredCertifications: ["ISO27001"],
      offersText: "Regional SOC for ASEAN banks and retailers",
      seeksText:
        "A Vietnamese SOC partner for overnight L1 alert triage, English reporting, ISO 27001 certified\nPentest subcontractors in Vietnam with OSCP-certified testers for overflow work; reports in English",
    });
    const pentest = matchFirm({
      id: "pentest",
      employeeBand: "B1_49",
      offersText: "Pentest of web, API and mobile apps; 12 OSCP holders; reports in English",
      seeksText:
        "Subcontract pentest work from international security firms\nWe do not take SOC or 24/7 monitoring work",
    });
    const e = engineWith(concepts, mssp, pentest);
    expect(e.score("mssp", "pentest", { sameCountry: false })!.broken).toBe(false);
  });
});

describe("the trade a course teaches", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    "Khóa đào tạo thiết kế vi mạch 6 tháng (RTL, UVM, layout analog), 400 học viên mỗi năm",
    "Bootcamp Java/Spring 4 thang",
    "BrSE養成講座（オンライン、3ヶ月）",
    "Training courses in UVM verification for new graduates",
  ])("%s is training, not the trade", (text) => {
    const found = codes("offers", text);
    expect(found).toContain("offer:corporate-training");
    expect(found.join(" ")).not.toMatch(
      /rtl-design|design-verification|analog-layout|web-apps|bridge-services|chip-design/,
    );
  });

  it.each([
    ["Đào tạo và cung ứng kỹ sư BrSE cho doanh nghiệp Nhật", "offer:bridge-services"],
    ["全員が建築基準法の研修を受けています。BIMモデリングを受託します", "offer:bim"],
    ["UVM verification teams for Japanese design houses", "offer:design-verification"],
  ])("%s keeps its trade", (text, code) => {
    expect(codes("offers", text)).toContain(code);
  });

  it("a language course stays language training", () => {
    expect(codes("offers", "Khóa đào tạo tiếng Nhật chuyên ngành 9 tháng cho kỹ sư")).toContain(
      "offer:japanese-language-training",
    );
  });
});

describe("a firm ready to resell what it looks for", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    "Sản phẩm giám sát mạng OT để tích hợp cho khách hàng (sẵn sàng làm đại lý)",
    "Sản phẩm bảo mật OT để làm đại lý",
  ])("%s: the firm is the agent of the product it seeks", (text) => {
    const found = codes("seeks", text);
    expect(found).toContain("offer:distribution");
    expect(found).not.toContain("seek:distribution");
    expect(found).toContain("seek:ot-security");
  });

  it("…not when it seeks an agent for itself", () => {
    expect(codes("seeks", "Tìm đối tác để làm đại lý tại Nhật cho chúng tôi")).toContain("seek:distribution");
  });

  it("the kinds of clients are still the clients' ('khách hàng là các nhà máy…')", () => {
    expect(codes("offers", "Phần mềm cho khách hàng là các nhà máy MES")).not.toContain("offer:mes");
  });
});

describe("a certification still to come", () => {
  const { read } = fieldReader(concepts);
  it.each([
    ["Our ISO 27001 certification audit is scheduled for next year; we currently hold ISO 9001.", "ISO27001"],
    ["We are preparing for ISO 27001 certification", "ISO27001"],
    ["We hold ISO 27001 and are preparing for CMMI level 3", "CMMI"],
  ])("%s: lacks %s", (text, cert) => {
    expect(read("offers", text).facts.lacksCertifications).toEqual([cert]);
  });

  it.each([
    ["We hold ISO 27001 and are preparing for CMMI level 3", "ISO27001"],
    ["ISO 27001 certified; Pマーク scheduled for renewal", "PRIVACY_MARK"],
    ["Our ISO 27001 certification audit is scheduled for next year; we currently hold ISO 9001.", "ISO9001"],
  ])("%s: holds %s", (text, cert) => {
    expect(read("offers", text).facts.certifications.map((c) => c.cert)).toContain(cert);
  });

  it("a column's certificate the text says is only scheduled does not meet a need that asks it", () => {
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      employeeBand: "B1000_PLUS",
      seeksText: "24/7 SOC monitoring for about 5,000 endpoints\nThe provider must hold ISO 27001",
    });
    const vendor = matchFirm({
      id: "vendor",
      employeeBand: "B250_999",
      certifications: ["ISO27001"],
      texts: ["Our ISO 27001 certification audit is scheduled for next year; we currently hold ISO 9001."],
      offersText: "SOC L1 monitoring, 24/7",
    });
    const e = engineWith(concepts, buyer, vendor);
    expect(e.score("buyer", "vendor", { sameCountry: false })!.broken).toBe(true);
  });
});

describe("a vendor that scales through subcontractors passes work on", () => {
  it.each([
    "We scale through our network of partner subcontractors when needed",
    "Chúng tôi mở rộng năng lực thông qua mạng lưới thầu phụ",
  ])("%s", (text) => {
    expect(readContractTerms([text], []).refused & DIRECT).toBe(DIRECT);
  });

  it("…not one that scales its own team", () => {
    expect(
      readContractTerms(["We scale our own team from 5 to 50 engineers within a month"], []).refused & DIRECT,
    ).toBe(0);
  });
});

describe("what a firm does not resell, and what its distributors are to resell", () => {
  const { codes } = fieldReader(concepts);
  it("'Không bán lại sản phẩm bảo mật' in what it looks for denies reselling", () => {
    expect(codes("seeks", "Không bán lại sản phẩm bảo mật; chỉ cung cấp dịch vụ")).toContain("offer!:distribution");
  });

  it("…while 'Không nhận …' opening a need keeps its reading", () => {
    expect(codes("seeks", "Không nhận dịch vụ SOC / giám sát 24/7")).not.toContain("offer!:soc");
  });

  it("the goods a Japanese firm's distributor is to resell are its own, not a need", () => {
    const found = codes("seeks", "ベトナム国内でEDRを再販・導入支援できる販売代理店");
    expect(found).toContain("seek:distribution");
    expect(found).toContain("offer:soc");
    expect(found).not.toContain("seek:soc");
  });

  it("…but a partner that can run it is still sought", () => {
    expect(codes("seeks", "SOC運用ができるパートナー")).toContain("seek:soc");
  });
});

describe("Vietnamese: firms named by their trade, and the firm saying what it does", () => {
  const { codes } = fieldReader(concepts);
  it.each([
    "Công ty QA lớn cần thêm tester trong giai đoạn cao điểm",
    "Cong ty QA lon can them tester trong giai doan cao diem",
  ])("%s: the QA firms that need testers are clients, not a need", (text) => {
    const found = codes("seeks", text);
    expect(found).not.toContain("seek:quality");
    expect(found).toContain("offer:quality");
  });

  it("'Công ty có 200 kỹ sư' is still the firm itself", () => {
    expect(codes("offers", "Công ty có 200 kỹ sư kiểm thử")).toContain("offer:quality");
  });

  it.each(["Chung toi chi lam kiem thu: khong nhan phat trien phan mem", "Chúng tôi chuyên nhận kiểm thử phần mềm"])(
    "%s: what the firm does, said in what it looks for",
    (text) => {
      const found = codes("seeks", text);
      expect(found).toContain("offer:quality");
      expect(found).not.toContain("seek:quality");
    },
  );

  it("…not the firm's need, nor whom it works with", () => {
    expect(codes("seeks", "Chúng tôi cần đối tác kiểm thử")).toContain("seek:quality");
    expect(codes("seeks", "Chúng tôi làm việc với đối tác kiểm thử để mở rộng")).not.toContain("offer:quality");
  });

  it("'Gia công art 3D cho game' is 3D game art", () => {
    expect(codes("offers", "Gia công art 3D cho game: nhân vật, môi trường, props")).toContain("offer:game-art-3d");
  });
});

describe("clients named by their trades, before their need", () => {
  const { codes } = fieldReader(concepts);
  it("'Công ty AI, xe tự lái Nhật Bản cần gán nhãn…': the clients' trades are not needs, their need is the offer", () => {
    const found = codes("seeks", "Công ty AI, xe tự lái Nhật Bản cần gán nhãn khối lượng lớn");
    expect(found).toContain("offer:data-annotation");
    expect(found.join(" ")).not.toMatch(/seek:(?:data-ai|adas)/);
  });

  it("…not the firm that names itself so ('Chúng tôi là công ty AI, cần tuyển kỹ sư')", () => {
    expect(codes("seeks", "Chúng tôi là công ty AI, cần tuyển kỹ sư")).toContain("seek:it-recruitment");
  });

  it("'… companies with large, recurring labelling volumes' are clients with work to give", () => {
    const found = codes(
      "seeks",
      "Japanese autonomous-driving and robotics companies with large, recurring labelling volumes",
    );
    expect(found).toContain("offer:data-annotation");
    expect(found.join(" ")).not.toMatch(/seek:(?:adas|robotics|data-annotation)/);
  });

  it("'partners with large teams' are still partners sought", () => {
    expect(codes("seeks", "Vietnamese QA partners with large teams")).toContain("seek:quality");
  });

  it("a list before another verb stays the firm's need ('Localisation QA for our Korean and Japanese builds')", () => {
    const found = codes("seeks", "Localisation QA for our Korean and Japanese builds");
    expect(found).toContain("seek:quality");
    expect(found).not.toContain("offer:quality");
  });

  it("makers who need a distributor: their trade is still what the firm would carry", () => {
    expect(
      codes(
        "seeks",
        "Japanese and Taiwanese makers of automotive test equipment (CAN tools, HILS) and 5G/RF measurement tools who need a Thai distributor",
      ),
    ).toContain("seek:automotive-testing");
  });
});

describe("what a Japanese firm humbly does or limits", () => {
  const { read, codes } = fieldReader(concepts);
  it("人材紹介は、…企業様に限らせていただきます offers the placement and still limits the clients", () => {
    const r = read("seeks", "人材紹介は、年間3名以上の採用予定がある企業様に限らせていただきます");
    expect(r.mentions.filter((m) => m.code === "it-recruitment").map((m) => m.direction)).toEqual(["offer"]);
    expect(r.required.scale).toBe(3);
  });

  it("オフショア開発をご提案させていただいております offers it, in any field", () => {
    expect(codes("seeks", "オフショア開発をご提案させていただいております")).toContain("offer:offshore-dev");
  });

  it("…while a need stays a need (オフショア開発先を探しています)", () => {
    expect(codes("seeks", "オフショア開発先を探しています")).toContain("seek:offshore-dev");
  });
});

describe("a desk for customers, and the data an AI learns from", () => {
  const { codes } = fieldReader(concepts);
  it("ヘルプデスク委託（問い合わせ月300件程度） is customer support", () => {
    const found = codes("seeks", "ベトナム語・日本語のヘルプデスク委託（問い合わせ月300件程度）");
    expect(found).toContain("seek:contact-center");
    expect(found).not.toContain("seek:helpdesk");
  });

  it.each([
    "社内ヘルプデスクとPCキッティング",
    "A partner for on-site IT support, in Japanese, for our customers' new factories",
  ])("%s stays IT support", (text) => {
    expect(codes("seeks", text)).toContain("seek:helpdesk");
  });

  it("AI-OCR学習用データの作成 is annotation work", () => {
    expect(codes("seeks", "AI-OCR学習用データ（日本語の手書き文字・帳票）の作成を委託できる会社")).toContain(
      "seek:data-annotation",
    );
  });
});

describe("Vietnamese firms placed in a country, and their hiring", () => {
  const { codes } = fieldReader(concepts);
  it("'… công ty phần mềm tại Việt Nam cần tuyển kỹ sư' is their hiring, which a recruiter offers to meet", () => {
    const found = codes("seeks", "Doanh nghiệp Nhật và công ty phần mềm tại Việt Nam cần tuyển kỹ sư biết tiếng Nhật");
    expect(found).toContain("offer:it-recruitment");
    expect(found).not.toContain("seek:it-recruitment");
  });

  it("…while the firm's own hiring is sought", () => {
    expect(codes("seeks", "Chúng tôi cần tuyển kỹ sư Java")).toContain("seek:it-recruitment");
  });
});

describe("the review's cases", () => {
  const { read, codes } = fieldReader(concepts);
  const held = (kind: "offers" | "seeks", text: string) => read(kind, text).facts.certifications.map((c) => c.cert);
  const lacks = (text: string) => read("offers", text).facts.lacksCertifications;

  it.each([
    ["We are targeting the Japanese market, ISO 27001 and CMMI Level 3 certified", "ISO27001"],
    ["Applying for Japanese projects with ISO 27001 certified processes", "ISO27001"],
    ["Aiming for zero defects with CMMI Level 3 processes", "CMMI"],
    ["ISO 27001 renewal scheduled for 2025", "ISO27001"],
    ["ISMS取得済み、東京オフィス開設予定", "ISO27001"],
    ["ISMS認証取得済み（2025年更新審査予定）", "ISO27001"],
  ])("%s: %s held, not lacked", (text, cert) => {
    expect(held("offers", text)).toContain(cert);
    expect(lacks(text)).not.toContain(cert);
  });

  it.each([
    "Vietnamese software company, ISO 27001 certified, seeking Japanese clients",
    "Overflow work from Japanese SIers; team is CMMI Level 3 certified",
  ])("%s: the firm's own certificate, said in what it looks for", (text) => {
    expect(held("seeks", text).length).toBeGreaterThan(0);
  });

  it.each([
    ["お客様システムの運用保守・ヘルプデスク", "offers"],
    ["Helpdesk L1/L2 for customers' IT infrastructure in Japan", "offers"],
    ["ベトナム子会社のヘルプデスク委託（問い合わせ月200件）", "seeks"],
  ])("%s stays IT helpdesk", (text, kind) => {
    expect(codes(kind as "offers" | "seeks", text).join(" ")).not.toMatch(/contact-center/);
  });

  it.each(["ソースコードレビュー、単体テスト、結合テスト", "Source code review and refactoring of legacy PHP systems"])(
    "%s is no security review",
    (text) => {
      expect(codes("offers", text)).not.toContain("offer:secure-code-review");
    },
  );

  it.each([
    ["Training of AI models on your data: object detection, OCR, LLM fine-tuning", "offer:data-ai"],
    ["社内のAWS研修で育成したエンジニアがクラウド移行を担当します", "offer:cloud-migration"],
    ["Javaの研修制度を整えております", "offer:software-development"],
    ["AIの教育分野への応用", "offer:data-ai"],
  ])("%s keeps its trade", (text, code) => {
    expect(codes("offers", text)).toContain(code);
  });

  it.each([
    ["インフラ構築は、AWS認定資格を持つ企業様に限らせていただきます", "seek:cloud"],
    ["翻訳は、外部の翻訳会社様に依頼させていただきます", "seek:translation-localization"],
    ["Healthcare AI startup in Tokyo and looking for Flutter developers", "seek:mobile-apps"],
    ["Logistics company in Osaka and need WMS development", "seek:scm-logistics"],
    ["Vietnamese annotation companies with high monthly volumes (100k images) and QA process", "seek:data-annotation"],
    ["Chúng tôi đang làm dự án ERP và cần thêm kỹ sư SAP", "seek:sap"],
    ["Chúng tôi nhận chuyển giao công nghệ AI từ đối tác Nhật", "seek:data-ai"],
    ["Tìm đối tác Nhật sẵn sàng làm đại lý cho phần mềm HRM của chúng tôi tại Nhật", "seek:distribution"],
    ["Salesforceを再販している代理店で、当社のAI-OCRを一緒に提案できる会社", "seek:distribution"],
  ])("%s stays a need (%s)", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
  });

  it("…and the reseller of another's goods is no offer of them", () => {
    expect(codes("seeks", "Salesforceを再販している代理店で、当社のAI-OCRを一緒に提案できる会社")).not.toContain(
      "offer:crm",
    );
  });

  it.each([
    ["PCB assembly (SMT, BGA rework, X-ray inspection)", /semiconductor-packaging/],
    ["基板設計（回路設計・配置配線）", /physical-design/],
    ["PCBA testing: ICT, FCT and ATE", /semiconductor-test/],
    ["要件定義から後工程まで一貫対応", /semiconductor-packaging/],
    ["The smartest way to build your offshore team in Vietnam", /semiconductor-test/],
    ["Game IP licensing and character merchandising", /semiconductor-ip/],
    ["Nhà cung cấp IP camera và giải pháp giám sát an ninh", /semiconductor-ip/],
    ["Forensic accounting and fraud investigation", /digital-forensics/],
    ["3D floor plan rendering for real estate", /physical-design/],
    ["Webアプリのセキュリティ評価", /security-evaluation/],
  ])("%s is not the chip or security branch", (text, not) => {
    expect(codes("offers", text).join(" ")).not.toMatch(not);
  });

  it.each([
    ["We grow with our partner companies in Japan and Vietnam", 0],
    ["Chúng tôi mở rộng thị trường qua công ty vệ tinh tại Nhật", 0],
    ["We leverage a network of partner subcontractors for peak loads", DIRECT],
    ["Khi cao điểm, chúng tôi hợp tác với các công ty vệ tinh để bổ sung nhân sự", DIRECT],
  ])("%s passes work on: %s", (text, direct) => {
    expect(readContractTerms([text], []).refused & DIRECT).toBe(direct);
  });
});
