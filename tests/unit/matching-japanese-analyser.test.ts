// The reader with the Japanese analyser (kuromoji) loaded, as the app and the match:pairs command run it: words
// and auxiliaries come from the analyser rather than from every character, which some rules depend on.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const read = (kind: "offers" | "seeks", text: string) => concepts.reader.read([{ kind, text }]);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the reader with the Japanese analyser", () => {
  it("a certification 'は問いません' (not asked) is no certification the firm lacks", () => {
    const r = read(
      "seeks",
      "【SAP】ABAP開発者を継続的に出せるパートナー。こちらはISMSは問いませんが、日本語の設計書を読める方が数名必要です",
    );
    expect(r.facts.lacksCertifications).toEqual([]);
    expect(read("offers", "ISMSは取得していません").facts.lacksCertifications).toEqual(["ISO27001"]);
  });

  it("the firm's own shop as the object of the work it seeks (自社ECをShopifyへ移行したい)", () => {
    const sought = read("seeks", "自社ECをmakeshopからShopifyへ移行したい（予算800万円前後）").mentions;
    expect(sought.some((m) => m.code === "ecommerce-platforms" && m.direction === "seek")).toBe(true);
    // …or the thing a feature is to be added to.
    const feature = read("seeks", "自社ECにメガネの試着機能（AR）をつけたい").mentions;
    expect(feature.some((m) => m.code === "xr-development" && m.direction === "seek")).toBe(true);
  });
});

const sought = (kind: "offers" | "seeks", text: string, code: string) =>
  read(kind, text).mentions.some((m) => m.code === code && m.direction === "seek" && !m.negated);

describe("what a firm looks for, in the words of a registration form", () => {
  it("the one sought named by what it can do, and the contract form asked, are a need, not an offer", () => {
    expect(sought("seeks", "Flutterができるエンジニアを1〜2名分、案件ごとに（請負で）", "mobile-apps")).toBe(true);
    expect(sought("seeks", "PHP（Laravel）の受託開発先。請負（一括）で見積りを出してくれる会社", "web-apps")).toBe(
      true,
    );
    // What the firm itself takes on stays its offer.
    expect(sought("offers", "Flutterでのアプリ開発を請負で承ります", "mobile-apps")).toBe(false);
    expect(sought("seeks", "当社はFlutterアプリの受託開発を請け負っています", "mobile-apps")).toBe(false);
  });

  it("the team asked of the one sought by what it can do, per job, is the size of the work", () => {
    const r = read("seeks", "Flutterができるエンジニアを1〜2名分、案件ごとに（請負で）").required;
    expect([r.scale, r.scaleTop]).toEqual([1, 2]);
    const e = engineWith(
      concepts,
      matchFirm({ id: "app", country: "JP", seeksText: "Flutterができるエンジニアを1〜2名分、案件ごとに（請負で）" }),
      matchFirm({ id: "lab", offersText: "Flutter mobile apps\nMinimum engagement: team of 5 engineers for 6 months" }),
      matchFirm({ id: "small", offersText: "Flutter mobile apps, small fixed-price jobs welcome" }),
    );
    expect(pairScore(e, "app", "lab")).toBeLessThan(pairScore(e, "app", "small") * 0.7);
  });

  it("a problem the firm cannot solve is a need, not a refusal; a language not understood is still lacked", () => {
    expect(sought("seeks", "越境ECのやり方がわからない", "ecommerce-platforms")).toBe(true);
    expect(sought("seeks", "生産管理をエクセルと紙でやっていて、どの品物が今どこにあるか分からない", "mes")).toBe(true);
    expect(read("offers", "社員は日本語が分からない").facts.lacksLanguages).toContain("ja");
  });

  it("what the firm wants to become able to do for its clients is its need, and how it works now is no need", () => {
    const r = read("seeks", "生産履歴を取引先に出せるようにしたい（今は手書きの防除日誌）").mentions;
    expect(r.some((m) => m.code === "smart-agriculture" && m.direction === "seek")).toBe(true);
    // Handwritten logs are the present, not a handwriting-OCR need.
    expect(r.some((m) => m.code === "ai-ocr")).toBe(false);
    expect(sought("seeks", "手書きの伝票をデータ化したい", "ai-ocr")).toBe(true);
    // Selling to clients stays an offer.
    expect(sought("seeks", "ベトナムの取引先にオフショア開発を提供したい", "offshore-dev")).toBe(false);
  });

  it("in Vietnamese, not knowing how to do a thing is a need; not knowing a language is a lack", () => {
    expect(sought("seeks", "Chúng tôi không biết làm thương mại điện tử xuyên biên giới", "ecommerce-platforms")).toBe(
      true,
    );
    // Testers who do not know Japanese still lack it.
    expect(read("offers", "Tester chưa biết tiếng Nhật").facts.lacksLanguages).toContain("ja");
  });
});

/** A large SIer's offshore need, with its terms, and another need after it (BG-001 of the held-out sets). */
const OFFSHORE_NEED =
  "【オフショア】損害保険会社向け基幹システム再構築（Java）の開発パートナー。ISMS（ISO 27001）認証必須、従業員300名以上";
const sierWith = (otherNeed: string) =>
  matchFirm({
    id: "sier",
    country: "JP",
    employeeBand: "B1000_PLUS",
    offersText: "金融機関向け基幹システムの構築・保守",
    seeksText: `${OFFSHORE_NEED}\n${otherNeed}`,
  });

describe("the need a partner meets best binds it", () => {
  const sier = sierWith(
    "【SAP】ABAP開発者を継続的に出せるパートナー。ABAP経験者20名以上、SAPパートナー認定があること。こちらはISMSは問いませんが、日本語の設計書を読める方が数名必要です",
  );
  const abap = matchFirm({
    id: "abap",
    country: "VN",
    employeeBand: "B50_249",
    offersText:
      "SAP ABAP development, 35 ABAP developers, 8 of them read Japanese specifications\nJava web development",
    japaneseSpeakers: 8,
    seeksText: "Japanese SAP partners",
  });
  const javaShop = matchFirm({
    id: "java",
    country: "VN",
    employeeBand: "B50_249",
    offersText: "Java offshore development for insurers",
    seeksText: "Japanese clients",
  });
  // Built in each test, after the analyser has loaded.
  const engine = () => engineWith(concepts, sier, abap, javaShop);

  it("an ABAP house that also does Java is held to the SAP need's terms, not the 300-person Java need's", () => {
    const e = engine();
    expect(pairScore(e, "sier", "abap")).toBeGreaterThan(0.2);
    expect(e.explain("sier", "abap").some((r) => r.kind === "theyFail")).toBe(false);
  });

  it("a Java shop of 50-249 without ISO 27001 still fails the Java need's terms", () => {
    const e = engine();
    expect(pairScore(e, "sier", "java")).toBeLessThan(0.2);
    expect(e.explain("sier", "java").some((r) => r.kind === "theyFail")).toBe(true);
  });
});

describe("two needs that share only a broad capability", () => {
  it("keep their own terms: an Osaka house of 80 is a partner for the on-site COBOL need, not the 300-person one", () => {
    const sier = sierWith(
      "【国内】関西の金融機関案件（大阪常駐）でJava・COBOLの要員を出せる国内協力会社。規模は問いません",
    );
    const osaka = matchFirm({
      id: "osaka",
      country: "JP",
      city: "Osaka",
      employeeBand: "B50_249",
      offersText: "金融機関向けJava・COBOLのシステム開発、大阪での客先常駐",
      seeksText: "大手SIerからの二次請け案件",
    });
    const e = engineWith(concepts, sier, osaka);
    expect(pairScore(e, "sier", "osaka")).toBeGreaterThan(0.2);
    expect(e.explain("sier", "osaka").some((r) => r.kind === "theyFail")).toBe(false);
  });
});

describe("terms stated with a firm's first need", () => {
  it("go with that need when other needs follow", () => {
    const r = read(
      "seeks",
      "オフショア開発パートナー（Java、.NET、React）。従業員500名以上、CMMIレベル3以上、日本語対応できるBrSEを含む10名以上のチームを1ヶ月以内に立ち上げられること\nAWS移行案件の協力会社。AWSパートナー認定必須、日本語で設計書を作成できること（こちらは会社規模は問いません）",
    );
    expect(r.required.minEmployees ?? null).toBeNull();
    expect(r.required.scopes?.some((s) => s.minEmployees === 500 && s.caps.includes("offshore-dev"))).toBe(true);
  });
});

describe("a compound said with の between its nouns", () => {
  it("is the compound (ゲームのテスト, 在庫の管理)", () => {
    const refused = read("seeks", "ゲームのテストは扱っていません").mentions;
    expect(refused.some((m) => m.code === "game-testing" && m.negated)).toBe(true);
    expect(read("seeks", "在庫の管理が大変").mentions.map((m) => m.code)).toContain("scm-logistics");
  });

  it("but not when either noun is shorter than two characters, nor across other words", () => {
    expect(read("seeks", "日本の企業と話したい").mentions).toEqual([]);
    expect(read("seeks", "ゲームの新しいテスト").mentions.map((m) => m.code)).not.toContain("game-testing");
  });
});

describe("a Japanese denial of a condition", () => {
  const codes = (text: string) => read("seeks", text).mentions.map((m) => `${m.negated ? "!" : ""}${m.code}`);

  it("denies the condition, not the work named before it (Webアプリの開発:こちらは認証不要)", () => {
    expect(codes("社内向けWebアプリの開発:こちらは認証不要、英語でのやり取りでも可")).toContain("web-apps");
    expect(codes("社内向けWebアプリの開発。こちらは日本語は不要です")).toContain("web-apps");
  });

  it("while a denial of the work itself, or of experience in it, still denies it", () => {
    expect(codes("Webアプリの開発は不要です")).toContain("!web-apps");
    expect(codes("医療機器（IEC 62304）の開発実績はなく、現時点ではお受けしていません")).toContain(
      "!medical-device-software",
    );
  });
});
