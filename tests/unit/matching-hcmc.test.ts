// Session 38: what CK (Japan ICT Day in Ho Chi Minh City: size, scale and conditions stated in passing) showed the
// reader miss.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { DIRECT, readContractTerms } from "@/lib/matching/text/contracts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import type { Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, fieldReader, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("consumer goods", () => {
  it("are what a cosmetics maker sells and what a retail chain looks for", () => {
    expect(codes("offers", "敏感肌向けスキンケア（化粧水・乳液・日焼け止め）約40品目")).toContain(
      "offer:consumer-products",
    );
    expect(codes("seeks", "ベトナム店舗で扱う日本の化粧品・日用品ブランド")).toContain("seek:consumer-products");
    expect(codes("offers", "Sản xuất mỹ phẩm thiên nhiên từ nguyên liệu Việt Nam")).toContain(
      "offer:consumer-products",
    );
  });

  it("are not offered by a firm that builds shops for their makers", () => {
    expect(codes("offers", "We build e-commerce sites for cosmetics brands")).not.toContain("offer:consumer-products");
    expect(codes("offers", "Xây dựng website bán hàng cho các thương hiệu mỹ phẩm")).not.toContain(
      "offer:consumer-products",
    );
    expect(codes("offers", "We build e-commerce sites for food manufacturers")).not.toContain("offer:food-products");
    expect(codes("offers", "We build e-commerce sites for cosmetics brands")).toContain("offer:ecommerce-platforms");
  });

  it("bring the maker and the chain together, whatever the chain asks of its POS developers", () => {
    const chain = matchFirm({
      id: "chain",
      country: "JP",
      employeeBand: "B1000_PLUS",
      partnerPresence: ["VN"],
      offersText: "ホーチミン市での店舗網（2025年開業、3年で20店舗予定）",
      seeksText: [
        "ベトナム店舗用のPOSシステムの開発・導入。ホーチミン市内に拠点があり、開発メンバーが当社現地事務所に常駐できることが条件です",
        "ベトナム店舗で扱う日本の化粧品・日用品ブランド",
      ].join("\n"),
    });
    const maker = matchFirm({
      id: "maker",
      country: "JP",
      city: "Osaka",
      employeeBand: "B50_249",
      offersText: "敏感肌向けスキンケア（化粧水・乳液・日焼け止め）約40品目",
      seeksText: "ベトナムでの販売パートナー（EC・小売）",
    });
    const pos = matchFirm({
      id: "pos",
      country: "JP",
      city: "Tokyo",
      employeeBand: "B250_999",
      offersText: "小売向けPOSシステムの開発・導入",
    });
    const engine = engineWith(concepts, chain, maker, pos);
    expect(engine.score("chain", "maker", { sameCountry: true })!.broken).toBe(false);
    // The POS developer with no one in Vietnam still fails the chain's condition.
    expect(engine.score("chain", "pos", { sameCountry: true })!.broken).toBe(true);
  });
});

describe("a preference for a kind of partner", () => {
  it("is what the firm looks for, even when it says what that partner would do for it", () => {
    const raising =
      "We prefer strategic investors who can help us serve Japanese companies in Vietnam, but financial VCs are also welcome";
    expect(codes("seeks", raising)).toContain("seek:venture-investment");
    expect(codes("seeks", raising)).not.toContain("offer:venture-investment");
    expect(codes("seeks", "We prefer investors who help us")).toEqual(["seek:venture-investment"]);
  });
});

describe("2D art", () => {
  it("reads character and background art asked in Japanese", () => {
    expect(codes("seeks", "2Dキャラクター・背景アートの外注先")).toContain("seek:game-art-2d");
    expect(codes("offers", "2D character art and backgrounds for mobile RPGs")).toContain("offer:game-art-2d");
  });
});

describe("work passed on to other firms (re-subcontracting)", () => {
  const bank = matchFirm({
    id: "bank",
    country: "JP",
    employeeBand: "B1000_PLUS",
    seeksText: [
      "結合テスト・システムテストのオフショア委託先",
      "共通条件：再委託は一切不可です（委託先の社員のみで対応いただきます）",
    ].join("\n"),
  });
  const vendor = (id: string, extra: string) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B250_999",
      offersText: "銀行向けシステムの結合テスト・システムテスト（オフショア）",
      seeksText: ["日本の金融機関様からのテスト案件", extra].filter(Boolean).join("\n"),
    });

  it("is banned by a buyer in many words, and not by one that keeps the work in its own country", () => {
    for (const text of [
      "再委託は一切不可です",
      "NDAの締結と、再委託の禁止が条件です",
      "御社からさらに他社へ再委託する会社は対象外とさせていただきます",
      "No re-subcontracting: the work must be done by your own staff",
      "Đối tác không được giao thầu lại cho đơn vị khác",
    ])
      expect(readContractTerms([text], []).asked & DIRECT, text).toBe(DIRECT);
    expect(readContractTerms(["海外への再委託は不可とします"], []).asked & DIRECT).toBe(0);
    // Said among what a firm offers, it is how it works, not a condition on its partners.
    expect(readContractTerms([], ["再委託は一切不可です"]).asked).toBe(0);
  });

  it("is done by a vendor that says it passes part of its work to partner firms, not by one that never does", () => {
    for (const text of [
      "繁忙期にはベトナム国内の協力会社（2社）へ一部を再委託する場合がございます",
      "Peak時は提携先（ダナンの協力会社3社）と連携して体制を拡大します",
      "At peak we subcontract part of the work to partner firms in Da Nang",
    ])
      expect(readContractTerms([text], []).refused & DIRECT, text).toBe(DIRECT);
    expect(readContractTerms([], ["We never re-subcontract: all work is done by our own staff"]).refused).toBe(0);
    expect(readContractTerms([], ["協力会社への再委託は行っておりません"]).refused).toBe(0);
  });

  it("parts a bank that bans it from a vendor that does it, and says why in three languages", () => {
    const e = engineWith(
      concepts,
      bank,
      vendor("own", ""),
      vendor("passes", "繁忙期にはベトナム国内の協力会社（2社）へ一部を再委託する場合がございます"),
      vendor("overflow", "Sub-partner companies in Vietnam with ISO 27001, for overflow testing work"),
    );
    expect(pairScore(e, "bank", "passes")).toBeLessThan(pairScore(e, "bank", "own") * 0.5);
    expect(pairScore(e, "bank", "overflow")).toBeLessThan(pairScore(e, "bank", "own") * 0.5);
    const why = e.explain("bank", "passes").find((r) => r.kind === "contractRefused");
    expect(why).toEqual({ kind: "contractRefused", side: "you", form: "direct", only: false });
    expect(e.explain("bank", "own").some((r) => r.kind === "contractRefused")).toBe(false);
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      for (const r of [why!, { ...why!, side: "they" }] as Reason[])
        expect(reasonWords(r, locale, all[locale], (c) => c)).not.toMatch(/[{}]|contractDirect|reason\./);
  });
});

describe("the largest team a vendor puts on one client", () => {
  const { read } = fieldReader(concepts);
  it("is read where it is said of a client, however far the word for 'at most' stands from the number", () => {
    expect(read("offers", "新規のお客様には初年度最大20名までの体制でスタートしています").facts.maxTeam).toBe(20);
    expect(read("offers", "Quy mô đội tối đa cho một khách hàng hiện nay khoảng 30 người").facts.maxTeam).toBe(30);
    expect(read("offers", "Our largest team for one client is about 30 engineers").facts.maxTeam).toBe(30);
    // Not the firm's own size, nor a team it can put together for a large project.
    expect(read("offers", "Quy mô đội tối đa cho một khách hàng hiện nay khoảng 30 người").facts.people ?? 0).toBe(0);
    expect(
      read("offers", "We are the largest outsourcing firm in Da Nang, with 900 engineers").facts.maxTeam ?? 0,
    ).toBe(0);
  });

  it("keeps it from the buyer that needs a larger team, not from one that needs a smaller", () => {
    const vendor = matchFirm({
      id: "vendor",
      country: "VN",
      employeeBand: "B250_999",
      offersText: [
        "業務システム（Java、.NET）のオフショア開発",
        "新規のお客様には初年度最大20名までの体制でスタートしています",
      ].join("\n"),
    });
    const buyer = (id: string, size: number) =>
      matchFirm({
        id,
        country: "JP",
        employeeBand: "B1000_PLUS",
        seeksText: `ベトナムのオフショア開発パートナー。半年以内に${size}名規模のチームを立ち上げられること`,
      });
    const e = engineWith(concepts, vendor, buyer("large", 50), buyer("small", 10));
    expect(pairScore(e, "large", "vendor")).toBeLessThan(pairScore(e, "small", "vendor"));
  });
});

describe("the least revenue a firm asks of its partners", () => {
  const buyer = matchFirm({
    id: "buyer",
    country: "JP",
    employeeBand: "B50_249",
    seeksText: [
      "流通業向けシステム（.NET、PHP）の保守を担当いただけるオフショアパートナー",
      "社内規定により、取引先は年商5億円以上の企業様に限らせていただいております",
    ].join("\n"),
  });
  const vendor = (id: string, revenue: string) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B50_249",
      offersText: "Phát triển và bảo trì ứng dụng web .NET, PHP cho khách hàng Nhật",
      texts: [`Công ty phần mềm ở Cần Thơ, 45 nhân sự.${revenue}`],
    });

  it("binds a partner whose revenue is said to be lower, not one larger or one that does not say", () => {
    const e = engineWith(
      concepts,
      buyer,
      vendor("small", " Doanh thu năm 2024 khoảng 15 tỷ đồng."),
      vendor("large", " Doanh thu năm 2024 khoảng 150 tỷ đồng."),
      vendor("silent", ""),
    );
    expect(e.score("buyer", "small", { sameCountry: true })!.broken).toBe(true);
    expect(e.score("buyer", "large", { sameCountry: true })!.broken).toBe(false);
    expect(e.score("buyer", "silent", { sameCountry: true })!.broken).toBe(false);
    const why = e.explain("buyer", "small").find((r) => r.kind === "revenueBelow");
    expect(why).toMatchObject({ kind: "revenueBelow", side: "they" });
    expect(e.explain("small", "buyer").find((r) => r.kind === "revenueBelow")).toMatchObject({ side: "you" });
    expect(e.explain("buyer", "large").some((r) => r.kind === "revenueBelow")).toBe(false);
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      expect(reasonWords(why!, locale, all[locale], (c) => c)).toMatch(/USD 3\.3M.*USD 600k|USD 600k.*USD 3\.3M/);
  });

  it("is the firm's own revenue where it says so of itself", () => {
    const own = engineWith(
      concepts,
      matchFirm({
        id: "vendor",
        country: "VN",
        offersText: "Doanh thu năm 2024 trên 5 triệu USD; phát triển web .NET",
        seeksText: "Khách hàng Nhật Bản cần bảo trì hệ thống .NET",
      }),
      vendor("small", " Doanh thu năm 2024 khoảng 15 tỷ đồng."),
    );
    expect(own.score("vendor", "small", { sameCountry: true })!.broken).toBe(false);
  });
});

describe("bridge engineers asked among a need's conditions", () => {
  it("are one more condition of that need, not a need the conditions go with", () => {
    const { read } = fieldReader(concepts);
    const scopes = read(
      "seeks",
      "業務系システム開発のオフショアパートナー（1案件あたり10〜20名程度、Java/.NET）。条件：従業員300名以上、ISMS（ISO27001）取得、日本語での対応が可能なこと（ブリッジSE必須）",
    ).required.scopes!;
    expect(scopes).toHaveLength(1);
    expect(scopes[0]!.caps).toContain("offshore-dev");
    expect(scopes[0]!.caps).not.toEqual(["bridge-services"]);
    expect(scopes[0]!.minEmployees).toBe(300);
  });
});

describe("reselling refused", () => {
  it("is a refusal of distribution where the firm says what it does, not where it looks for a reseller", () => {
    expect(
      codes("seeks", "We focus on services; we don't resell third-party software licences or security products"),
    ).toContain("offer!:distribution");
    expect(codes("offers", "Chúng tôi không phân phối lại phần mềm của hãng khác")).toContain("offer!:distribution");
    expect(codes("seeks", "We look for partners who resell our WAF in Vietnam")).not.toContain("offer!:distribution");
    expect(codes("offers", "We resell Fortinet and Palo Alto firewalls")).toContain("offer:distribution");
  });
});
