// Session 47: the mobility and telecom trade's words (telematics, charging back ends, CAN logs, cluster HMI, radio
// units and the 5G core), a client's ask said after the lack, firms sought as clients, Japanese denials (はNG, a kind of
// project by its terms) and work from others in more words.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { fieldReader } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { read, codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the mobility and telecom trade's words", () => {
  it.each([
    ["Fleet telematics platform: tracking, utilisation, driver scoring", "offer:transport-management"],
    [
      "Nen tang telematics doi xe: GPS, nhien lieu, hanh vi lai xe\nTich hop tachograph ky thuat so",
      "offer:transport-management",
    ],
    ["デジタコの導入支援", "offer:transport-management"],
    ["CSMS OCPP 1.6J / 2.0.1, roaming OCPI", "offer:ev-battery"],
    ["CAN log analysis (BLF, ASC, MF4)", "offer:automotive-testing"],
    ["CANログ解析とCAPLスクリプト作成", "offer:automotive-testing"],
    ["Kanzi engineers for a cluster implementation", "offer:infotainment"],
    ["Head-up display software", "offer:infotainment"],
    ["試験ケースのスクリプト化と試験実行（リモート）", "offer:quality"],
    ["テストスクリプトの作成と保守", "offer:test-automation"],
    ["Đối tác làm HMI cụm đồng hồ để cùng chào gói buồng lái", "offer:infotainment"],
    ["O-RU supply for private networks", "offer:network-5g"],
    ["Tích hợp với open5GS / free5GC qua API", "offer:network-5g"],
  ])("%s", (text, code) => {
    expect(codes("offers", text)).toContain(code);
  });

  it.each([
    ["Web app where users can log in with Google", "automotive-testing"],
    ["Game art outsourcing: 2D/3D assets, UI/HUD design", "infotainment"],
    ["Clinical trial management: small cell lung cancer studies", "network-5g"],
    ["Supply of two-way radio units and walkie-talkies", "network-5g"],
    ["Cho thue o du, ban o du quang cao in logo", "network-5g"],
    ["Usage-based insurance for car insurers", "transport-management"],
    ["Firmware for telematics control units (TCU), AUTOSAR, eCall", "transport-management"],
    ["JP1によるジョブ運行管理システムの構築・運用", "transport-management"],
    ["日本語能力試験N2以上の講師による研修", "quality"],
    ["資格試験の試験実施・採点業務を受託しています", "quality"],
    ["臨床試験実施計画書の作成支援、治験の試験実施支援", "quality"],
    ["検体試験の自動化装置の開発", "test-automation"],
  ])("reads no trade word of another trade in %s", (text, code) => {
    expect(codes("offers", text).map((c) => c.replace(/^offer!?:/, ""))).not.toContain(code);
  });

  it("leaves a factory HMI and a bare charger where they were", () => {
    expect(codes("offers", "SCADA and HMI screens for packaging lines")).toContain("offer:ot-integration");
    expect(codes("offers", "SCADA and HMI screens for packaging lines")).not.toContain("offer:infotainment");
    expect(codes("offers", "Cho thuê xe tải và xe đầu kéo")).not.toContain("offer:transport-management");
  });
});

describe("what a firm's clients ask and it lacks", () => {
  it("is sought when the lack comes first, typed with or without diacritics", () => {
    const plain = "chua co ky su AUTOSAR, khach hang Nhat doi ASPICE -> can don vi dao tao / tu van ASPICE";
    expect(codes("seeks", plain)).toContain("seek:functional-safety");
    expect(codes("seeks", plain)).not.toContain("offer:functional-safety");
    const marked = "Khách hàng Nhật đòi ASPICE, chúng tôi chưa có -> cần đơn vị tư vấn";
    expect(codes("seeks", marked)).toContain("seek:functional-safety");
  });

  it("is still sold where the firm lacks nothing, or the clients' words come after a search for partners", () => {
    expect(
      codes(
        "seeks",
        "Tìm đối tác phân phối tại Cần Thơ; khách hàng Cần Thơ chủ yếu là nhà hàng, chúng tôi cung cấp phần mềm POS",
      ),
    ).not.toContain("seek:pos-systems");
    expect(
      codes(
        "seeks",
        "Looking for channel partners for our ERP; our customers want fast rollout and we deliver in 8 weeks",
      ),
    ).not.toContain("seek:erp");
  });

  it("is still sold where the firm lacks nothing", () => {
    expect(codes("seeks", "Khách hàng Nhật cần kiểm thử ASPICE, tìm thêm khách hàng mới")).not.toContain(
      "seek:functional-safety",
    );
  });
});

describe("firms sought as clients", () => {
  it("need what the firm sells, and the certificate they must reach is not asked of them", () => {
    const r = read(
      "seeks",
      "Vietnamese software houses that must reach ASPICE level 2 for Japanese customers (as consulting clients)",
    );
    expect(r.mentions.map((m) => `${m.direction}:${m.code}`)).toEqual(["offer:functional-safety"]);
    expect(r.required.certifications).toEqual([]);
    expect(codes("seeks", "Japanese SMEs as our customers for ERP rollout")).toContain("offer:erp");
    expect(codes("seeks", "Tìm doanh nghiệp sản xuất làm khách hàng cho giải pháp ERP")).toContain("offer:erp");
  });

  it.each([
    ["As customer demand grows, we need a Kubernetes and DevOps partner", "seek:devops"],
    ["Need a cloud migration partner with banks as clients (FISC experience)", "seek:cloud-migration"],
    ["As a loyal customer of SAP, we need an implementation partner for our S/4HANA migration", "seek:local-delivery"],
    ["Cần đơn vị làm website thương mại điện tử, đối tượng là khách hàng B2C", "seek:ecommerce-platforms"],
    ["ERP導入を支援していただける開発会社を探しています（弊社が顧客として発注します）", "seek:erp"],
  ])("not in %s", (text, code) => {
    expect(codes("seeks", text)).toContain(code);
    expect(codes("seeks", text)).not.toContain(code.replace("seek:", "offer:"));
  });

  it("a certificate asked beside 'must reach' is still asked", () => {
    const r = read("seeks", "Partner must hold ISO 27001 and must reach 20 engineers within 3 months");
    expect(r.required.certifications).toEqual([{ cert: "ISO27001" }]);
  });

  it("not where they are sought as partners, or a certificate is asked of suppliers", () => {
    expect(codes("seeks", "Japanese firms as partners, not as clients, for ERP rollout")).not.toContain("offer:erp");
    const r = read("seeks", "Offshore partner with ISO 27001 for ERP rollout; must reach our Tokyo office in 2 hours");
    expect(r.required.scopes?.[0]?.certifications ?? r.required.certifications).toEqual([{ cert: "ISO27001" }]);
  });
});

describe("requirements asked of a software supplier, said after the last need", () => {
  const text = [
    "Tìm nhà nhập khẩu, nhà phân phối hoặc chuỗi bán lẻ tại Nhật Bản cho trái cây sấy",
    "Cần hệ thống truy xuất nguồn gốc (mã QR) từ vùng trồng đến thành phẩm",
    "Nhà cung cấp phần mềm phải có đội triển khai đến tận nhà máy và làm việc bằng tiếng Việt",
  ].join("\n");

  it("go with the work given out, not with the importer sought", () => {
    const r = read("seeks", text).required;
    expect(r.languages).toEqual([]);
    expect(r.scopes?.map((s) => [s.caps, s.languages])).toEqual([[["smart-agriculture"], ["vi"]]]);
  });

  it("stay the firm's when the firm names itself by the role, or asks them of every partner", () => {
    const own = read(
      "seeks",
      text.replace(
        "Nhà cung cấp phần mềm phải có đội triển khai đến tận nhà máy và làm việc bằng tiếng Việt",
        "Chúng tôi là nhà cung cấp phần mềm nên mọi đối tác phải làm việc bằng tiếng Việt",
      ),
    ).required;
    expect(own.languages).toEqual(["vi"]);
  });

  it("stay the firm's when no supplier is named", () => {
    const r = read("seeks", text.replace("Nhà cung cấp phần mềm phải", "Đối tác phải")).required;
    expect(r.languages).toEqual(["vi"]);
  });
});

describe("Vietnamese typed without marks", () => {
  it("reads chăm sóc (care) as no SOC, and a SOC still as one", () => {
    expect(codes("seeks", "Tim nha cung cap do cham soc da em be de phan phoi")).not.toContain("seek:soc");
    expect(codes("seeks", "Can dich vu SOC 24/7 cho ngan hang")).toContain("seek:soc");
    expect(codes("seeks", "Doi ngu xu ly cham; SOC 24/7 thue ngoai")).toContain("seek:soc");
  });

  it("reads khách hàng thân thiết as loyalty, not as clients sought", () => {
    const line = "Tim giai phap CRM / khach hang than thiet tich hop Zalo OA va may POS hien tai";
    expect(codes("seeks", line)).toContain("seek:crm");
    expect(codes("seeks", line)).not.toContain("offer:crm");
    expect(codes("seeks", "Tìm khách hàng Nhật cho dịch vụ CRM")).toContain("offer:crm");
    expect(codes("seeks", "Tìm khách hàng thân thiết lâu dài tại Nhật cho dịch vụ BPO kế toán")).not.toContain(
      "seek:accounting-bpo",
    );
  });
});

describe("Japanese denials", () => {
  it("はNG denies the work listed before it, as は対応不可 does; NG品 and NG、…OK deny nothing", () => {
    expect(codes("offers", "Webシステム開発、ゲーム開発はNG")).toContain("offer!:games");
    expect(codes("offers", "ゲーム開発はNGです")).toEqual(["offer!:games"]);
    expect(codes("offers", "NG品の画像検査（外観検査AI）")).toContain("offer:visual-inspection");
    expect(codes("offers", "ゲーム開発はNG、Web開発はOK")).toContain("offer:web-apps");
  });

  it("a kind of project by its terms denies those projects only, not the work before it", () => {
    const line = "Java・PHPでのWeb開発、短納期案件は不可";
    expect(codes("offers", line)).toEqual(["offer:software-development", "offer:web-apps", "offer:web-apps"]);
    expect(read("offers", line).terms!.offers).toEqual(expect.arrayContaining(["java", "php"]));
    expect(codes("offers", "Web開発、小規模案件はお受けしていません")).toEqual(["offer:web-apps"]);
    // A list of work under one denial is all denied.
    expect(codes("offers", "Java開発、ゲーム開発は対応不可")).toEqual(["offer!:software-development", "offer!:games"]);
  });
});

describe("work that comes to the firm from others (からの)", () => {
  it("is taken on, as a project, an order or a contract too", () => {
    expect(codes("seeks", "日本企業からのオフショア開発のオーダー")).toEqual(["offer:offshore-dev"]);
    expect(codes("seeks", "メーカーからの組込み開発の契約")).toEqual(["offer:embedded"]);
  });

  it("not where a partner is sought to do it", () => {
    expect(codes("seeks", "お客様からのAI開発プロジェクトを一緒に対応できるパートナー")).toEqual(["seek:data-ai"]);
  });
});

describe("the second review's cases", () => {
  it("a list of refusals ending with a kind of project is all refused; NG判定 and NG-RAN deny nothing", () => {
    expect(codes("offers", "受託開発、SES、短納期案件は対応しておりません")).toEqual([
      "offer!:offshore-dev",
      "offer!:it-staffing",
    ]);
    expect(read("offers", "受託開発、SES、短納期案件は対応しておりません").terms!.offers).toEqual([]);
    expect(codes("offers", "オフショア開発は行っていますが、ゲーム開発、短納期案件は不可です")).toContain(
      "offer!:games",
    );
    expect(codes("offers", "外観検査AIを開発し、キズ・汚れのある製品はNG判定して自動排出する仕組みを提供")).toContain(
      "offer:visual-inspection",
    );
    expect(codes("offers", "ローカル5Gの構築、無線区間はNG-RANに準拠")).toEqual(["offer:network-5g"]);
    expect(codes("offers", "客先常駐はNG 100%リモートで対応します")).toEqual(["offer!:it-staffing"]);
    expect(codes("offers", "Java、PHPでのWeb開発、短納期案件は不可")).not.toContain("offer!:web-apps");
    expect(codes("offers", "Web開発（Laravel、Vue）、短納期案件は不可")).not.toContain("offer!:web-apps");
  });

  it("work from others is not an ordering channel, nor engineers sought for it", () => {
    expect(codes("seeks", "顧客からのEDI発注に対応するシステムを構築したい")).toContain("seek:api-integration");
    expect(codes("seeks", "メーカーからの組込み開発案件（車載システム）")).toContain("offer:embedded");
    expect(codes("seeks", "Tier1メーカーからのAUTOSARプロジェクトに対応できるエンジニアを5名募集しています")).toEqual([
      "seek:automotive-software",
    ]);
  });

  it("'as customers' as a reason, 'làm khách hàng hài lòng' and the firm entrusting work are not clients sought", () => {
    expect(codes("seeks", "We need a Japanese translation agency as our clients are in Japan")).toContain(
      "seek:translation-localization",
    );
    expect(codes("seeks", "Tìm chuyên gia UX để làm khách hàng hài lòng hơn với ứng dụng mobile")).toContain(
      "seek:ux-design",
    );
    expect(codes("seeks", "顧客としてAWSへの移行を依頼できるベトナム企業を探しています")).toContain("seek:cloud");
  });

  it("a lack said before the clients' ask is sought too", () => {
    const line = "Chúng tôi chưa có kỹ sư AUTOSAR, khách hàng Nhật đòi ASPICE nên cần đơn vị tư vấn";
    expect(codes("seeks", line)).toContain("seek:automotive-software");
    expect(codes("seeks", line)).not.toContain("offer:automotive-software");
  });

  it("the firm's own product named before its clients' ask stays sold", () => {
    const line = "We build Shopify stores; our clients want SEO as well, so we need a partner for that";
    expect(codes("seeks", line)).toEqual(["offer:ecommerce-platforms", "seek:digital-marketing"]);
  });

  it("requirements naming resellers or investors beside software vendors are not the software partner's", () => {
    const r = read(
      "seeks",
      "Resellers in Japan for our code-signing service\nA React Native team for our mobile app\nResellers must hold ISO 27001 and already sell to software vendors",
    ).required;
    expect(r.certifications).toEqual([{ cert: "ISO27001" }]);
  });

  it("a level reached beside a certificate asked leaves it asked", () => {
    const r = read("seeks", "Vendors must be CMMI Level 3 or above; teams reaching level 5 are preferred").required;
    expect(r.certifications).toEqual([{ cert: "CMMI", level: 3 }]);
  });
});
