// What firms say of themselves in passing, between their needs: a plan (ECサイトを刷新する予定です), where their own
// base is (日本の拠点は東京のみ), a language they are weak in ("tiếng Anh còn hạn chế"), and clients named before a
// dash ("Khách hàng Nhật – dự án offshore").
import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { dataHostedIn } from "@/lib/matching/text/data-location";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { BASE_MATCH_FIRM, engineWith, matchFirm, pairScore, mentionsOver, readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const read = (over: Partial<typeof BASE_MATCH_FIRM>) => readOver(concepts, over);
const mentions = (over: Partial<typeof BASE_MATCH_FIRM>) => mentionsOver(concepts, over);

describe("a plan of the firm's own", () => {
  it("is work it will need (〜する予定です), not work it sells", () => {
    const m = mentions({
      country: "JP",
      texts: ["九州で食品スーパー86店舗を展開。2025年にECサイトとアプリを全面刷新する予定です。"],
    });
    expect(m).toContain("seek:ecommerce-platforms");
    expect(m).not.toContain("offer:ecommerce-platforms");
  });
  it("but what the firm does is still what it sells", () => {
    expect(mentions({ country: "JP", texts: ["小売業向けにECサイトの構築を行っています。"] })).toContain(
      "offer:ecommerce-platforms",
    );
  });
});

describe("what a firm says of itself among what it looks for", () => {
  // (Session 44 read "…の会社です", "chúng tôi là" there as offers, and reverted it: these needs turned into offers.)
  it("leaves the needs and the intents it names sought", () => {
    expect(mentions({ country: "JP", seeksText: "対象は介護事業所を運営する企業です" })).toContain("seek:elderly-care");
    expect(mentions({ country: "JP", seeksText: "当社は病院向けの電子カルテを導入予定の医療法人です" })).toContain(
      "seek:hospital-systems",
    );
    expect(read({ seeksText: "Khách hàng mục tiêu của chúng tôi là các bệnh viện tư nhân" }).intents).toContain(
      "clients",
    );
    expect(read({ seeksText: "Chúng tôi là startup y tế, đang gọi vốn Series A" }).intents).toContain("investors");
  });
});

describe("what an employer gives its own foreign staff", () => {
  it("is no service it sells (外国人職員向けの寮・日本語学習支援)", () => {
    expect(mentions({ country: "JP", offersText: "外国人職員向けの寮・日本語学習支援" })).toEqual([]);
    expect(
      mentions({ country: "JP", offersText: "外国人介護職員の住居確保・生活支援、介護福祉士国家試験の受験支援" }),
    ).toEqual([]);
  });
  it("while the same support sold to other firms is", () => {
    expect(
      mentions({ country: "JP", offersText: "外国人社員向けの日本語研修サービスを企業様に提供" }).length,
    ).toBeGreaterThan(0);
    expect(mentions({ country: "JP", offersText: "登録支援機関として外国人材の生活支援を受託しています" })).toContain(
      "offer:japan-placement",
    );
    for (const offersText of [
      "企業の外国人社員向けに日本語研修を提供しています",
      "外国人社員向けの日本語研修（法人向け）",
      "外国人スタッフ向けの日本語教育、ビジネスマナー研修",
    ])
      expect(mentions({ country: "JP", offersText }), offersText).toContain("offer:japanese-language-training");
    expect(mentions({ country: "JP", offersText: "特定技能外国人材の紹介、外国人社員の生活支援" })).toContain(
      "offer:japan-placement",
    );
    // Said after what the firm sells, of its own workers: what it sells stays offered.
    expect(
      mentions({ offersText: "Phát triển phần mềm ERP, hỗ trợ nhà ở cho người lao động nước ngoài của chúng tôi" }),
    ).toContain("offer:erp");
  });
});

describe("where the firm's own base is", () => {
  it("is no place asked of partners (日本の拠点は東京のみで…)", () => {
    const r = read({ seeksText: "50名以上の大型案件\n※日本の拠点は東京のみで、地方への拠点開設の予定はありません" });
    expect(r.required.presence).toEqual([]);
    expect(r.required.regions ?? []).toEqual([]);
  });
  it("while a base asked of partners is (東京に拠点がある企業のみ)", () => {
    const r = read({ seeksText: "東京に拠点がある企業のみ" });
    expect(r.required.presence).toContain("JP");
  });
});

describe("a language the firm says it is weak in", () => {
  it("is read in each language", () => {
    expect(read({ seeksText: "Lưu ý: làm việc bằng tiếng Nhật, tiếng Anh còn hạn chế" }).facts.weakLanguages).toEqual([
      "en",
    ]);
    expect(
      read({ country: "JP", texts: ["英語は苦手ですが、日本語での対応は得意です。"] }).facts.weakLanguages,
    ).toEqual(["en"]);
    expect(read({ texts: ["Đội ngũ giao tiếp tiếng Anh tốt"] }).facts.weakLanguages ?? []).toEqual([]);
  });

  it("fails a partner who requires it; the same firm saying it works in it does not", () => {
    const buyer = matchFirm({
      id: "buyer",
      country: "JP",
      seeksText: "Offshore partner for React web apps",
      partnerLanguages: ["en"],
    });
    const weak = matchFirm({
      id: "weak",
      englishSpeakers: 10,
      offersText: "Gia công phần mềm web React cho khách hàng Nhật\nLưu ý: tiếng Anh còn hạn chế",
    });
    const fluent = matchFirm({
      id: "fluent",
      englishSpeakers: 10,
      offersText: "Gia công phần mềm web React cho khách hàng Nhật\nĐội ngũ làm việc bằng tiếng Anh",
    });
    const e = engineWith(concepts, buyer, weak, fluent);
    expect(pairScore(e, "buyer", "weak")).toBeLessThan(pairScore(e, "buyer", "fluent") / 2);
  });
});

describe("clients named before a dash", () => {
  it("are whom the work after it is for: the firm offers it", () => {
    expect(mentions({ seeksText: "Khách hàng Nhật – dự án offshore" })).toContain("offer:offshore-dev");
    expect(mentions({ seeksText: "Clients in Japan – offshore development" })).toContain("offer:offshore-dev");
  });
  it("while a need before a dash stays a need", () => {
    expect(mentions({ seeksText: "Offshore dev – React, Node" })).toContain("seek:offshore-dev");
  });
});

describe("a nationality word made a language by what follows it", () => {
  it("is asked of partners ('English as working language is required', 'Japanese is required')", () => {
    expect(read({ seeksText: "English as working language is required" }).required.languages).toEqual(["en"]);
    expect(read({ seeksText: "Japanese is required" }).required.languages).toEqual(["ja"]);
  });
  it("but not where 'only' says how the firm works ('Japanese only through an interpreter')", () => {
    expect(
      read({ seeksText: "We work in English; Japanese only through an interpreter" }).required.languages,
    ).not.toContain("ja");
  });
});

describe("a form of contract listed after a need", () => {
  const need = "PHP（Laravel）の開発を任せられるオフショア先。2〜5名、一括請負、月200万円程度。";
  it("is the form the firm asks for: the team beside it is the size of the need", () => {
    const r = read({ country: "JP", seeksText: need });
    expect(r.required.scale).toBe(2);
    expect(r.required.scaleTop).toBe(5);
    expect(r.facts.people ?? null).toBeNull();
  });
  it("keeps a team too large for the need from fitting it", () => {
    const buyer = matchFirm({ id: "buyer", country: "JP", seeksText: need });
    const lab = matchFirm({
      id: "lab",
      japaneseSpeakers: 30,
      bridgeEngineers: 10,
      offersText: "Offshore PHP Laravel web development, teams of 10-40 engineers",
    });
    const small = matchFirm({
      id: "small",
      japaneseSpeakers: 30,
      bridgeEngineers: 10,
      offersText: "Offshore PHP Laravel web development, teams of 2-5 engineers",
    });
    const e = engineWith(concepts, buyer, lab, small);
    expect(pairScore(e, "buyer", "lab")).toBeLessThan(pairScore(e, "buyer", "small") * 0.7);
  });
});

describe("the cloud a product runs on", () => {
  it("is not cloud work the firm sells (AWS上で稼働するSaaS, 'lưu tại AWS', 'hosted on Azure')", () => {
    expect(mentions({ country: "JP", offersText: "帳票AI-OCR\nAWS上で稼働するSaaSとして提供" })).not.toContain(
      "offer:cloud",
    );
    expect(mentions({ offersText: "Dữ liệu khách hàng lưu tại AWS vùng Tokyo" })).not.toContain("offer:cloud");
    expect(mentions({ offersText: "Our SaaS is hosted on Azure" })).not.toContain("offer:cloud");
  });
  it("while cloud work named by the platform is (AWSの設計・構築・運用代行)", () => {
    expect(mentions({ country: "JP", offersText: "AWSの設計・構築・24時間運用代行" })).toContain("offer:cloud");
  });
  it("and, in what the firm looks for, the platform under the system to run is the work's", () => {
    expect(mentions({ country: "JP", seeksText: "AWS上で動く自社SaaSの夜間・休日の運用監視を委託したい" })).toContain(
      "seek:cloud",
    );
  });
});

describe("a shop the firm runs", () => {
  it("is where it sells, not e-commerce work it sells (ECモールを運営しています, 'We run an online store')", () => {
    expect(mentions({ country: "JP", texts: ["家電・日用品のECモールを運営しています。"] })).not.toContain(
      "offer:ecommerce-platforms",
    );
    expect(mentions({ texts: ["We run an online store for outdoor goods"] })).not.toContain(
      "offer:ecommerce-platforms",
    );
  });
  it("while running shops for others is (ECサイトの運営代行, EC運営支援)", () => {
    expect(mentions({ country: "JP", offersText: "ECサイトの運営代行" })).toContain("offer:ecommerce-platforms");
    expect(mentions({ country: "JP", offersText: "ECサイト構築とEC運営支援" })).toContain("offer:ecommerce-platforms");
  });
  it("so two shops that both buy e-commerce work are no longer vendor and client", () => {
    const mall = matchFirm({
      id: "mall",
      country: "JP",
      texts: ["家電・日用品のECモールを運営しています。"],
      seeksText: "Shopifyでの旗艦店構築と商品ページ制作",
    });
    const stores = matchFirm({
      id: "stores",
      country: "JP",
      texts: ["九州で食品スーパー86店舗を展開。"],
      seeksText: "ECサイト刷新とスマホアプリ開発",
    });
    const agency = matchFirm({ id: "agency", country: "JP", offersText: "ECサイト構築（Shopify）、スマホアプリ開発" });
    const e = engineWith(concepts, mall, stores, agency);
    expect(pairScore(e, "mall", "stores")).toBeLessThan(pairScore(e, "stores", "agency") / 2);
  });
});

describe("a data centre the firm runs, no country named", () => {
  it("keeps data in the firm's own country, its private cloud too", () => {
    expect(dataHostedIn("石狩のTier III相当データセンター（コロケーション・プライベートクラウド）")).toEqual({
      places: ["HOME"],
      onPremise: false,
    });
    expect(dataHostedIn("We operate two Tier III data centres").places).toEqual(["HOME"]);
  });
  it("while data-centre work for others says nothing of where data is (データセンター移行支援)", () => {
    expect(dataHostedIn("データセンター移行支援").places).toEqual([]);
  });
  it("so a client whose data may not leave Vietnam breaks on a Japanese data centre", () => {
    const bidder = matchFirm({
      id: "bidder",
      country: "JP",
      seeksText: "ベトナム国内でTier III相当のデータセンターを運営する事業者（行政データは国外持ち出し不可）",
    });
    const japan = matchFirm({
      id: "japan",
      country: "JP",
      offersText: "石狩のTier III相当データセンター（コロケーション）",
    });
    const vietnam = matchFirm({ id: "vietnam", offersText: "Vận hành 2 trung tâm dữ liệu Tier III tại Bình Dương" });
    const e = engineWith(concepts, bidder, japan, vietnam);
    expect(pairScore(e, "bidder", "japan")).toBeLessThan(pairScore(e, "bidder", "vietnam") / 2);
  });
});

describe("what the firm has not, said among its needs", () => {
  it("is a language it lacks ('Chưa có người nói tiếng Nhật', 'We have no Japanese speakers yet')", () => {
    expect(
      read({ seeksText: "Giao tiếp bằng tiếng Anh (chat, email). Chưa có người nói tiếng Nhật" }).facts.lacksLanguages,
    ).toEqual(["ja"]);
    expect(read({ seeksText: "We have no Japanese speakers yet, so we look for a BrSE" }).facts.lacksLanguages).toEqual(
      ["ja"],
    );
  });
  it("but not a partner's, nor a language further on ('…, chưa có BrSE; giao tiếp … bằng tiếng Anh')", () => {
    expect(read({ seeksText: "Đối tác không có người nói tiếng Nhật cũng được" }).facts.lacksLanguages).toEqual([]);
    expect(
      read({ seeksText: "Team chưa có người nói tiếng Nhật, chưa có BrSE; giao tiếp với khách hàng bằng tiếng Anh" })
        .facts.lacksLanguages,
    ).toEqual(["ja"]);
  });
});

describe("a requirement after a form of contract", () => {
  it("goes with the need before it, not with the trade the contract's words also name (一括請負)", () => {
    const r = read({
      country: "JP",
      seeksText:
        "PHP（Laravel）の開発を任せられるオフショア先。2〜5名、一括請負、月200万円程度。日本語でやり取りできるBrSEが必須",
    });
    expect(r.required.scopes?.[0]?.caps).toEqual(expect.arrayContaining(["web-apps", "offshore-dev"]));
    expect(r.required.scopes?.[0]?.caps).not.toContain("system-integration");
  });
});

describe("shops and agencies named by their need", () => {
  it("want it of the firm, which offers it ('Shop thuong mai dien tu nho can lam website')", () => {
    expect(mentions({ seeksText: "Shop thuong mai dien tu nho can lam website" })).toContain("offer:web-apps");
    expect(mentions({ seeksText: "Agency ở Nhật cần làm website" })).toContain("offer:web-apps");
  });
});
