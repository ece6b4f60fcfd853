import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";

// Session 33: what CD (a regional year of Japanese manufacturers, needs told as shortages) showed the reader misses.
const concepts = new ConceptIndex(repositoryConcepts());
const read = (kind: "offers" | "seeks", text: string) => concepts.reader.read([{ kind, text }]);
const codes = (kind: "offers" | "seeks", text: string) =>
  read(kind, text).mentions.map((m) => `${m.direction}${m.negated ? "!" : ""}:${m.code}`);

describe("the trades of a manufacturer setting up abroad", () => {
  it("rough machining, incorporation, forwarders and technical translation are trades", () => {
    expect(codes("seeks", "現地での粗加工の外注先")).toContain("seek:precision-machining");
    expect(codes("seeks", "ベトナムでの法人設立と記帳の支援")).toContain("seek:market-entry");
    expect(codes("seeks", "ハイフォンでの混載（LCL）集荷を任せられる現地フォワーダー")).toContain(
      "seek:logistics-services",
    );
    expect(codes("seeks", "Khách Nhật yêu cầu báo cáo bằng tiếng Nhật – cần dịch vụ dịch kỹ thuật")).toContain(
      "seek:translation-localization",
    );
  });

  it("a joint venture's company is no incorporation service", () => {
    expect(codes("offers", "出資（資本提携・合弁会社の設立）")).not.toContain("offer:market-entry");
  });

  it("the requirements of a need whose trade is read bind that need, not the one before it", () => {
    const r = read(
      "seeks",
      "・レンタル工場（2,000㎡前後、天井クレーン5t）\n・現地での粗加工の外注先（ISO 9001必須、従業員100名以上）",
    );
    expect(r.required.scopes?.map((s) => s.caps)).toEqual([["precision-machining"]]);
  });
});

describe("the agent a firm would be", () => {
  it("a maker sought 'để làm đại lý' makes the firm the agent", () => {
    expect(codes("seeks", "Tìm nhà sản xuất cảm biến giá tốt để làm đại lý")).toContain("offer:distribution");
    expect(codes("seeks", "Nhà sản xuất dao dĩa cao cấp từ Nhật Bản để làm đại lý")).toContain("offer:distribution");
  });

  it("…not a partner sought to be its agent, nor an agent for the firm", () => {
    expect(codes("seeks", "Tìm đối tác để làm đại lý tại Nhật")).toContain("seek:distribution");
    expect(codes("seeks", "Tìm nhà sản xuất để làm đại lý cho chúng tôi")).toContain("seek:distribution");
  });

  it("a statement opening with the role, its subject dropped, is the firm's role", () => {
    expect(codes("seeks", "Làm đại lý phần mềm quản lý sản xuất của Nhật cho các nhà máy Nhật tại Việt Nam")).toContain(
      "offer:distribution",
    );
    expect(codes("seeks", "Tìm đại lý phân phối tại miền Bắc")).toContain("seek:distribution");
  });

  it("brands looking for a distributor are whom the firm would distribute for", () => {
    expect(codes("seeks", "Japanese component brands looking for a distributor in Thailand")).toContain(
      "offer:distribution",
    );
    expect(codes("seeks", "We are looking for a distributor in Thailand")).toContain("seek:distribution");
  });
});

describe("the team a need asks", () => {
  it("one person counted as one, and engineers times a count, are the team asked", () => {
    expect(read("seeks", "WordPressのコーディングを手伝ってくれる人（1名、月10〜15ページくらい）").required.scale).toBe(
      1,
    );
    expect(read("seeks", "Cần 1 người làm WordPress").required.scale).toBe(1);
    expect(read("seeks", "React / Go engineers x3, remote, from January 2026").required.scale).toBe(3);
    expect(read("seeks", "Javaエンジニア×5名").required.scale).toBe(5);
  });

  it("…not a person-month, nor a lone 1 that counts no one", () => {
    expect(read("seeks", "1人月程度の案件").required.scale ?? null).toBeNull();
    expect(read("seeks", "Phase 1 of our ERP roll-out, 3 months").required.scale ?? null).toBeNull();
  });
});

describe("what a firm lacks in a language", () => {
  const lacks = (text: string) => read("offers", text).facts.lacksLanguages;
  it("a course or content it has not is no lack of speakers", () => {
    expect(lacks("Khóa tiếng Nhật IT 10 tháng (N3 → N2); chưa có khóa luyện N1")).not.toContain("ja");
    expect(lacks("We have no Japanese content yet")).not.toContain("ja");
    expect(read("seeks", "Khong mua phan mem chi co giao dien tieng Nhat hoac tieng Anh").facts.lacksLanguages).toEqual(
      [],
    );
    expect(lacks("ベトナム語の帳票は扱っていません")).not.toContain("vi");
  });

  it("…people who do not speak it are", () => {
    expect(lacks("English and Vietnamese; no Japanese speakers")).toContain("ja");
    expect(lacks("Chưa có người nói tiếng Nhật")).toContain("ja");
  });
});

describe("finishing", () => {
  it("仕上げ加工 is machining, not an animation studio's 仕上げ", () => {
    expect(codes("seeks", "ダイカスト素材の仕上げ加工の外注先")).toContain("seek:precision-machining");
    expect(codes("seeks", "ダイカスト素材の仕上げ加工の外注先")).not.toContain("seek:video-production");
  });
});

describe("gia công", () => {
  it("beside goods it is their making, not offshore software development", () => {
    expect(codes("seeks", "Đơn hàng gia công từ khách hàng Nhật (ô tô, máy nông nghiệp)")).not.toContain(
      "offer:offshore-dev",
    );
    expect(codes("seeks", "Khách hàng Nhật Bản cần gia công linh kiện, bo mạch điện tử")).toContain(
      "offer:electronics-manufacturing",
    );
    expect(codes("seeks", "Tìm thêm khách hàng Nhật cần gia công PCBA (không phải dịch vụ IT)")).not.toContain(
      "offer:offshore-dev",
    );
  });

  it("…and alone, or beside software, it is still subcontracted development", () => {
    expect(codes("seeks", "Nhận gia công lại (thầu phụ) cho các công ty IT lớn trong nước")).toContain(
      "offer:offshore-dev",
    );
  });
});

describe("work a partner does for the firm's clients", () => {
  it("'お取引先のベトナム進出を支援いただける…会社' seeks the support and the trade that names the partner", () => {
    const sought = codes(
      "seeks",
      "① お取引先のベトナム進出を現地で支援いただける会計事務所・コンサルティング会社（ホーチミン・ハノイ）",
    );
    expect(sought).toContain("seek:market-entry");
    expect(sought).not.toContain("offer:market-entry");
    expect(sought).not.toContain("offer:business-services");
  });

  it("…while firms that plan the entry themselves are clients of it", () => {
    expect(codes("seeks", "ベトナム進出を検討している日本企業")).toContain("offer:market-entry");
  });

  it("money lent for an entry is no entry support", () => {
    expect(codes("offers", "お取引先向け海外進出資金の融資")).not.toContain("offer:market-entry");
    expect(codes("offers", "Loans for market entry and export")).not.toContain("offer:market-entry");
  });
});

describe("the partner named after what it can do", () => {
  it("work before 'できる/いただける <partner>' is sought", () => {
    expect(codes("seeks", "地元製造業のDX案件（IoT・生産管理など）を受託できる企業")).toContain("seek:iot-platforms");
    expect(codes("seeks", "日系顧客のベトナム工場でのライン据付・立上げに同行できる現地SIer")).toContain(
      "seek:system-integration",
    );
    expect(codes("seeks", "読取結果の目視確認をセットで提供できるBPO企業")).toContain("seek:bpo");
    expect(codes("seeks", "夜間監視を任せられる会社")).toContain("seek:managed-services");
  });

  it("…not before a client's need of it", () => {
    expect(codes("seeks", "日本国内に常駐できるエンジニアを必要としている企業様")).toContain("offer:it-staffing");
    expect(codes("seeks", "長期のラボ契約を結んでいただけるお客様を探しています")).toContain("offer:offshore-dev");
  });

  it("a Japanese statement that opens with product names in Latin letters is still read as Japanese", () => {
    expect(
      codes("seeks", "Salesforce Financial Services Cloud の導入・保守をオフショアで支援いただけるパートナー"),
    ).toContain("seek:crm");
    expect(codes("offers", "We offer 受託開発 services for Japanese clients")).toContain("offer:offshore-dev");
  });
});

describe("a role's word inside a capability's name", () => {
  it("'project' in 'project management' names the capability, not projects sought from clients", () => {
    expect(codes("seeks", "We need project management software")).toContain("seek:project-management");
    expect(codes("seeks", "Cần phần mềm quản lý dự án xây dựng")).toContain("seek:project-management");
    expect(codes("seeks", "Cần phần mềm quản lý dự án xây dựng")).toContain("seek:enterprise");
  });

  it("…while projects sought beside a capability are still work looked for", () => {
    expect(codes("seeks", "Looking for Japanese clients for our BIM projects")).toContain("offer:bim");
  });
});

describe("what a firm needs for its clients", () => {
  it("a statement opening with the firm's need seeks what it wants for its clients", () => {
    expect(codes("seeks", "Cần hệ thống BESS cho khách hàng")).toContain("seek:renewable-energy");
    expect(codes("seeks", "We need a BESS supplier for our industrial park clients")).toContain(
      "seek:renewable-energy",
    );
  });

  it("…while clients who need it are clients", () => {
    expect(codes("seeks", "Tìm khách hàng cần hệ thống BESS")).toContain("offer:renewable-energy");
  });
});

describe("what an investor offers", () => {
  it("a stage with a ticket per company is an investment offered, not a round raised", () => {
    expect(codes("offers", "Series A / B, lead or follow; 1社あたり1〜5億円")).toContain("offer:venture-investment");
    expect(codes("offers", "Seed～Series Aで1社あたり最大1.5億円を出資")).not.toContain("seek:venture-investment");
    expect(codes("offers", "Series A–C, USD 1–5M per deal")).toContain("offer:venture-investment");
    expect(codes("offers", "Đầu tư vòng seed đến Series A, 200.000 – 2.000.000 USD mỗi thương vụ")).toContain(
      "offer:venture-investment",
    );
  });

  it("…while a round the firm raises is sought", () => {
    expect(codes("offers", "We are raising a Series A of USD 3M")).toContain("seek:venture-investment");
  });

  it("help with hiring is a service offered, not the firm's own hiring", () => {
    expect(codes("offers", "Portfolio support: hiring, go-to-market in Vietnam")).toContain("offer:market-entry");
    expect(codes("offers", "Help with hiring and go-to-market in Vietnam")).toContain("offer:market-entry");
    expect(codes("offers", "We are hiring Java engineers")).toContain("seek:it-recruitment");
  });
});

describe("the Vietnamese 'ai' after a negation", () => {
  it("'không có ai test', 'chưa ai có chứng chỉ' say nobody, not AI", () => {
    expect(
      codes("seeks", "Lan truoc ra app loi nhieu vi khong co ai test, lan nay muon thue ngoai kiem thu rieng"),
    ).not.toContain("seek!:data-ai");
    expect(codes("offers", "Chưa có kinh nghiệm kiểm thử game, chưa ai có chứng chỉ ISTQB")).not.toContain(
      "offer!:data-ai",
    );
  });

  it("…while AI the firm has not is still AI", () => {
    expect(codes("seeks", "Chúng tôi chưa có AI.")).toContain("seek!:data-ai");
  });
});

describe("outsourced accounting", () => {
  it("'kế toán thuê ngoài' after its trade names the service offered", () => {
    expect(codes("offers", "Kế toán thuê ngoài cho doanh nghiệp FDI")).toContain("offer:accounting-bpo");
  });

  it("…while a firm that wants it outsourced seeks it", () => {
    expect(codes("seeks", "Cần kế toán thuê ngoài cho công ty con")).toContain("seek:accounting-bpo");
    expect(codes("seeks", "Muốn thuê ngoài kiểm thử")).toContain("seek:quality");
  });
});

describe("an order slip", () => {
  it("'phiếu đặt hàng' is a document the firm reads, not an order it places", () => {
    expect(codes("offers", "AI-OCR tiếng Nhật cho phiếu đặt hàng, hóa đơn, kể cả chữ viết tay")).toContain(
      "offer:ai-ocr",
    );
    expect(codes("seeks", "Đặt hàng gia công phần mềm cho đối tác Việt Nam")).not.toContain("offer:offshore-dev");
  });
});
