// Session 41: the firms a vendor looks for, listed over commas before their need ("Tìm công ty BPO, công ty AI
// của Nhật cần thầu phụ nhập liệu"): cut at the comma, the first firms read as a need of the vendor's own, and two
// annotation houses met each other's need (BN). Also "thầu phụ" alone as a subcontractor, the dot of "TP.HCM" read
// as a full stop (BJ), subcontracted work in Japanese (taken in, or that a partner can take), and English alone in
// a Japanese firm's partner-language column (CR, BI).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { engineWith, fieldReader, matchFirm, readOver } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const { codes } = fieldReader(concepts);

beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("the firms looked for, listed over commas before their need", () => {
  it("are whom the firm sells to, in Vietnamese (with or without diacritics) and in English", () => {
    for (const text of [
      "Tìm công ty BPO, công ty AI của Nhật cần thầu phụ nhập liệu",
      "Tìm công ty BPO hoặc công ty AI, dữ liệu AI của Nhật, Hàn cần thầu phụ nhập liệu",
      "Tim cong ty BPO, cong ty AI Nhat can thau phu nhap lieu",
      "Looking for BPO firms, AI data companies in Japan that need data entry subcontractors",
    ]) {
      const read = codes("seeks", text);
      expect(read, text).toContain("offer:data-entry");
      expect(
        read.filter((c) => c.startsWith("seek:")),
        text,
      ).toEqual([]);
    }
  });

  it("not when the need after the comma is the firm's own", () => {
    for (const text of [
      "Looking for BPO firms, we need data entry subcontractors",
      "Tìm công ty kiểm thử, cần khoảng 10 tester",
    ]) {
      const read = codes("seeks", text);
      expect(
        read.some((c) => c.startsWith("seek:")),
        text,
      ).toBe(true);
      expect(
        read.some((c) => c.startsWith("offer:")),
        text,
      ).toBe(false);
    }
    expect(codes("seeks", "Tìm công ty kiểm thử, cần gấp 10 tester")).toContain("seek:quality");
    // The firm speaking of itself ("bên mình"), a need right after the comma, a need of the firm's own projects.
    expect(codes("seeks", "Tìm công ty BPO, bên mình cần thầu phụ nhập liệu")).toEqual(["seek:bpo", "seek:data-entry"]);
    expect(codes("seeks", "Tìm công ty dịch thuật, cần dịch tài liệu kỹ thuật tiếng Nhật")).toContain(
      "seek:translation-localization",
    );
    expect(codes("seeks", "Tìm công ty dịch thuật ở Hà Nội, cần dịch tài liệu kỹ thuật")).toContain(
      "seek:translation-localization",
    );
    expect(codes("seeks", "Looking for testing companies, for mobile projects that need test automation")).toContain(
      "seek:quality",
    );
  });

  it("two annotation houses looking for the same clients do not meet each other's need", () => {
    const house = (id: string, seeksText: string) =>
      matchFirm({ id, offersText: "Gán nhãn dữ liệu ảnh, video cho AI\nNhập liệu chứng từ tiếng Nhật", seeksText });
    const listed = house("listed", "Tìm công ty BPO, công ty AI của Nhật cần thầu phụ nhập liệu / gán nhãn");
    const rival = matchFirm({
      id: "rival",
      country: "OTHER",
      englishSpeakers: 100,
      offersText: "Image annotation for AI, BPO and data entry",
      seeksText: "Japanese AI companies needing image annotation",
    });
    const e = engineWith(concepts, listed, rival);
    expect(e.score("listed", "rival", { sameCountry: false })!.forA).toBe(0);
  });
});

describe("a subcontractor called thầu phụ", () => {
  it("asked for is a subcontractor sought; asked for by the firms named is the firm's offer to them", () => {
    expect(readOver(concepts, { seeksText: "Cần thầu phụ kiểm thử khi quá tải" }).intents).toContain("subcontractors");
    expect(readOver(concepts, { seeksText: "Tìm công ty Nhật cần thầu phụ kiểm thử" }).capacityOffered).toBe(true);
  });
});

describe("the dot of TP.HCM", () => {
  it("does not end the sentence: firms in TP.HCM that need testing are clients", () => {
    for (const text of [
      "Công ty phần mềm tại TP.HCM cần thầu phụ kiểm thử",
      "Cong ty phan mem lon tai TP.HCM, Ha Noi can thau phu kiem thu luc cao diem",
    ]) {
      expect(codes("seeks", text), text).toEqual(["offer:quality"]);
    }
  });

  it("a full stop still does, before a word in lower case too", () => {
    expect(codes("seeks", "công ty phần mềm tại hà nội. cần kiểm thử tự động")).toEqual(["seek:test-automation"]);
  });
});

describe("subcontracted work in Japanese", () => {
  it("taken in (再委託を受ける, 再委託を受託) is the firm selling, not a subcontractor sought", () => {
    for (const text of [
      "大手BPO企業からの再委託を受けます",
      "日本のSIerと組んで、公共系案件に二次請けとして参加したい",
    ]) {
      const read = readOver(concepts, { seeksText: text });
      expect(read.intents, text).toContain("clients");
      expect(read.intents, text).not.toContain("subcontractors");
    }
  });

  it("that a partner can take (受託できるパートナー) is work the firm gives out", () => {
    for (const text of [
      "開発を受託できるパートナーを探しています",
      "開発案件の再委託を受けられるパートナーを探しています",
      "オフショア開発を受託できる協力会社",
    ]) {
      const read = readOver(concepts, { seeksText: text });
      expect(read.intents, text).toContain("subcontractors");
      expect(read.intents, text).not.toContain("clients");
    }
    expect(codes("seeks", "オフショア開発を受託できる協力会社")).toEqual(["seek:offshore-dev"]);
    expect(codes("seeks", "オフショア開発を受託します")).toEqual(["offer:offshore-dev"]);
  });

  it("not when the partner is not sought, or is the firm, or takes the firm's own work", () => {
    expect(readOver(concepts, { seeksText: "開発を受託できるパートナーは探していません" }).intents).not.toContain(
      "subcontractors",
    );
    expect(readOver(concepts, { seeksText: "当社はオフショア開発を受託できるパートナーです" }).intents).toContain(
      "clients",
    );
    expect(
      readOver(concepts, { seeksText: "弊社の下請けとして開発を担当いただけるパートナーを募集しています" }).intents,
    ).not.toContain("clients");
    expect(readOver(concepts, { seeksText: "弊社からの再委託先を募集しています" }).intents).toContain("subcontractors");
  });
});

describe("subcontract work sought in Vietnamese (dự án thầu phụ, nhận thầu phụ)", () => {
  it("is work the firm takes, not a subcontractor it looks for", () => {
    for (const text of [
      "Tìm dự án thầu phụ kiểm thử từ công ty Nhật",
      "Nhận thầu phụ kiểm thử phần mềm từ các công ty Nhật",
    ]) {
      const read = readOver(concepts, { seeksText: text });
      expect(codes("seeks", text), text).toEqual(["offer:quality"]);
      expect(read.intents, text).not.toContain("subcontractors");
    }
  });
});

describe("English alone in a Japanese firm's partner-language column", () => {
  const carton = matchFirm({
    id: "carton",
    country: "JP",
    employeeBand: "B250_999",
    offersText: "段ボールケース・緩衝材の製造（食品工場向け）\n印刷対応、小ロットも可",
    seeksText: "ハイフォン周辺の新規のお客様（工場）",
  });
  const maker = (id: string, englishSpeakers: number, seeksText: string) =>
    matchFirm({
      id,
      country: "JP",
      employeeBand: "B250_999",
      englishSpeakers,
      partnerLanguages: ["en"],
      offersText: "Rice crackers and baked snacks (OEM also possible)",
      seeksText,
    });

  it("is a language the firm may work in beside Japanese when its own people do not work in English", () => {
    const e = engineWith(
      concepts,
      maker("maker", 3, "Printed export carton supplier, about 20,000 pcs per month"),
      carton,
    );
    expect(e.score("maker", "carton", { sameCountry: true })!.broken).toBe(false);
  });

  it("…or when its text asks Japanese of its partners", () => {
    const e = engineWith(
      concepts,
      maker("maker", 200, "Printed carton supplier\n条件：打ち合わせ・仕様書はすべて日本語"),
      carton,
    );
    expect(e.score("maker", "carton", { sameCountry: true })!.broken).toBe(false);
  });

  it("is asked when the firm's people work in English", () => {
    const e = engineWith(concepts, maker("maker", 200, "Printed export carton supplier"), carton);
    expect(e.score("maker", "carton", { sameCountry: true })!.broken).toBe(true);
  });

  it("is still asked of a partner that speaks neither", () => {
    const local = matchFirm({
      id: "local",
      country: "VN",
      englishSpeakers: 0,
      offersText: "Sản xuất thùng carton in offset",
      seeksText: "Khách hàng là nhà máy thực phẩm",
    });
    const e = engineWith(concepts, maker("maker", 3, "Printed export carton supplier"), local);
    expect(e.score("maker", "local", { sameCountry: true })!.broken).toBe(true);
  });
});
