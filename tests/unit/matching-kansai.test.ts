// Session 37: what CJ (Vietnam IT Day in Osaka: Kansai manufacturers, shops and schools telling what is wrong in
// business words) showed the reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
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
