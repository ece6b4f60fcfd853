// Who the firm's counterparts are, as Japanese names them: a client described by nouns after its need
// (日本語研修を必要とするベトナムのオフショア開発会社), a client addressed with 様 (検討している日本のSIer様), the kinds
// listed in brackets after it, and the trade of the firms it would ally with (人材紹介会社様との提携).
import { beforeAll, describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { loadJapanese } from "@/lib/matching/text/japanese";
import { BASE_MATCH_FIRM, engineWith, matchFirm, mentionsOver, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());
const mentions = (over: Partial<typeof BASE_MATCH_FIRM>) => mentionsOver(concepts, over);

// Read as the app reads Japanese, with the analyser loaded.
beforeAll(async () => {
  await loadJapanese();
}, 60_000);

describe("clients named by what they are: startups, SMEs, factories", () => {
  it("need what the firm offers (Startup bán dẫn ở Mỹ cần kỹ sư kiểm chứng; Nhà máy Nhật cần hệ thống MES)", () => {
    const vn = mentions({ country: "VN", seeksText: "Startup bán dẫn ở Mỹ cần 2-5 kỹ sư kiểm chứng" });
    expect(vn).toContain("offer:design-verification");
    expect(vn).not.toContain("seek:design-verification");
    expect(mentions({ country: "VN", seeksText: "Nhà máy Nhật cần hệ thống MES" })).toContain("offer:mes");
    const ja = mentions({ country: "VN", seeksText: "検証エンジニアを必要とする半導体スタートアップ" });
    expect(ja).toContain("offer:design-verification");
    expect(ja).not.toContain("seek:design-verification");
  });
  it("with a list of places between (Startup bán dẫn ở Mỹ, Singapore cần 2-5 kỹ sư kiểm chứng), typed either way", () => {
    for (const seeksText of [
      "Startup bán dẫn ở Mỹ, Singapore cần 2-5 kỹ sư kiểm chứng",
      "Startup ban dan o My, Singapore can 2-5 ky su kiem chung",
    ]) {
      const m = mentions({ country: "VN", seeksText });
      expect(m).toContain("offer:design-verification");
      expect(m).not.toContain("seek:design-verification");
    }
  });
  it("with a list of firms before the need (Thương hiệu, công ty nước ngoài … cần chăm sóc khách hàng tiếng Việt)", () => {
    const m = mentions({
      country: "VN",
      seeksText: "Thương hiệu, công ty nước ngoài vào thị trường Việt Nam cần chăm sóc khách hàng tiếng Việt",
    });
    expect(m).toContain("offer:contact-center");
    expect(m).not.toContain("seek:contact-center");
  });
  it("but a supplier named first and the count the firm needs of it are sought (Công ty kiểm thử, cần khoảng 10 tester)", () => {
    expect(mentions({ country: "VN", seeksText: "Công ty kiểm thử, cần khoảng 10 tester" })).not.toContain(
      "offer:quality",
    );
  });
  it("but the firm's own need for its factory is still its own (Chúng tôi cần hệ thống MES cho nhà máy)", () => {
    expect(mentions({ country: "VN", seeksText: "Chúng tôi cần hệ thống MES cho nhà máy" })).toContain("seek:mes");
  });
});

describe("a client described by nouns after its need", () => {
  it("needs what the firm offers, and its own trade is who it is (…を必要とするベトナムのオフショア開発会社)", () => {
    const m = mentions({ country: "JP", seeksText: "社員の日本語研修を必要とするベトナムのオフショア開発会社" });
    expect(m).toContain("offer:japanese-language-training");
    expect(m).not.toContain("seek:japanese-language-training");
    expect(m).not.toContain("seek:offshore-dev");
  });
  it("after a wish in 〜たい (社員に日本語研修をしたいベトナムのIT企業)", () => {
    const m = mentions({ country: "JP", seeksText: "社員に日本語研修をしたいベトナムのIT企業（法人契約）" });
    expect(m).toContain("offer:japanese-language-training");
    expect(m).not.toContain("seek:japanese-language-training");
  });
  it("and after a plan (…に支店・事務所を設立予定のベトナム・アジアの IT 企業)", () => {
    const m = mentions({
      country: "JP",
      seeksText: "関西に日本法人または支店・事務所を設立予定のベトナム・アジアの IT 企業",
    });
    expect(m).toContain("offer:office-location");
    expect(m).not.toContain("seek:office-location");
    expect(mentions({ country: "JP", seeksText: "来年、ベトナムに開発拠点の設立を予定しています" })).toContain(
      "seek:office-location",
    );
  });
  it("but a wish of the firm's own stays its need (日本語研修を実施したい)", () => {
    expect(mentions({ country: "JP", seeksText: "日本語研修を実施したい" })).toContain(
      "seek:japanese-language-training",
    );
  });
  it("after the verb that ends the need (AI開発を希望する日本の製造業企業)", () => {
    const m = mentions({ country: "VN", seeksText: "AI開発を希望する日本の製造業企業" });
    expect(m).toContain("offer:data-ai");
    expect(m).not.toContain("seek:data-ai");
  });
  it("but a partner who can do the work is still sought (AI-OCRの開発パートナーを探しています)", () => {
    expect(mentions({ country: "JP", seeksText: "日本語対応可能なAI-OCRの開発パートナーを探しています" })).toContain(
      "seek:ai-ocr",
    );
  });
  it("and a verb between the need and the firm keeps the need the firm's own (…を探しています。開発会社…)", () => {
    const m = mentions({ country: "JP", seeksText: "オフショア開発を探しています。開発会社として実績を重視します" });
    expect(m).toContain("seek:offshore-dev");
  });
});

describe("a client addressed with 様", () => {
  it("is a counterpart whose need the firm meets (オフショア開発を検討している日本のSIer様)", () => {
    const m = mentions({ country: "VN", seeksText: "オフショア開発を検討している日本のSIer様" });
    expect(m).toContain("offer:offshore-dev");
    expect(m).not.toContain("seek:offshore-dev");
    expect(m).not.toContain("seek:system-integration");
  });
  it("while 仕様 is no counterpart (仕様変更に対応できる開発会社を探しています)", () => {
    expect(mentions({ country: "JP", seeksText: "仕様変更に柔軟に対応できる開発会社を探しています" })).toContain(
      "seek:software-development",
    );
  });
  it("and the kinds in brackets after it are who they are (ソフトウェア会社（物流、製造、セキュリティ、AI）)", () => {
    const m = mentions({
      country: "JP",
      seeksText: "ASEANへの販路を求める日本のソフトウェア会社（物流、製造、セキュリティ、AI）",
    });
    expect(m).toContain("offer:distribution");
    expect(m).not.toContain("offer:security");
    expect(m).not.toContain("seek:distribution");
  });
});

describe("the firms a firm would ally with", () => {
  it("are sought, after clients' need in the same sentence (…日本のSIer様・メーカー様、人材紹介会社様との提携を希望)", () => {
    const m = mentions({
      country: "VN",
      seeksText: "ベトナム人エンジニアを採用したい日本のSIer様・メーカー様、人材紹介会社様との提携を希望します",
    });
    expect(m).toContain("offer:japan-placement");
    expect(m).toContain("seek:it-recruitment");
  });
});

describe("two trainers of the same clients", () => {
  it("are rivals, not each other's need", () => {
    const vn = matchFirm({
      id: "vn",
      country: "VN",
      offersText: "Khóa tiếng Nhật cho kỹ sư IT từ N5 lên N2\nĐào tạo tiếng Nhật cho doanh nghiệp (online)",
      seeksText: "Công ty phần mềm Việt Nam cần đào tạo tiếng Nhật cho nhân viên",
    });
    const jp = matchFirm({
      id: "jp",
      country: "JP",
      offersText: "IT技術者向けオンライン日本語研修（N3→N2対策）",
      seeksText: "社員の日本語研修を必要とするベトナムのオフショア開発会社（オンライン研修の法人契約）",
    });
    const buyer = matchFirm({
      id: "buyer",
      country: "VN",
      offersText: "Java/.NETのオフショア開発",
      seeksText: "社員向けの日本語研修（オンライン）を探しています",
    });
    const e = engineWith(concepts, vn, jp, buyer);
    expect(pairScore(e, "vn", "jp")).toBeLessThan(pairScore(e, "jp", "buyer"));
    expect(pairScore(e, "vn", "jp")).toBeLessThan(0.5);
  });
});
