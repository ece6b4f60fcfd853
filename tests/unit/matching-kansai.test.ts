// Session 37: what CJ (Vietnam IT Day in Osaka: Kansai manufacturers, shops and schools telling what is wrong in
// business words) showed the reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { bridgeAsked, noBridgeStated } from "@/lib/matching/text/jlpt";
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

describe("a language a remark allows", () => {
  const school = matchFirm({
    id: "school",
    country: "JP",
    employeeBand: "B250_999",
    firmType: "buyer",
    seeksText: [
      "中学生がゲーム感覚で英単語を覚えられるスマホアプリを作りたい",
      "オンライン英会話の講師を、英語を母語または公用語とする国から増やしたい",
      "打合せは日本語でできることが条件です（英会話講師の件だけは英語で可）",
    ].join("\n"),
  });
  const tutors = matchFirm({
    id: "tutors",
    country: "OTHER",
    employeeBand: "B250_999",
    englishSpeakers: 500,
    offersText: "Online English tutors (Filipino, TESOL certified), 300 tutors\nNo Japanese-language support",
    seeksText: "Japanese education companies and online English schools",
  });
  const apps = matchFirm({
    id: "apps",
    country: "VN",
    employeeBand: "B50_249",
    englishSpeakers: 40,
    offersText: "Mobile apps in Flutter for education start-ups\nWe work in English only",
  });

  it("is not asked: 英語で可 in a sentence of conditions leaves English open", () => {
    const r = read("seeks", "打合せは日本語でできることが条件です（英会話講師の件だけは英語で可）").required;
    expect(r.languages).toEqual(["ja"]);
  });

  it("frees the need the remark excepts from the condition, and only that need", () => {
    const engine = engineWith(concepts, school, tutors, apps);
    expect(engine.score("school", "tutors")!.broken).toBe(false);
    expect(engine.score("school", "apps")!.broken).toBe(true);
  });
});

describe("a condition stated for one kind of project", () => {
  it("is not asked of every partner (自治体案件を手伝ってもらう場合は…に限ります)", () => {
    const r = read(
      "seeks",
      "1件50万〜300万円くらいの小さな開発を一緒にやってくれるオフショアの会社（PHP/Laravel）\n自治体案件を手伝ってもらう場合は、個人情報を扱うのでISO27001かプライバシーマークのある会社に限ります",
    ).required;
    expect(r.certificationChoice).toEqual([]);
    expect(r.scopes ?? []).toEqual([]);
  });

  it("…while the same condition of every partner is asked", () => {
    const r = read(
      "seeks",
      "1件50万〜300万円くらいの小さな開発を一緒にやってくれるオフショアの会社（PHP/Laravel）\n個人情報を扱うのでISO27001かプライバシーマークのある会社に限ります",
    ).required;
    const asked = [...r.certificationChoice, ...(r.scopes ?? []).flatMap((s) => s.certificationChoice)];
    expect(asked).toContain("ISO27001");
  });
});

describe("what a firm outside IT wants done", () => {
  it("reads its own shop to be built as sought; its shop named in what it offers is not sought", () => {
    expect(codes("seeks", "自社のネットショップを作りたい。台湾やアメリカのお客さんにも売りたい")).toContain(
      "seek:ecommerce-platforms",
    );
    // Its own product named in what it offers stays its own.
    expect(codes("offers", "自社のネットショップで泉州タオルを販売しています")).not.toContain(
      "seek:ecommerce-platforms",
    );
  });

  it("reads workers it thinks of taking in (受け入れも考えています) as sought", () => {
    expect(codes("seeks", "現場で働く人も足りない。特定技能（建設）の受け入れも考えています")).toContain(
      "seek:japan-placement",
    );
    expect(codes("offers", "特定技能（建設）の候補者を紹介しています")).not.toContain("seek:japan-placement");
  });

  it("knows an app to learn words like a game as education technology", () => {
    expect(codes("seeks", "中学生がゲーム感覚で英単語を覚えられるスマホアプリを作りたい")).toContain("seek:edtech");
    expect(codes("offers", "Educational and gamified learning apps (vocabulary, quiz)")).toContain("offer:edtech");
    expect(codes("seeks", "スマホゲームの開発パートナー")).not.toContain("seek:edtech");
  });

  it("knows Instagram as marketing and a short animation as video work, and Spine animation as game art", () => {
    expect(codes("seeks", "商品の写真とインスタグラムの運用もまとめてお願いしたい")).toContain(
      "seek:digital-marketing",
    );
    expect(codes("seeks", "授業の解説動画に入れる、キャラクターが動く短いアニメーション")).toContain(
      "seek:video-production",
    );
    const spine = codes("seeks", "2Dキャラクターイラスト・Spineアニメーションの外注");
    expect(spine).toContain("seek:game-art-2d");
    expect(spine).not.toContain("seek:video-production");
  });
});

describe("a statement that opens with what the firm wants built", () => {
  it("seeks it, though the thing is for the firm's own customers", () => {
    expect(
      codes("seeks", "We want to build a Flutter mobile app for salon customers. First project about 2 months"),
    ).toContain("seek:mobile-apps");
    // A vendor that serves its customers with what it builds still offers it.
    expect(codes("offers", "We build Flutter mobile apps for salon customers")).toContain("offer:mobile-apps");
  });
});

describe("problems of a plant or a kitchen told in business words", () => {
  it("reads machines nobody sees running and production reports written by hand as production monitoring", () => {
    expect(
      codes("seeks", "ダイカストマシン40台の稼働状況が見えていない。止まっている時間とその理由を自動で集めたい"),
    ).toContain("seek:mes");
    expect(codes("seeks", "生産実績の手書き日報をなくしたい")).toContain("seek:mes");
    // A driver's paper report is no plant's.
    expect(codes("seeks", "ドライバーの日報もまだ紙です")).not.toContain("seek:mes");
  });

  it("reads paper records to be kept on tablets as a small business app", () => {
    expect(
      codes(
        "seeks",
        "HACCPの衛生管理記録を現在は紙に手書きしており、これをタブレットで入力・保管できるようにしたいと存じます",
      ),
    ).toContain("seek:low-code");
    expect(codes("seeks", "HACCPの衛生管理記録をタブレットで入力しています")).not.toContain("seek:low-code");
  });
});

describe("bridge engineers asked at a level", () => {
  const sier = matchFirm({
    id: "sier",
    country: "JP",
    employeeBand: "B250_999",
    firmType: "buyer",
    seeksText:
      "はじめてのオフショア開発パートナーを探しています。Java または .NET の業務系開発\nブリッジSEは日本語能力試験N2以上であること",
  });
  const vendor = (id: string, offersText: string, bridgeEngineers: number | null = null) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B50_249",
      japaneseSpeakers: 4,
      bridgeEngineers,
      offersText,
      seeksText: "Japanese SIers needing .NET offshore development",
    });

  it("are asked only when demanded, not when allowed or when the firm's clients need them", () => {
    expect(bridgeAsked("ブリッジSEは日本語能力試験N2以上であること")).toBe(true);
    expect(bridgeAsked("BrSE N2 trở lên là bắt buộc")).toBe(true);
    expect(bridgeAsked("日本語でやり取りできることが条件です（ブリッジSE経由でも可）")).toBe(false);
    expect(bridgeAsked("オフショア案件の立ち上げでブリッジSEが必要なSIer様とのお取引を希望します")).toBe(false);
    expect(bridgeAsked("N2以上のブリッジSEがいれば尚可")).toBe(false);
    expect(noBridgeStated(["Giao tiếp qua 4 phiên dịch (comtor) tiếng Nhật, hiện chưa có BrSE"])).toBe(true);
    expect(noBridgeStated(["BrSE 15 người (1 N1, còn lại N2)"])).toBe(false);
  });

  it("fail a partner that says it has none, and say so (a column of 0 is a count left empty)", () => {
    const comtors = vendor(
      "comtors",
      "Offshore .NET maintenance\nGiao tiếp qua 4 phiên dịch (comtor) tiếng Nhật, hiện chưa có BrSE",
    );
    const zero = vendor("zero", "Offshore .NET development for Japanese clients", 0);
    const bridged = vendor("bridged", "Offshore .NET development for Japanese clients\nBrSE 6 người, N2", 6);
    const unknown = vendor("unknown", "Offshore .NET development for Japanese clients");
    const e = engineWith(concepts, sier, comtors, zero, bridged, unknown);
    expect(e.score("sier", "comtors")!.broken).toBe(true);
    expect(e.score("sier", "zero")!.broken).toBe(false);
    expect(e.score("sier", "bridged")!.broken).toBe(false);
    expect(e.score("sier", "unknown")!.broken).toBe(false);
    expect(JSON.stringify(e.explain("sier", "comtors"))).toContain('"kind":"bridge"');
    // …and is not said, in the same breath, to offer the bridge engineers it lacks.
    expect(JSON.stringify(e.explain("sier", "comtors"))).not.toContain('"capability":"bridge-services"');
    const lacks = read("offers", "Giao tiếp qua 4 phiên dịch (comtor) tiếng Nhật, hiện chưa có BrSE").mentions;
    expect(lacks.filter((m) => m.code === "bridge-services").map((m) => m.phrase)).toEqual(["comtor"]);
  });

  it("are not said to be offered by the partner that lacks them, through its comtors", () => {
    const buyer = matchFirm({
      ...sier,
      seeksText:
        "はじめてのオフショア開発パートナーを探しています。.NET の業務系開発\nブリッジSEは日本語能力試験N2以上であること",
    });
    const comtors = matchFirm({
      id: "comtors",
      country: "VN",
      employeeBand: "B50_249",
      japaneseSpeakers: 4,
      offersText:
        "Bảo trì, tùy biến phần mềm .NET cho khách hàng Nhật\nGiao tiếp qua 4 phiên dịch (comtor) tiếng Nhật, hiện chưa có BrSE",
      seeksText: "Công ty phần mềm Nhật Bản cần đội bảo trì .NET",
    });
    const e = engineWith(concepts, buyer, comtors);
    const why = e.explain("sier", "comtors");
    expect(why.some((r) => r.kind === "theyFail" && r.dealbreaker.kind === "bridge")).toBe(true);
    expect(why.some((r) => r.kind === "theyOffer" && r.capability === "bridge-services")).toBe(false);
    expect(e.explain("comtors", "sier").some((r) => r.kind === "theySeek" && r.capability === "bridge-services")).toBe(
      false,
    );
  });

  it("are said in three languages", () => {
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    const reason: Reason = { kind: "theyFail", dealbreaker: { kind: "bridge" } };
    expect(reasonWords(reason, "en", all.en, (c) => c)).toBe(
      "You need bridge engineers (BrSE): they say they have none",
    );
    expect(reasonWords(reason, "ja", all.ja, (c) => c)).toContain("ブリッジSE");
    expect(reasonWords(reason, "vi", all.vi, (c) => c)).toContain("kỹ sư cầu nối");
  });
});

describe("office work and shop-floor questions told in plain words", () => {
  it("reads typing orders into the core system and cutting out product photos as data work", () => {
    expect(codes("seeks", "メールとWeb注文の内容を基幹システムに転記する入力作業を、外部に任せたい")).toContain(
      "seek:data-entry",
    );
    expect(codes("seeks", "商品画像の切り抜き・色調整を月に2,000点ほど")).toContain("seek:data-entry");
    expect(codes("offers", "Cắt nền, chỉnh màu ảnh sản phẩm, khoảng 5.000 ảnh mỗi tháng")).toContain(
      "offer:data-entry",
    );
  });

  it("reads a site to be offered in other languages as localisation", () => {
    expect(codes("seeks", "予約サイトを英語・中国語（繁体字）・ベトナム語に対応させたい")).toContain(
      "seek:translation-localization",
    );
    expect(codes("seeks", "予約サイトをリニューアルしたい")).not.toContain("seek:translation-localization");
  });

  it("reads not knowing which item is at which step as production monitoring", () => {
    expect(codes("seeks", "どの品物がいまどの工程にあるか、現場のタブレットで見られるようにしたい")).toContain(
      "seek:mes",
    );
    expect(codes("seeks", "どの品物が売れているか知りたい")).not.toContain("seek:mes");
  });
});
