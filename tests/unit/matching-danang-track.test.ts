// Session 53 (what DH, opened this session, showed: the construction, real-estate, tourism and public-sector track
// of Japan ICT Day in Da Nang): a hotel's PMS apart from the engine that sells its rooms, staff a firm already has
// enough of, a language or region a firm's lack does not reach past a semicolon, help asked in a need, a software
// park's offices, an attributive verb before a longer head.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("hotel software", () => {
  const { codes } = fieldReader(concepts);

  it("reads a PMS and a booking engine or channel manager as two trades under booking systems", () => {
    expect(codes("seeks", "旅館の基幹システム（PMS）の入れ替え先を探しています")).toContain("seek:hotel-pms");
    expect(codes("seeks", "A property management system for our 12 hotels")).toContain("seek:hotel-pms");
    expect(codes("offers", "Phần mềm quản lý khách sạn (PMS) cho khách sạn 3-5 sao")).toContain("offer:hotel-pms");
    expect(codes("offers", "Booking engine and channel manager for Japanese hotels")).toEqual(
      expect.arrayContaining(["offer:booking-engines"]),
    );
    expect(codes("offers", "Booking engine and channel manager for Japanese hotels")).not.toContain("offer:hotel-pms");
    expect(codes("seeks", "サイトコントローラーの導入")).toContain("seek:booking-engines");
    // A booking site is still the broader trade.
    expect(codes("seeks", "自社予約サイトの多言語化")).toContain("seek:booking-systems");
  });

  it("weighs the systems a need connects to, listed before との連携, as traces, not needs", () => {
    const { read } = fieldReader(concepts);
    const need = read("seeks", "自社予約サイトの多言語化と、既存PMS・サイトコントローラーとの連携開発").mentions;
    for (const code of ["hotel-pms", "booking-engines"])
      expect(need.find((m) => m.code === code)!.weight, code).toBeLessThan(0.5);
    expect(need.find((m) => m.code === "booking-systems")!.weight).toBeGreaterThan(0.5);
  });
});

describe("what a need says the firm has enough of, and help asked", () => {
  const { codes, read } = fieldReader(concepts);

  it("reads staff a firm already has enough of (要員は足りています) as no need", () => {
    const need = codes("seeks", "テスト自動化を構築できるパートナー。手動テストの要員は足りています。");
    expect(need).toContain("seek:test-automation");
    expect(need).toContain("seek!:quality");
    expect(need).not.toContain("offer:quality");
    // (A shortage is still a need.)
    expect(codes("seeks", "手動テストの要員が足りません")).not.toContain("seek!:quality");
  });

  it("reads 組み込み into something (CIへの組み込み) as no embedded work, embedded software still as such", () => {
    expect(codes("seeks", "テスト自動化（Playwright、CIへの組み込み）")).not.toContain("seek:embedded");
    expect(codes("seeks", "車載向け組み込みソフトの開発パートナー")).toContain("seek:embedded");
  });

  it("reads help named in a need as sought, help the firm gives as offered", () => {
    expect(codes("seeks", "A serviced office in Da Nang next year and help with company registration")).toEqual(
      expect.arrayContaining(["seek:office-location", "seek:market-entry"]),
    );
    expect(codes("seeks", "We help factories with company registration in Vietnam")).not.toContain("seek:market-entry");
    expect(codes("offers", "Văn phòng cho thuê từ 50 m², hỗ trợ thành lập pháp nhân")).toEqual(
      expect.arrayContaining(["offer:office-location", "offer:market-entry"]),
    );
    // (The firm's own premises are no office sought or offered.)
    expect(read("seeks", "Our 2,000 m2 office space in Da Nang hosts 300 engineers").mentions).toEqual([]);
  });

  it("reads a verb qualifying the people sought before a long head (…を行うポストシリコン検証エンジニア3名) as the need", () => {
    expect(
      codes("seeks", "初回シリコンの評価（ボード立ち上げ、特性評価）を行うポストシリコン検証エンジニア3名"),
    ).toContain("seek:design-verification");
    expect(codes("offers", "初回シリコンの評価を行っています")).not.toContain("seek:design-verification");
  });
});

describe("a lack said of one part of a sentence", () => {
  const { read } = fieldReader(concepts);
  const korean =
    "Korean BIM consultancy for contractors in Korea and Japan. We have no Japanese-speaking staff; Japanese projects are handled in English through our Tokyo sales agent.";

  it("does not carry a denial past a semicolon to a language or a region", () => {
    const facts = read("description", korean).facts;
    expect(facts.lacksLanguages).toEqual(["ja"]);
    expect(facts.servesOnly ?? []).toEqual([]);
    // (Within its own part it still reaches: "We do not take projects in Kyushu" refuses the region.)
    expect(read("description", "We do not take projects in Kyushu.").facts.servesOnly ?? []).not.toContain("JP-KYUSHU");
  });
});

describe("an investor whose organizer calls it a buyer", () => {
  const fund = (firmType: "buyer" | null) =>
    matchFirm({
      id: "fund",
      country: "JP",
      employeeBand: "B1_49",
      firmType,
      texts: ["Corporate venture arm. We invest in smart mobility and parking startups in Southeast Asia."],
      offersText: "Series A investment of JPY 50–300 million per company",
      seeksText: "Series A startups with at least USD 1 million in annual recurring revenue",
    });
  const startup = matchFirm({
    id: "parking",
    country: "VN",
    offersText: "Hệ thống đỗ xe thông minh: cảm biến ô đỗ, camera nhận dạng biển số, ứng dụng thanh toán",
    seeksText: "Gọi vốn Series A 2 triệu USD, tìm nhà đầu tư chiến lược Nhật Bản dẫn dắt vòng",
  });

  it("reads smart parking and plate recognition as trades an investor may back", () => {
    const { codes } = fieldReader(concepts);
    expect(codes("description", "We invest in smart mobility and parking startups")).toContain("seek:mobility-maas");
    expect(codes("offers", "camera nhận dạng biển số")).toContain("offer:computer-vision");
  });

  it("backs a start-up in its thesis as one no one typed (it buys stakes, it supplies money)", () => {
    const typed = pairScore(engineWith(concepts, fund("buyer"), startup), "fund", "parking");
    const untyped = pairScore(engineWith(concepts, fund(null), startup), "fund", "parking");
    expect(typed).toBeGreaterThan(0.6);
    expect(typed).toBeCloseTo(untyped, 2);
    // (A buyer that is no investor still wants no clients.)
    const buyer = matchFirm({ id: "hotel", country: "JP", firmType: "buyer", seeksText: "A hotel PMS" });
    const pms = matchFirm({ id: "pms", country: "VN", offersText: "Hotel PMS for ryokan" });
    const e = engineWith(concepts, buyer, pms);
    expect(e.score("hotel", "pms")!.forB).toBeLessThan(e.score("hotel", "pms")!.forA);
  });
});

describe("whose customers, whose work", () => {
  const { codes, read } = fieldReader(concepts);

  it("reads a system for the firm's own customers' inquiries (お客様の問い合わせ) as the system sought", () => {
    const need = read(
      "seeks",
      "お客様の問い合わせに24時間答える多言語チャットボット（英語・中国語）。パッケージ製品を希望します。",
    );
    expect(need.mentions.map((m) => `${m.direction}:${m.code}`)).toContain("seek:nlp");
    expect(need.intents).not.toContain("clients");
    // (Clients who need it are still clients sought: the firm offers it.)
    expect(codes("seeks", "多言語チャットボットを必要とするお客様を探しています")).toContain("offer:nlp");
  });

  it("reads work of one trade refused as that trade refused, not every client", () => {
    expect(read("seeks", "We do not take labeling-only projects.").notIntents).not.toContain("clients");
    expect(
      read("seeks", "We do not take custom chatbot development or NLP research projects.").notIntents,
    ).not.toContain("clients");
    expect(codes("seeks", "We do not take labeling-only projects.")).toContain("seek!:data-annotation");
    expect(read("seeks", "We do not take projects from Japan.").notIntents).toContain("clients");
  });

  it("reads work the firm says it gives out in a remark as given out, not the clients' outsourcing", () => {
    expect(codes("seeks", "A labeling partner for our own projects (we outsource annotation)")).not.toContain(
      "offer:data-annotation",
    );
    expect(codes("offers", "Japanese clients outsource testing to us")).toContain("offer:quality");
  });
});

describe("translating and localising software", () => {
  const { codes } = fieldReader(concepts);

  it("reads i18n engineering apart from translation, a need of either meeting the other only as a near miss", () => {
    expect(codes("offers", "i18n refactoring, string extraction and pseudo-localisation for web apps")).toContain(
      "offer:software-localization",
    );
    expect(codes("offers", "Chúng tôi không làm bản địa hóa phần mềm (chuỗi giao diện, file resource).")).toContain(
      "offer!:software-localization",
    );
    expect(codes("seeks", "観光記事の翻訳チーム：日本語からベトナム語へ")).toContain("seek:translation-localization");
    const media = matchFirm({
      id: "media",
      country: "JP",
      seeksText: "観光記事（月60本）の翻訳チーム：日本語からベトナム語・タイ語へ",
    });
    const i18n = matchFirm({
      id: "i18n",
      country: "VN",
      offersText: "i18n refactoring, string extraction and pseudo-localisation",
    });
    const translators = matchFirm({
      id: "tr",
      country: "VN",
      offersText: "Dịch thuật Nhật–Việt, Nhật–Thái (biên dịch viên bản ngữ)",
    });
    const e = engineWith(concepts, media, i18n, translators);
    expect(pairScore(e, "media", "tr")).toBeGreaterThan(pairScore(e, "media", "i18n") + 0.2);
  });
});

describe("what a firm already has", () => {
  const { codes } = fieldReader(concepts);

  it("reads a system the firm already uses, in what it looks for, as no need", () => {
    expect(codes("seeks", "We already use a channel manager and a booking engine and are not replacing them.")).toEqual(
      ["seek!:booking-engines", "seek!:booking-engines"],
    );
    expect(codes("seeks", "既にサイトコントローラーを使っています")).toEqual(["seek!:booking-engines"]);
    expect(codes("seeks", "Chúng tôi đã có hệ thống PMS cho khách sạn")).toEqual(["seek!:hotel-pms"]);
    // (Not in a sentence that asks: what it has is where the work starts.)
    expect(codes("seeks", "We already use AWS and need a partner to migrate to Azure")).not.toContain("seek!:cloud");
    // (…nor in what it offers.)
    expect(codes("offers", "We already have a booking engine for 300 hotels")).toContain("offer:booking-engines");
  });
});

describe("the region a distributor is sought for", () => {
  const { read } = fieldReader(concepts);
  const maker = matchFirm({
    id: "maker",
    country: "JP",
    offersText: "自治体向け電子申請パッケージ「まほろば申請」",
    seeksText: [
      "結合テストを手動で実施できるオフショアのテストパートナー。",
      "Pマーク またはISO 27001の取得が必須です。",
      "東北・北陸で「まほろば申請」を販売してくれる代理店（SIer）も募集しています。",
    ].join("\n"),
  });
  const kyushu = matchFirm({
    id: "kyushu",
    country: "JP",
    offersText: "九州・沖縄の約80自治体を担当する販売代理店として、各社のパッケージを販売・保守しています",
    seeksText: "九州で取り扱える自治体向けパッケージのメーカー。\n当社の営業エリアは九州・沖縄のみです。",
  });
  const tohoku = matchFirm({
    id: "tohoku",
    country: "JP",
    offersText: "東北6県の建設会社・自治体への販売網（他社パッケージの取り扱い実績あり）",
    seeksText: "東北で販売できるパッケージ製品があれば、取り扱いを検討します。",
  });

  it("reads the region as asked of the distributor only, and a sales area said as the only one", () => {
    const scopes = read("seeks", maker.seeksText!).required.scopes ?? [];
    expect(scopes).toContainEqual(
      expect.objectContaining({ caps: ["distribution"], regions: ["JP-TOHOKU", "JP-CHUBU"] }),
    );
    expect(read("seeks", maker.seeksText!).required.regions ?? []).toEqual([]);
    expect(read("seeks", "当社の営業エリアは九州・沖縄のみです。").facts.servesOnly).toContain("JP-KYUSHU");
  });

  it("breaks with a reseller that sells elsewhere only, not with one in the region", () => {
    const e = engineWith(concepts, maker, kyushu, tohoku);
    expect(e.score("maker", "kyushu", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("maker", "tohoku", { sameCountry: true })!.broken).toBe(false);
  });
});

describe("a partner registered in a country", () => {
  const { read } = fieldReader(concepts);
  it("reads registration or incorporation in a country as presence asked, not a registration elsewhere", () => {
    expect(
      read("seeks", "Consortium members must be registered in Vietnam and have at least 100 employees.").required
        .presence,
    ).toEqual(["VN"]);
    expect(read("seeks", "Partners must be incorporated in Japan").required.presence).toEqual(["JP"]);
    expect(read("seeks", "Suppliers must be registered in our vendor portal").required.presence).toEqual([]);
  });
});

describe("sensors a platform integrates, hardware it does not make", () => {
  const { read, codes } = fieldReader(concepts);
  it("weighs third-party sensors integrated as a trace and reads hardware not made as denied", () => {
    const sensors = read("offers", "Integration of third-party LoRaWAN and NB-IoT sensors").mentions;
    expect(sensors.find((m) => m.code === "iot-firmware")!.weight).toBeLessThan(0.5);
    expect(codes("description", "We integrate third-party sensors; we do not manufacture hardware.")).toContain(
      "offer!:iot-firmware",
    );
    // (A sensor maker still offers its sensors.)
    expect(
      read("offers", "LoRaWAN soil sensors, 5,000 units a month").mentions.find((m) => m.code === "iot-firmware")!
        .weight,
    ).toBe(1);
  });
});

describe("what a review found the session's rules read too widely (helper, session 53)", () => {
  const { codes, read } = fieldReader(concepts);

  it("keeps a system in use a need when something is wrong with it or about to change", () => {
    expect(
      codes("seeks", "We currently use an offshore vendor in Vietnam but quality has been an issue."),
    ).not.toContain("seek!:offshore-dev");
    expect(codes("seeks", "現在、予約システムを利用していますが、老朽化のため刷新を検討中です。")).not.toContain(
      "seek!:booking-systems",
    );
    expect(codes("seeks", "We already have experience with AWS and Azure migrations")).not.toContain("seek!:cloud");
  });

  it("reads enough staff in needs only, and a shortage in any form as a need", () => {
    expect(read("offers", "日本語対応の人員も充足しています。").facts.lacksLanguages).toEqual([]);
    expect(read("offers", "当社はISMSの要求事項を充足しています。").facts.lacksCertifications).toEqual([]);
    expect(codes("seeks", "テスト要員が足りていないため、QA会社を探しています。")).not.toContain("seek!:quality");
    expect(read("seeks", "Java開発の人員が足りておらず、協力会社を探しています。").notIntents).not.toContain(
      "capacity",
    );
  });

  it("does not read registration paperwork, own offices or help offered as a service sought", () => {
    expect(codes("seeks", "Đối tác phải có giấy đăng ký kinh doanh hợp lệ.")).not.toContain("seek:market-entry");
    expect(codes("description", "We have a small office in Tokyo and a delivery centre in Hanoi.")).not.toContain(
      "offer:office-location",
    );
    expect(codes("seeks", "Let us help with your Japan market entry.")).not.toContain("seek:market-entry");
    expect(
      read("description", "Our products are registered in Vietnam with the Ministry of Health.").facts.presence,
    ).toEqual([]);
  });

  it("reads PMS, front systems and channel managers as hotel trades only beside a hotel word", () => {
    expect(codes("offers", "生理・PMSの記録ができるフェムテックアプリ")).not.toContain("offer:hotel-pms");
    expect(codes("offers", "証券会社向けフロントシステムの開発実績")).not.toContain("offer:hotel-pms");
    expect(codes("offers", "We help B2B SaaS vendors with partner and channel management")).not.toContain(
      "offer:booking-engines",
    );
    expect(codes("offers", "Cloud PMS for hotels and ryokan")).toContain("offer:hotel-pms");
  });

  it("reads the internationalisation of firms as no software work, and a distributor's region not where the firm is", () => {
    expect(codes("offers", "We support the internationalization of Vietnamese SMEs through trade fairs")).not.toContain(
      "offer:software-localization",
    );
    const scopes =
      read("seeks", "大阪の当社工場で製造した製品を販売してくれる代理店を探しています。").required.scopes ?? [];
    expect(scopes.flatMap((x) => x.regions)).toEqual([]);
  });

  it("keeps a self-introduction with a head count in brackets the firm's own", () => {
    expect(codes("seeks", "日本企業向けにオフショア開発を行うベトナムのIT企業（従業員150名）")).not.toContain(
      "seek:offshore-dev",
    );
  });
});

describe("more of the review's sentences", () => {
  const { codes } = fieldReader(concepts);
  it("reads an AI model put onto an edge device as embedded work, and a parking lot run as no software", () => {
    expect(codes("seeks", "学習済みAIモデルのエッジデバイスへの組み込みを依頼したいです。")).toContain("seek:embedded");
    expect(codes("offers", "駐車場管理・月極駐車場の運営を行っています。")).not.toContain("offer:mobility-maas");
  });
  it("reads no JLPT level in a district or a hotel's stars (Quận 1, khách sạn 3-5 sao)", async () => {
    const { jlptHeld } = await import("@/lib/matching/text/jlpt");
    expect(jlptHeld(["Văn phòng tại Quận 1, TP.HCM"])).toBe(0);
    expect(jlptHeld(["Phần mềm cho khách sạn 3-5 sao"])).toBe(0);
    expect(jlptHeld(["日本語N1の社員が3名"])).toBe(1);
    expect(jlptHeld(["kỹ sư tiếng Nhật N2"])).toBe(2);
  });
});
