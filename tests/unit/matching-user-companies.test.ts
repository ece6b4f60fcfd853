// Session 35: what CF (Vietnam IT Day in Tokyo: Japanese user companies telling business problems, Vietnamese
// vendors travelling to meet them) showed the reader and the scoring miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { dataHostedIn, dataKeptIn } from "@/lib/matching/text/data-location";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import type { Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, fieldReader, matchFirm } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { read, codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("work refused below a size", () => {
  it("is a floor, not clients refused", () => {
    expect(read("seeks", "We do not accept projects smaller than 30 man-months").notIntents).not.toContain("clients");
    expect(read("seeks", "Không nhận dự án spot dưới 6 tháng").notIntents).not.toContain("clients");
    expect(read("seeks", "スポットの小規模案件はありません").notIntents).not.toContain("clients");
  });

  it("…while work refused outright is", () => {
    expect(read("seeks", "We do not accept outsourcing projects").notIntents).toContain("clients");
  });
});

describe("requirements of the firms a vendor would bid with", () => {
  const vendor = matchFirm({
    id: "vendor",
    country: "VN",
    employeeBand: "B1000_PLUS",
    intents: ["clients", "consortium"],
    markets: ["JAPAN"],
    requiredCertifications: ["ISO27001"],
    japaneseSpeakers: 300,
    offersText:
      "Offshore development for Japanese enterprises: Java, .NET, SAP\nLab-type contracts from 10 to 300 engineers, managed by 180 bridge SEs",
    seeksText:
      "Consortium partners for government digital projects in ASEAN; every partner must hold ISO 27001\nVietnamese partners for testing when our own teams are full",
  });
  const client = (id: string, offersText: string) =>
    matchFirm({
      id,
      country: "JP",
      employeeBand: "B1000_PLUS",
      firmType: "buyer",
      offersText,
      seeksText: "業務システムの開発をオフショアで委託したい",
    });

  it("are not asked of a client that meets only a need put to the vendor (a way into Japan's market)", () => {
    const e = engineWith(
      concepts,
      vendor,
      client("bank", "地域の中小企業8,000社とのビジネスマッチングのご紹介が可能です"),
    );
    expect(e.score("vendor", "bank", { sameCountry: true })!.broken).toBe(false);
  });

  it("…while a client that meets a need the vendor said is asked them", () => {
    const e = engineWith(concepts, vendor, client("tester", "ソフトウェアのテスト・品質保証サービス"));
    expect(e.score("vendor", "tester", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("a need told as what the firm does now", () => {
  it("the thing a symptom is of, in a need, is sought though told as done ('…入力し直しており、残業の原因')", () => {
    const said = codes(
      "seeks",
      "介護記録を手書きしてから事務所でパソコンに入力し直しており、職員の残業の原因になっています",
    );
    expect(said).toContain("seek:ai-ocr");
    expect(said).not.toContain("offer:ai-ocr");
  });

  it("…while a vendor naming it in what it offers still offers it", () => {
    expect(codes("offers", "手書きの帳票をAI-OCRで読み取り、入力します")).toContain("offer:ai-ocr");
  });

  it("part of the work the firm took in, tried offshore, is offshore work sought ('受託案件の一部をオフショアで試したい')", () => {
    const said = codes("seeks", "Javaの受託案件の一部をオフショアで試したい。まずは1〜2名、3か月程度から");
    expect(said).toContain("seek:offshore-dev");
    expect(said).not.toContain("offer:offshore-dev");
  });

  it("…while contract work the firm looks for is work it takes ('Javaの受託案件を探しています')", () => {
    expect(codes("seeks", "Javaの受託開発案件を探しています")).not.toContain("seek:software-development");
  });
});

describe("papers keyed", () => {
  it("'đơn đặt hàng FAX' in a list of papers is an order form, not work given out", () => {
    const said = codes(
      "offers",
      "Nhập liệu từ phiếu viết tay, đơn đặt hàng FAX, hóa đơn tiếng Nhật (AI-OCR + 2 lần kiểm tra)",
    );
    expect(said).toContain("offer:ai-ocr");
    expect(said).not.toContain("seek:ai-ocr");
  });

  it("…while placing an order still gives work out ('Cần đặt hàng gia công AI-OCR')", () => {
    expect(codes("offers", "Chúng tôi muốn đặt hàng AI-OCR cho hóa đơn tiếng Nhật")).toContain("seek:ai-ocr");
  });
});

describe("where data is worked on", () => {
  it("an office or centre where the firm's people work the data places it there", () => {
    expect(
      dataHostedIn("Dữ liệu bệnh nhân thật chỉ được xử lý tại văn phòng Tokyo; đội Việt Nam chỉ dùng dữ liệu giả lập")
        .places,
    ).toEqual(["JP"]);
    expect(
      dataHostedIn("日本語帳票の入力代行：ホーチミン市のBPOセンター（オペレーター180名）で処理します").places,
    ).toEqual(["VN"]);
    expect(
      dataHostedIn("AI-OCR, with a verification team inside our Tokyo office for data that cannot leave Japan").places,
    ).toEqual(["JP"]);
  });

  it("…and a need that the work on data be done at home asks data kept there", () => {
    expect(dataKeptIn("患者情報を扱う作業は国内で行うこと")).toBe("HOME");
    expect(dataKeptIn("データを国外に出す形態（海外拠点での入力を含む）は不可")).toBe("HOME");
    expect(dataKeptIn("Personal data must be processed in Japan only")).toBe("JP");
    expect(dataKeptIn("We want the data processed faster")).toBeNull();
  });

  const hospital = matchFirm({
    id: "hospital",
    country: "JP",
    employeeBand: "B1000_PLUS",
    firmType: "buyer",
    seeksText:
      "PACSの更新を検討しています\n患者情報を扱う作業は国内で行うこと、運用保守も国内拠点で対応できることが必須です",
  });
  const vendor = (id: string, where: string) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B50_249",
      intents: ["clients"],
      japaneseSpeakers: 12,
      offersText: `Hệ thống PACS và trình xem ảnh DICOM trên web\n${where}`,
      seeksText: "Bệnh viện tại Nhật Bản",
    });

  it("a partner abroad that works the data where it is asked to stay is not refused as abroad…", () => {
    const e = engineWith(
      concepts,
      hospital,
      vendor("tokyo", "Dữ liệu bệnh nhân thật chỉ được xử lý tại văn phòng Tokyo"),
      vendor("hanoi", "Văn phòng tại Hà Nội"),
    );
    expect(e.score("hospital", "tokyo", { sameCountry: true })!.score).toBeGreaterThan(
      e.score("hospital", "hanoi", { sameCountry: true })!.score,
    );
    // …and the explanation says so.
    expect(e.explain("hospital", "tokyo").some((r) => r.kind === "refusesAbroad")).toBe(false);
    expect(e.explain("hospital", "hanoi").some((r) => r.kind === "refusesAbroad")).toBe(true);
  });

  it("…while one that works it at home breaks the need", () => {
    const e = engineWith(concepts, hospital, vendor("hcmc", "Dữ liệu bệnh nhân được xử lý tại văn phòng Hà Nội"));
    expect(e.score("hospital", "hcmc", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("a product's screens and a firm's own channel", () => {
  it("'Full Japanese UI', 'check Vietnamese UI' name a language of screens, not design work", () => {
    expect(codes("offers", "Full Japanese UI and Japanese manuals")).not.toContain("offer:ux-design");
    expect(codes("seeks", "Localization QA partner (native testers who check Vietnamese UI)")).not.toContain(
      "seek:ux-design",
    );
  });

  it("…while UI design is design work", () => {
    expect(codes("offers", "UI/UX design for mobile apps")).toContain("offer:ux-design");
    expect(codes("offers", "UI design for Japanese banks")).toContain("offer:ux-design");
  });

  it("'support desk via our Tokyo reseller partner' is the firm's own channel, not distribution it sells", () => {
    expect(codes("offers", "Japanese support desk via our Tokyo reseller partner")).not.toContain("offer:distribution");
  });

  it("…while a reseller says what it sells", () => {
    expect(codes("offers", "We are a reseller of Japanese SaaS in Vietnam")).toContain("offer:distribution");
  });
});

describe("paperwork told as hours and files", () => {
  const sought = (text: string) => codes("seeks", text);

  it("paper applications keyed for hours a month are a need of OCR", () => {
    expect(sought("住宅ローンの紙の申込書の入力に毎月約300時間かかっており、何とかしたいと考えています")).toContain(
      "seek:ai-ocr",
    );
  });

  it("old scanned files with no names or index, to be made searchable, are a need of digitisation", () => {
    const said = sought(
      "古い版下はスキャン済みの画像で約12万ファイル、ファイル名も索引もなく、検索できるように整理したい",
    );
    expect(said).toContain("seek:data-entry");
    expect(said).not.toContain("seek!:data-entry");
  });

  it("…while a firm's own paper catalogue is no such need", () => {
    expect(sought("紙のカタログをデジタルカタログに置き換えたい")).not.toContain("seek:ai-ocr");
  });
});

describe("the trade of workers placed", () => {
  const trades = (kind: "offers" | "seeks", text: string) => read(kind, text).facts.placementTrades;

  it("reads the trades a statement places or asks", () => {
    expect(
      trades("offers", "Đào tạo và phái cử hộ lý (kỹ năng đặc định ngành Hộ lý) và lao động chế biến thực phẩm")
        ?.offered,
    ).toEqual(["CareWorkers", "FoodWorkers"]);
    expect(
      trades("offers", "Giới thiệu kỹ sư CNTT (Java, PHP) để doanh nghiệp Nhật tuyển dụng chính thức")?.offered,
    ).toEqual(["Engineers"]);
    expect(trades("seeks", "特定技能の介護職員をベトナムから採用したいと考えています")?.sought).toEqual([
      "CareWorkers",
    ]);
  });

  it("engineers of a trade are engineers, workers of it are its workers", () => {
    expect(trades("offers", "Tuyển chọn kỹ sư cơ khí, điện tử sang Nhật theo visa kỹ sư")?.offered).toEqual([
      "Engineers",
    ]);
    expect(trades("offers", "Phái cử lao động kỹ năng đặc định ngành cơ khí")?.offered).toEqual(["FactoryWorkers"]);
  });

  const agency = (id: string, offersText: string) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B50_249",
      intents: ["clients"],
      offersText,
      seeksText: "Doanh nghiệp Nhật tiếp nhận lao động",
    });
  const careHome = matchFirm({
    id: "care",
    country: "JP",
    employeeBand: "B250_999",
    firmType: "buyer",
    seeksText: "特定技能の介護職員をベトナムから採用したいと考えています（年10名程度）",
  });

  it("a care home's need is met by an agency placing care workers better than by one placing IT engineers only", () => {
    const e = engineWith(
      concepts,
      careHome,
      agency("care-agency", "Đào tạo và phái cử hộ lý (kỹ năng đặc định ngành Hộ lý) sang Nhật Bản"),
      agency("it-agency", "Giới thiệu kỹ sư CNTT (Java, PHP) sang Nhật làm việc"),
    );
    expect(e.score("care", "care-agency", { sameCountry: true })!.score).toBeGreaterThan(
      e.score("care", "it-agency", { sameCountry: true })!.score + 0.1,
    );
    expect(JSON.stringify(e.explain("care", "it-agency"))).toContain("CareWorkers");
  });

  it("…while an agency supporting the scheme in every trade is no mismatch", () => {
    const e = engineWith(
      concepts,
      careHome,
      agency("support", "登録支援機関として特定技能外国人の支援業務を受託\n外国人ITエンジニアの人材紹介"),
      agency("care-agency", "Đào tạo và phái cử hộ lý (kỹ năng đặc định ngành Hộ lý) sang Nhật Bản"),
    );
    expect(JSON.stringify(e.explain("care", "support"))).not.toContain("stackMismatch");
  });
});

describe("a trade mismatch said", () => {
  it("in three languages, as workers placed, not technologies worked in", () => {
    const reason: Reason = { kind: "stackMismatch", side: "you", wanted: ["CareWorkers"], theirs: ["Engineers"] };
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      expect(reasonWords(reason, locale, all[locale], (c) => c)).not.toMatch(/[{}]|Workers|Engineers/);
    expect(reasonWords(reason, "en", all.en, (c) => c)).toBe("You look for care workers; they place engineers");
    expect(reasonWords(reason, "ja", all.ja, (c) => c)).toContain("介護人材");
    expect(reasonWords(reason, "vi", all.vi, (c) => c)).toContain("điều dưỡng");
  });
});

describe("a legal entity of a country asked", () => {
  const presence = (text: string) => read("seeks", text).required.presence;

  it("'日本法人との締結が必須', 'a Japanese legal entity' ask a presence in Japan", () => {
    expect(presence("契約は日本法人との締結が必須です（日本法人のない会社とは契約できません）")).toEqual(["JP"]);
    expect(presence("Partners must have a Japanese legal entity")).toEqual(["JP"]);
  });

  it("…while an entity named in passing asks none", () => {
    expect(presence("日本法人を通じて契約することも可能です")).toEqual([]);
  });
});

describe("subtitling", () => {
  it("is a trade of its own: a need of subtitles is not a need of document translation", () => {
    expect(codes("seeks", "Vietnamese subtitles for our e-learning courses")).toContain("seek:subtitling");
    expect(codes("seeks", "Vietnamese subtitles for our e-learning courses")).not.toContain(
      "seek:translation-localization",
    );
  });

  it("…so a translator refusing video subtitling still translates", () => {
    const said = codes("offers", "Dịch thuật tài liệu kỹ thuật Nhật - Việt; không nhận làm phụ đề video");
    expect(said).toContain("offer:translation-localization");
    expect(said).toContain("offer!:subtitling");
  });
});
