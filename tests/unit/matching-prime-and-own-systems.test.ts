// Session 50 (DE): a vendor that works for Japanese clients only as a subcontractor through a prime contractor is
// no supplier for an end client that wants a direct contract (but is one for the prime); and the systems a firm
// runs for itself (会計・販売はSAP Business Oneで運用しています) are no offer of them.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import type { Reason } from "@/lib/matching/types";
import { engineWith, expectToldInEveryLanguage, fieldReader, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("work taken only through a prime contractor", () => {
  const read = (text: string) => concepts.reader.read([{ kind: "offers", text }]).facts.primeOnly;

  it("is read in three languages, with the place it holds in", () => {
    expect(
      read(
        "Với khách hàng Nhật, chúng tôi chỉ làm thầu phụ qua đối tác SAP Nhật (nhà thầu chính), không ký hợp đồng trực tiếp với doanh nghiệp người dùng",
      ),
    ).toEqual(["JP"]);
    expect(read("契約は日本の元請企業様経由のみです。病院・クリニック様との直接契約はお受けできません")).toBeDefined();
    expect(read("We work only as a subcontractor to Japanese SIers")).toBeDefined();
    expect(read("We sell only through SI partners – no direct contracts with city governments")).toBeDefined();
  });

  it("reads more ways of saying it (a review's)", () => {
    for (const text of [
      "Chỉ nhận làm thầu phụ cho công ty Nhật",
      "下請け専門の開発会社です",
      "元請けからの受託のみです",
      "エンドユーザー様との直接のお取引はしておりません",
      "We do not sign contracts directly with end users",
      "Subcontracting only (through Japanese prime contractors)",
      "We only take projects through Japanese SIers",
    ])
      expect(read(text), text).toBeDefined();
  });

  it("is not 'not only', a past, a maker's sales channel, or a contractor's rule for its partners (a review's)", () => {
    for (const text of [
      "Chúng tôi không chỉ làm thầu phụ mà còn nhận dự án trực tiếp từ khách hàng Nhật",
      "Trước đây chúng tôi chỉ làm thầu phụ, nay đã nhận dự án trực tiếp",
      "二次請けのみならず、元請けとしての案件も増えています",
      "We sell our IoT gateways only through system integrators",
    ])
      expect(read(text), text).toBeUndefined();
    const seeks = (text: string) => concepts.reader.read([{ kind: "seeks", text }]).facts.primeOnly;
    expect(seeks("協力会社様にはエンドユーザーとの直接契約はお断りしております")).toBeUndefined();
    expect(
      seeks(
        "Offshore partners in Vietnam: partners work only as a subcontractor to us, no direct contracts with end clients",
      ),
    ).toBeUndefined();
    expect(seeks("Không chỉ làm thầu phụ, chúng tôi muốn tìm khách hàng trực tiếp tại Nhật")).toBeUndefined();
  });

  it("is not a welcome of second-tier work, a firm that contracts direct, or a buyer asking a Japanese entity", () => {
    expect(read("日本の組込み会社様からの二次請けも歓迎です")).toBeUndefined();
    expect(read("Direct contracts with Japanese end clients only — we do not work as a subcontractor")).toBeUndefined();
    expect(read("海外の会社との直接契約はいたしません（日本の会社経由であれば可）")).toBeUndefined();
    expect(read("Offshore development for Japanese SIers and end users")).toBeUndefined();
  });

  const vendor = matchFirm({
    id: "vendor",
    offersText: "SAP Business One implementation and ABAP add-on development",
    seeksText:
      "Đối tác SAP tại Nhật cần nguồn lực ABAP offshore\nVới khách hàng Nhật, chúng tôi chỉ làm thầu phụ qua đối tác SAP Nhật (nhà thầu chính), không ký hợp đồng trực tiếp với doanh nghiệp người dùng",
  });
  const maker = matchFirm({
    id: "maker",
    country: "JP",
    offersText: "漬物・惣菜の製造、OEM製造",
    seeksText: "基幹システム（SAP Business One）の保守ベンダー。当社と直接契約できる会社を希望します",
    intents: ["subcontractors"],
  });
  const prime = matchFirm({
    id: "prime",
    country: "JP",
    offersText: "SAP Business One implementation for Japanese manufacturers",
    seeksText: "Offshore ABAP and SAP Business One capacity partners in Vietnam",
    intents: ["capacity"],
  });

  it("parts the vendor from an end client, not from the prime, and says why", () => {
    const e = engineWith(concepts, vendor, maker, prime);
    const plain = engineWith(
      concepts,
      { ...vendor, seeksText: "Đối tác SAP tại Nhật cần nguồn lực ABAP offshore" },
      maker,
    );
    expect(pairScore(e, "maker", "vendor")).toBeLessThan(pairScore(plain, "maker", "vendor") * 0.8);
    expect(e.explain("maker", "vendor")).toContainEqual({ kind: "primeOnly", side: "they" });
    expect(e.explain("vendor", "maker")).toContainEqual({ kind: "primeOnly", side: "you" });
    expect(e.explain("prime", "vendor").some((r) => r.kind === "primeOnly")).toBe(false);
  });

  it("does not part the vendor from a Japanese IT firm that gives out work (a review's)", () => {
    const infra = matchFirm({
      id: "infra",
      country: "JP",
      offersText: "ネットワーク構築、サーバー運用保守",
      seeksText: "ベトナムのオフショア開発会社（Webアプリ開発）",
      intents: ["subcontractors"],
      firmType: "both",
    });
    const web = matchFirm({
      id: "web",
      offersText: "Phát triển ứng dụng web và mobile offshore cho khách hàng Nhật",
      seeksText:
        "Chúng tôi chỉ làm thầu phụ qua các công ty IT Nhật Bản, không ký hợp đồng trực tiếp với khách hàng cuối",
    });
    const e = engineWith(concepts, infra, web);
    expect(e.explain("infra", "web").some((r) => r.kind === "primeOnly")).toBe(false);
  });

  it("is told in every language", () => {
    expectToldInEveryLanguage((["you", "they"] as const).map((side) => ({ kind: "primeOnly", side }) as Reason));
  });
});

describe("the systems a firm runs for itself", () => {
  const { codes } = fieldReader(concepts);

  it("are no offer of them", () => {
    for (const text of [
      "社内の業務アプリはkintoneで、会計・販売はSAP Business Oneで運用しています。",
      "会計はSAP Business Oneを利用しています。",
      "We use SAP Business One for accounting.",
      "Chúng tôi đang sử dụng SAP Business One cho kế toán.",
    ])
      expect(codes("description", text), text).toEqual([]);
  });

  it("are read in descriptions only, where the firm says they are its own (a review's)", () => {
    for (const [kind, text, code] of [
      [
        "description",
        "We use AI and computer vision to help Japanese manufacturers reduce defects.",
        "offer:computer-vision",
      ],
      ["offers", "Mobile apps: we use Flutter and React Native.", "offer:mobile-apps"],
      ["description", "We use Japanese-speaking bridge engineers (BrSE) on every project.", "offer:bridge-services"],
      ["offers", "100社以上のお客様のシステムをAWSで運用しています", "offer:cloud"],
      ["offers", "ベトナム拠点でオフショア開発チームを運用しています", "offer:offshore-dev"],
      ["description", "Chúng tôi sử dụng AI để phân tích dữ liệu cho các nhà máy Nhật Bản", "offer:data-ai"],
      ["description", "Cong ty dung dau Viet Nam ve giai phap ERP cho nha may", "offer:erp"],
      [
        "description",
        "We are using Salesforce in-house and are a certified Salesforce consulting partner.",
        "offer:crm",
      ],
    ] as const)
      expect(codes(kind, text), text).toContain(code);
    expect(codes("description", "社内システムとしてSAP Business Oneを導入しています")).toEqual([]);
    expect(codes("description", "会計・販売管理はSAP Business Oneで運用中です")).toEqual([]);
  });

  it("but a stack said with what the firm builds, a course it runs, or a product easy to use are", () => {
    expect(codes("description", "We use React and Node.js to build web apps for Japanese clients.")).toContain(
      "offer:web-apps",
    );
    expect(codes("description", "AWSを利用したシステム開発を行っています")).toContain("offer:software-development");
    expect(codes("description", "We run a 12-month Japanese course to JLPT N2 for engineers.").length).toBeGreaterThan(
      0,
    );
    expect(codes("description", "Phần mềm quản lý kho dễ sử dụng")).toContain("offer:scm-logistics");
  });
});

describe("a channel the firm sells through", () => {
  const { codes } = fieldReader(concepts);

  it("is no distribution it offers", () => {
    for (const text of [
      "ベトナムでは2024年からハノイの販売代理店1社を通じて販売しています。",
      "In Vietnam we sell through a local reseller in Hanoi.",
      "Tại Việt Nam chúng tôi bán qua một đại lý ở Hà Nội.",
    ])
      expect(codes("description", text), text).not.toContain("offer:distribution");
  });

  it("but a distributor's own network, or the firm as a reseller, is", () => {
    expect(
      codes("description", "We distribute Japanese software in Vietnam through our network of 300 resellers"),
    ).toContain("offer:distribution");
    expect(codes("description", "We are a reseller of Japanese SaaS")).toContain("offer:distribution");
  });
});
