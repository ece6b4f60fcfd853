// Session 45: the words of what a firm says it does not do or want, the trade words the reader missed, and
// Vietnamese typed without diacritics in a short field.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { saidWithoutRefusals } from "@/lib/matching/text/specific-terms";
import { someOnlyStated } from "@/lib/matching/text/jlpt";
import { looksUnmarkedVietnamese } from "@/lib/matching/text/statement";
import { engineWith, fieldReader, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { read, codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

/** What is left of one statement once its refusal is cut off. */
const seeksLeft = (text: string) => saidWithoutRefusals([text], "seeks")[0]!;
const offersLeft = (text: string) => saidWithoutRefusals([text], "offers")[0]!;

describe("the specific words of what a firm refuses", () => {
  it("are not words of what it offers, in three languages", () => {
    const [offers] = saidWithoutRefusals(
      [
        "記帳代行（freee、弥生会計に対応）\n※税務申告・税務相談は行いません\nWe do not do PCB design.\nKhông nhận dự án game, blockchain",
      ],
      "offers",
    );
    expect(offers).toContain("記帳代行");
    expect(offers).not.toContain("税務申告");
    expect(offers).not.toContain("PCB");
    expect(offers).not.toContain("blockchain");
    const terms = read("offers", "記帳代行（freee、弥生会計に対応）\n※税務申告・税務相談は行いません").terms!.offers;
    expect(terms).toContain("freee");
    expect(terms).not.toContain("税務申告");
  });

  it("are not words of what it looks for; a problem said with a negation still is", () => {
    const [seeks] = saidWithoutRefusals(
      [
        "Salesforce案件での協業は想定していません\nパッケージ製品の売り込みはご遠慮ください\n現在のECサイトはスマホに対応していない\nKubernetes運用の委託先",
      ],
      "seeks",
    );
    expect(seeks).not.toContain("Salesforce");
    expect(seeks).not.toContain("パッケージ");
    expect(seeks).toContain("スマホ");
    expect(seeks).toContain("Kubernetes");
    // An ordinary statement keeps its words, whatever its stop.
    expect(saidWithoutRefusals(["Offshore Java team. ROS 2 navigation; SLAM"], "offers")).toEqual([
      "Offshore Java team.\nROS 2 navigation;\nSLAM",
    ]);
  });

  it("are only the clause that refuses, said by the firm of itself and not as a boast (review)", () => {
    const rn = seeksLeft(
      "React Nativeの既存アプリの機能追加を担当できる開発パートナー（Flutterへの書き換えは考えていません）",
    );
    expect(rn).toContain("React");
    expect(rn).not.toContain("Flutter");
    const aws = offersLeft("AWS専業で、Azure・GCPは扱っていません");
    expect(aws).toContain("AWS");
    expect(aws).not.toContain("Azure");
    // A need said as a lack, a system's shortcoming, a boast or a benefit keeps its words.
    expect(seeksLeft("Our legacy COBOL system doesn't support mobile, so we need a modernization partner.")).toContain(
      "COBOL",
    );
    expect(seeksLeft("We do not run a NOC and want a partner for it")).toContain("NOC");
    expect(seeksLeft("Chúng tôi chưa tìm được nhà phân phối phù hợp cho hệ thống POS tại Nhật.")).toContain("POS");
    expect(offersLeft("We never miss a deadline on Salesforce and SAP projects.")).toContain("Salesforce");
    expect(offersLeft("We don't just build Flutter apps, we also run them on AWS.")).toContain("Flutter");
    expect(offersLeft("Giải pháp thanh toán không dùng tiền mặt qua QR, VNPay, MoMo.")).toContain("VNPay");
    // Refusals with a curly apostrophe, "cannot", and a bare 不要 still are.
    expect(offersLeft("We don’t do PCB design.")).not.toContain("PCB");
    expect(offersLeft("We cannot take FPGA work.")).not.toContain("FPGA");
    expect(seeksLeft("オフショア開発の提案は不要")).not.toContain("オフショア");
  });

  it("take in what the refusal names before it, and leave what the firm does before its own clause (second review)", () => {
    // The bracket and the list belong to the refusal.
    expect(offersLeft("新規の協力会社（開発委託先）の募集は行っておりません")).toBe("");
    expect(seeksLeft("Salesforce、Dynamicsの協力会社は募集していません")).toBe("");
    expect(offersLeft("Salesforce以外の案件（SAP、Javaなど）はお受けしていません")).toBe("");
    // What the firm does, before a comma and its refusal, is kept.
    expect(offersLeft("Chung toi chi lam Flutter, khong nhan du an React Native hay native Swift/Kotlin")).toContain(
      "Flutter",
    );
    expect(offersLeft("Time-and-materials only, we do not quote fixed-price projects")).toContain("Time-and-materials");
    // A lack, an idiom, a product name or a price note is no refusal.
    expect(
      seeksLeft("Because we don't have in-house designers, we need a UI/UX partner for Figma prototypes."),
    ).toContain("Figma");
    expect(seeksLeft("自社ではAWSの運用を行っていません")).toContain("AWS");
    expect(offersLeft("We can't wait to build your next Laravel app")).toContain("Laravel");
    expect(offersLeft("No-code app development with Bubble and FlutterFlow")).toContain("Bubble");
    expect(offersLeft("No minimum order for CNC machining prototypes.")).toContain("CNC");
    expect(seeksLeft("BIM業務は現場常駐不要です")).toContain("BIM");
    expect(offersLeft("Chuyển đổi dữ liệu lên AWS mà không làm mất dữ liệu")).toContain("AWS");
    expect(offersLeft("Triển khai Odoo trọn gói, giá không bao gồm VAT")).toContain("Odoo");
    // Refusals in words it missed.
    expect(offersLeft("We no longer provide SES staffing")).not.toContain("SES");
    expect(offersLeft("ゲーム開発は受託しておりません")).not.toContain("ゲーム");
    expect(offersLeft("Chúng tôi từ chối dự án game")).not.toContain("game");
  });

  it("are said with 不可, NG and 希望しません of work, and 'No … in-house' is no lack (session 46)", () => {
    expect(offersLeft("ゲーム開発は不可")).toBe("");
    expect(offersLeft("Webアプリ開発。ゲーム開発はNG")).toBe("Webアプリ開発。");
    expect(offersLeft("オンサイト常駐は希望しません")).toBe("");
    expect(offersLeft("製造業に不可欠な品質管理システム")).toContain("品質管理");
    expect(offersLeft("NGワード検出のAIモデル")).toContain("AI");
    // 不可能 and NG of a product inspected are no refusals (review).
    expect(offersLeft("従来は不可能だったリアルタイム解析をエッジAIで実現")).toContain("AI");
    expect(offersLeft("画像検査ではNG品を自動で検出します")).toContain("画像検査");
    expect(offersLeft("ゲーム開発はNGです。")).toBe("");
    expect(offersLeft("製造業のDXは不可避であり、当社はIoT・AI導入支援を提供します")).toContain("IoT");
    expect(offersLeft("AI外観検査システム：不良品はNG、良品はOKとして自動判定")).toContain("外観検査");
    // "No … in-house" among needs says what the firm leaves out, a reason it gives for a refusal (BB-004, BQ-044).
    expect(
      seeksLeft("No SOC or managed security service in-house – we sell licences and do first-line support only"),
    ).toBe("");
  });

  it("do not lift a pair: the firm that does what is asked ranks above the one that says it does not", () => {
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      seeksText: "経理業務の外注（記帳から決算・法人税申告まで）",
    });
    const refuses = matchFirm({
      id: "refuses",
      offersText: "記帳代行（freee、マネーフォワード、弥生会計に対応）\n※税務申告・法人税申告は行いません",
    });
    const does = matchFirm({
      id: "does",
      offersText: "記帳代行（freee、マネーフォワード、弥生会計に対応）\n決算・法人税申告の代行",
    });
    const e = engineWith(concepts, buyer, refuses, does);
    expect(pairScore(e, "buyer", "does")).toBeGreaterThan(pairScore(e, "buyer", "refuses"));
  });
});

describe("trade words the reader had missed", () => {
  it.each([
    ["Remote patient monitoring platform for US clinics", "telemedicine"],
    ["Formal property checking (JasperGold) and gate-level simulation", "design-verification"],
    ["Build Petalinux, viết driver Linux cho Zynq UltraScale+", "embedded-linux"],
    ["Board bring-up and schematic review for IoT gateways", "pcb-hardware"],
    ["Programmatic advertising and retail media for Vietnamese consumers", "digital-marketing"],
    ["交通信号の制御システムの製品と技術", "smart-city"],
    ["自動車部品（ブレーキキャリパー、精密プレス品）の製造", "precision-machining"],
    ["Viết test case, chạy regression theo sprint", "quality"],
    ["順送金型の設計・製作（自動車部品）", "precision-machining"],
    ["宮崎の店舗・小規模事業者向けHP制作", "web-apps"],
    ["工場・物流倉庫の設計施工", "construction-contracting"],
    ["インサイドセールス代行（BtoB SaaS）", "contact-center"],
    ["ESC/ABS制御ユニットの開発・量産", "automotive-software"],
  ])("%s", (text, code) => {
    expect(codes("offers", text)).toContain(`offer:${code}`);
  });

  it.each([
    ["経理業務の外注先を探しています", "accounting-bpo"],
    ["電話代行の委託先を探しています", "contact-center"],
    ["記帳入力（領収書・請求書）を任せられる海外パートナー", "accounting-bpo"],
    ["書かない窓口の導入を支援してくれる会社", "e-government"],
  ])("%s", (text, code) => {
    expect(codes("seeks", text)).toContain(`seek:${code}`);
  });
});

describe("the trade words added, where they mean something else (review)", () => {
  it.each([
    ["offers", "日本語での会議・電話対応が可能なBrSEが10名在籍", "contact-center"],
    ["offers", "クラウド会計ソフトで経理業務を効率化します", "accounting-bpo"],
    ["offers", "We provide a REST API for programmatic access to your data", "digital-marketing"],
    ["offers", "Linux traffic control (tc) and QoS tuning for 5G core", "smart-city"],
    ["offers", "食品加工部品の輸入販売", "precision-machining"],
    ["offers", "Our pilot in Osaka was a test case for expansion to Kansai", "quality"],
    ["offers", "Rental property checking app for landlords", "design-verification"],
    ["offers", "Gerber Technology CAD software for apparel", "pcb-hardware"],
    ["offers", "切削部品の図面から見積を自動算出するSaaS", "precision-machining"],
    ["offers", "We accept Gerber data and BOM for PCB assembly (SMT, THT)", "pcb-hardware"],
    ["seeks", "We already have labelled data; looking for computer vision engineers", "data-annotation"],
    ["offers", "Kernel driver development for Windows (WDM/KMDF)", "embedded-linux"],
    ["offers", "電話業務の効率化に向けたIVR・音声認識システムの開発", "contact-center"],
    ["offers", "法人税申告ソフトの開発", "accounting-bpo"],
    ["offers", "Railway traffic signals interlocking software", "smart-city"],
    ["offers", "順送金型の設計・製作（自動車部品）", "payments"],
    ["offers", "HP製プリンタの保守", "web-apps"],
    ["offers", "建設業向け設計・施工管理アプリを開発", "construction-contracting"],
    ["offers", "インサイドセールス支援SaaSを提供", "contact-center"],
    ["offers", "鉄道車両のブレーキ制御装置の開発", "automotive-software"],
  ] as const)("%s: %s", (kind, text, code) => {
    expect(codes(kind, text).map((c) => c.split(":")[1])).not.toContain(code);
  });
});

describe("a firm whose whole team works in English", () => {
  it("speaks Japanese only through its bridge engineers (review)", () => {
    expect(someOnlyStated(["Tiếng Nhật thông qua BrSE, toàn bộ team dev làm việc bằng tiếng Anh."])).toBe(true);
  });

  it("is not named by a word that ends in ca before team (session 46)", () => {
    expect(someOnlyStated(["Tiếng Nhật qua BrSE. Costa Rica team, tiếng Nhật qua BrSE."])).toBe(true);
  });
});

describe("the firms that would do what is said for the firm speaking", () => {
  it("are its clients: employers that would hire the engineers a placement firm sends", () => {
    const read = codes("seeks", "日本でベトナム人エンジニアを直接雇用していただける企業様");
    expect(read).toContain("offer:japan-placement");
    expect(read).not.toContain("seek:japan-placement");
  });
});

describe("Vietnamese typed without diacritics", () => {
  it("is known in a short field by its common syllables", () => {
    expect(looksUnmarkedVietnamese("Gia cong CNC chi tiet may, khuon dap cho nganh o to, xe may")).toBe(true);
    expect(looksUnmarkedVietnamese("tim publisher o Nhat, Han cho 2 game puzzle moi")).toBe(true);
    expect(looksUnmarkedVietnamese("Tom, ca fillet dong lanh xuat khau (dat HACCP, BRC)")).toBe(true);
  });

  it("is not English that names Vietnamese places", () => {
    expect(looksUnmarkedVietnamese("Our Dong Nai factory can be a reference site for partners")).toBe(false);
    expect(looksUnmarkedVietnamese("Based in Ho Chi Minh City, Da Nang. Engineers can handle Salesforce.")).toBe(false);
    expect(looksUnmarkedVietnamese("CEO: Tran Van Toan; CTO: Le Thi Hoa; COO: Nguyen Van Dong")).toBe(false);
    expect(looksUnmarkedVietnamese("A Vietnamese development partner for a bank project in Ho Chi Minh City")).toBe(
      false,
    );
  });
});

describe("a kind of firm listed with the clients a vendor looks for", () => {
  it.each([
    "Japanese SIers and user companies for long-term ODC",
    "日本のSIer・エンドユーザー企業からの長期ラボ案件",
    "Japanese SIer and enterprise customers that need a long-term ODC team",
  ])("is a kind of client, not a trade the vendor offers: %s (session 46)", (text) => {
    const read = codes("seeks", text);
    expect(read).not.toContain("offer:system-integration");
  });

  it("is a kind of client after と too (review)", () => {
    expect(codes("seeks", "日本のSIerとエンドユーザー企業からのラボ型開発案件")).not.toContain(
      "offer:system-integration",
    );
  });

  it("is still the trade of a firm that says it is one", () => {
    expect(codes("offers", "SIer and enterprise customers' partner for AWS migration")).toContain(
      "offer:system-integration",
    );
    expect(codes("seeks", "Japanese SIers and user companies for long-term ODC")).toContain("offer:offshore-dev");
    expect(codes("seeks", "We are an SIer and customers in Vietnam ask us for Japanese ERP")).toContain(
      "offer:system-integration",
    );
  });
});

describe("a label denied after its colon", () => {
  it.each([
    ["seeks", "オフショア開発：不要", "offshore-dev"],
    ["seeks", "AI-OCR: không cần", "ai-ocr"],
    ["seeks", "Offshore development: not needed.", "offshore-dev"],
    ["offers", "ゲーム開発：不可", "games"],
  ] as const)("%s: %s is refused, and lends no words (session 46)", (kind, text, code) => {
    const read = codes(kind, text);
    expect(read).not.toContain(`${kind === "seeks" ? "seek" : "offer"}:${code}`);
    expect(kind === "seeks" ? seeksLeft(text) : offersLeft(text)).toBe("");
  });

  it("is only the label after the last break: the need said before it stands (review)", () => {
    expect(codes("seeks", "Java開発者3名、リモート可、来日：不要")).toContain("seek:software-development");
    expect(codes("seeks", "Looking for a React Native partner, Japanese: not required")).toContain("seek:mobile-apps");
    const both = codes("offers", "オフショア開発：可／ゲーム開発：不可");
    expect(both).toContain("offer:offshore-dev");
    expect(both).not.toContain("offer:games");
    expect(seeksLeft("Java開発者3名、リモート可、来日：不要")).toContain("Java");
    expect(offersLeft("ゲーム開発：対応不可です")).toBe("");
    expect(codes("seeks", "オフショア開発：不要（国内のみ）")).not.toContain("seek:offshore-dev");
  });

  it("is only the last field of a form-like line, and what it leaves may refuse too (second review)", () => {
    expect(codes("seeks", "業務内容：Webシステム開発 来日：不要")).toContain("seek:web-apps");
    expect(codes("seeks", "ラボ型開発チーム（5名程度）　来日：不要")).toContain("seek:offshore-dev");
    expect(seeksLeft("Need 3 React developers for our SaaS product - Japanese: not required")).toContain("React");
    expect(offersLeft("Unity開発は対応していません、オンサイト常駐：不可")).toBe("");
  });

  it("is not a label with its content", () => {
    expect(codes("seeks", "Cloud migration: AWS, Azure")).toContain("seek:cloud-migration");
    expect(codes("seeks", "オフショア開発：Java、10名")).toContain("seek:offshore-dev");
    expect(seeksLeft("Cloud migration: AWS, Azure")).toContain("AWS");
  });
});

describe("the least team a firm takes on", () => {
  it("is said of contracts in Vietnamese too (session 46)", () => {
    const facts = (text: string) => read("seeks", text).facts;
    expect(facts("Chỉ nhận hợp đồng từ 3 kỹ sư trở lên, thời hạn tối thiểu 6 tháng").minTeam).toBe(3);
    expect(facts("Chi nhan hop dong tu 3 ky su tro len").minTeam).toBe(3);
    expect(facts("Hợp đồng 3 năm với khách hàng Nhật").minTeam ?? null).toBeNull();
    // The firm's whole head count beside the contracts it takes is no least team (review).
    const offered = (text: string) => read("offers", text).facts;
    expect(offered("Với hơn 200 kỹ sư, chúng tôi nhận hợp đồng outsourcing từ Nhật Bản").minTeam ?? null).toBeNull();
    expect(offered("Nhận hợp đồng từ 3 tháng với đội 200 kỹ sư").minTeam ?? null).toBeNull();
  });
});

describe("work that comes to the firm from others (からの…案件)", () => {
  it("is work it takes on (session 46)", () => {
    expect(codes("seeks", "日本のメーカーからのラボ型開発案件")).toContain("offer:offshore-dev");
    expect(codes("seeks", "大手SIerからの組込み開発案件")).toContain("offer:embedded");
  });

  it("is sought where a partner is to do it, and a migration from a system is no such work", () => {
    expect(codes("seeks", "お客様からのAI開発案件を一緒に対応できるパートナー")).toContain("seek:data-ai");
    expect(codes("seeks", "SAP ECCからの移行案件を支援できる会社")).not.toContain("offer:sap");
    // Nor the firm's own work sent out, a date, a migration said later, a vendor sought (review).
    expect(codes("seeks", "弊社からのJava開発案件をお任せできるオフショア先")).toContain("seek:offshore-dev");
    expect(codes("seeks", "2025年4月からのラボ型開発案件でJavaエンジニア3名")).toContain("seek:offshore-dev");
    expect(codes("seeks", "オンプレミスからのクラウド移行案件を支援できるベンダー")).toContain("seek:cloud-migration");
    expect(codes("seeks", "顧客からのAI開発案件に対応できるベトナムのベンダー")).toContain("seek:data-ai");
  });
});

describe("buyers named first, then the work for them", () => {
  it("is work the firm sells them (session 46)", () => {
    expect(codes("seeks", "Japanese enterprises for long-term ODC contracts")).toContain("offer:offshore-dev");
    expect(codes("seeks", "Japanese SMEs needing Salesforce implementation")).toContain("offer:crm");
  });

  it("is not where firms that would do the work are named", () => {
    expect(codes("seeks", "Vietnamese companies for long-term ODC")).toContain("seek:offshore-dev");
    expect(codes("seeks", "Enterprises for AWS migration partners")).toContain("seek:cloud-migration");
    // Buyers of another country, and a need said after the clause (review).
    expect(codes("seeks", "Vietnamese enterprises for long-term ODC")).toContain("seek:offshore-dev");
    expect(codes("seeks", "Japanese enterprises for ODC; we also need a bridge engineer")).toContain(
      "seek:bridge-services",
    );
  });
});
