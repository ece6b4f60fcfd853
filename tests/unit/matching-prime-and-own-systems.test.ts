// Session 50 (DE): a vendor that works for Japanese clients only as a subcontractor through a prime contractor is
// no supplier for an end client that wants a direct contract (but is one for the prime); and the systems a firm
// runs for itself (会計・販売はSAP Business Oneで運用しています) are no offer of them.
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import type { Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, fieldReader, matchFirm, pairScore } from "./match-firm";

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
    intents: ["suppliers"],
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

  it("is told in every language", () => {
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      for (const side of ["you", "they"] as const) {
        const words = reasonWords({ kind: "primeOnly", side } as Reason, locale, all[locale], (c) => c);
        expect(words.length).toBeGreaterThan(10);
        expect(words).not.toMatch(/[{}]|primeOnly|reason\./);
      }
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
