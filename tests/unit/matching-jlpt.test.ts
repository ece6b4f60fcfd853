import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import { everyoneAsked, jlptAsked, jlptBest, jlptHeld, someOnlyStated } from "@/lib/matching/text/jlpt";
import type { Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";
import { engineWith, matchFirm, pairScore } from "./match-firm";

const concepts = new ConceptIndex(repositoryConcepts());

describe("JLPT levels asked and held", () => {
  it("reads a level asked as a floor in three languages, and a level merely named as none", () => {
    expect(jlptAsked(["ブリッジSEは日本語能力N2以上"])).toBe(2);
    expect(jlptAsked(["BrSE tiếng Nhật N2 trở lên"])).toBe(2);
    expect(jlptAsked(["ABAP team with at least one leader at N2 or above"])).toBe(2);
    expect(jlptAsked(["Operators at JLPT N3+ for handwritten forms"])).toBe(3);
    // A course that takes students to N2 asks nothing of a partner.
    expect(jlptAsked(["Đào tạo tiếng Nhật từ N4 lên N2 cho kỹ sư"])).toBe(0);
    expect(jlptAsked(["N1優遇"])).toBe(0);
  });

  it("reads the best level a firm holds from its statements and its columns", () => {
    expect(jlptHeld(["6 Japanese speakers (JLPT N3)"])).toBe(3);
    expect(jlptHeld(["Đào tạo tiếng Nhật chuyên ngành IT (N4 → N2)"])).toBe(2);
    expect(jlptBest(3, null, 2)).toBe(2);
    expect(jlptBest(0, 0, 0)).toBe(0);
    expect(jlptBest(2, 1, 0)).toBe(1);
  });
});

describe("a JLPT level asked above the level a partner holds", () => {
  const buyer = matchFirm({
    id: "sier",
    country: "JP",
    seeksText: "Java開発のオフショア開発パートナー\nブリッジSEは日本語能力N2以上",
  });
  const vendor = (id: string, level: string) =>
    matchFirm({
      id,
      country: "VN",
      employeeBand: "B250_999",
      japaneseSpeakers: 6,
      offersText: `Java offshore development for Japanese clients\n6 Japanese speakers (JLPT ${level})`,
      seeksText: "Japanese clients for offshore development",
    });
  const e = engineWith(concepts, buyer, vendor("n3", "N3"), vendor("n2", "N2"), vendor("n1", "N1"));

  it("is a dealbreaker for N3 speakers and none for N2 or N1", () => {
    expect(pairScore(e, "sier", "n3")).toBeLessThan(0.2);
    expect(pairScore(e, "sier", "n2")).toBeGreaterThan(0.2);
    expect(pairScore(e, "sier", "n1")).toBe(pairScore(e, "sier", "n2"));
    const why = e.explain("sier", "n3").find((r) => r.kind === "theyFail");
    expect(why).toMatchObject({ dealbreaker: { kind: "jlpt", level: 2, held: 3 } });
    expect(e.explain("sier", "n2").some((r) => r.kind === "theyFail")).toBe(false);
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      for (const r of [why!, { ...why!, kind: "youFail" }] as Reason[]) {
        const words = reasonWords(r, locale, all[locale], (c) => c);
        expect(words).toContain("N2");
        expect(words).toContain("N3");
        expect(words).not.toMatch(/[{}]|jlpt\b|reason\./);
      }
  });

  it("binds the partner for the need it was asked with, not the partner for another need", () => {
    const twoNeeds = matchFirm({
      id: "bpoBuyer",
      country: "JP",
      seeksText:
        "日本語テキスト入力の委託先（海外BPO）：日本語N2以上のオペレーター\nFlutterでのスマホアプリ開発パートナー",
    });
    const app = matchFirm({
      id: "app",
      country: "VN",
      japaneseSpeakers: 3,
      offersText: "Flutter mobile app development\n3 Japanese speakers (N3)",
      seeksText: "Japanese clients for mobile apps",
    });
    const both = engineWith(concepts, twoNeeds, app);
    expect(pairScore(both, "bpoBuyer", "app")).toBeGreaterThan(0.2);
  });
});

describe("Japanese asked of every member of the team", () => {
  it("is read of developers, not of operators nor as a wish", () => {
    expect(everyoneAsked("すべてのコミュニケーションを日本語で行えること：メンバー全員JLPT N3以上、PMはN1")).toBe(true);
    expect(everyoneAsked("All team members must hold JLPT N2 or above")).toBe(true);
    expect(everyoneAsked("Tất cả thành viên phải có tiếng Nhật N3 trở lên")).toBe(true);
    expect(everyoneAsked("日本語でのチケット対応が必須（担当者全員JLPT N2以上）")).toBe(false);
    expect(everyoneAsked("メンバー全員がN2以上だと尚可")).toBe(false);
    expect(everyoneAsked("ブリッジSEはN2以上であること")).toBe(false);
    expect(everyoneAsked("全エンジニアが日本語N3以上であること")).toBe(true);
    expect(everyoneAsked("開発担当者全員がN3以上")).toBe(true);
    expect(everyoneAsked("Mọi thành viên phải nói tiếng Nhật N3")).toBe(true);
    // Everyone asked something else, beside Japanese asked of the bridge engineer.
    expect(everyoneAsked("条件：BrSEは日本語N2以上、メンバー全員がAWS認定資格を保有していること")).toBe(false);
    expect(everyoneAsked("The BrSE must hold JLPT N2 and join the whole team for the kickoff")).toBe(false);
    expect(everyoneAsked("Tat ca doi tac: tieng Nhat N2")).toBe(false);
    expect(everyoneAsked("Cả đội phải nói tiếng Nhật N3")).toBe(true);
  });

  it("is failed by a firm whose Japanese goes through a few, unless a team of its developers all speak it", () => {
    expect(
      someOnlyStated([
        "Communication in Japanese is handled by our bridge SEs; developers work in English or Vietnamese",
      ]),
    ).toBe(true);
    expect(someOnlyStated(["Lập trình viên không nói tiếng Nhật, giao tiếp qua BrSE"])).toBe(true);
    expect(someOnlyStated(["日本語対応はブリッジSEのみです"])).toBe(true);
    // A NOC of Japanese speakers does not make its developers speak Japanese…
    expect(someOnlyStated(["日本語NOCチーム30名（全員JLPT N2以上）", "Developers work in English or Vietnamese"])).toBe(
      true,
    );
    // …a team of developers who all do is no firm of a few speakers.
    expect(someOnlyStated(["Developers work in English or Vietnamese", "Our Japan team: all engineers JLPT N2"])).toBe(
      false,
    );
    // Asked of partners, it is a requirement, not a fact of the firm.
    expect(someOnlyStated(["Developers must work in English"])).toBe(false);
    expect(someOnlyStated(["6 Japanese speakers (JLPT N2), 4 BrSE"])).toBe(false);
    // Developers who speak Japanese too, or English beside Japanese, are no firm of a few speakers.
    for (const text of [
      "日本語での要件定義はブリッジSEが担当し、開発メンバーもN3以上です",
      "Không chỉ BrSE, cả đội dev đều nói tiếng Nhật",
      "Our engineers communicate in English with US clients and in Japanese with Japanese clients",
      "Our engineers, all JLPT N2, also work in English for global clients",
      "We seek engineers who can communicate in English",
    ])
      expect(someOnlyStated([text]), text).toBe(false);
    for (const text of [
      "Our 40 developers work in English, with 3 BrSEs (N1) as the bridge to Japanese clients.",
      "Communication in Japanese is handled by our bridge SEs, who also write the specifications.",
      "Japanese is handled by our bridge SEs, so you never need English.",
      "日本語対応はBrSEのみで、エンジニアとは英語でもやり取り可能です。",
    ])
      expect(someOnlyStated([text]), text).toBe(true);
  });

  const pharmacySoftware = matchFirm({
    id: "pharmacy",
    country: "JP",
    seeksText:
      "電子薬歴の改修・保守を担うオフショア開発パートナー（8〜12名）\nすべてのコミュニケーションを日本語で行えること：メンバー全員JLPT N3以上、PMはN1",
  });
  const offshore = (id: string, seeksText: string) =>
    matchFirm({
      id,
      country: "VN",
      offersText: "Offshore development (Java, .NET, React) for Japanese clients\nBrSE JLPT N2",
      seeksText,
    });
  const e = engineWith(
    concepts,
    pharmacySoftware,
    offshore(
      "few",
      "Japanese clients; communication in Japanese is handled by our bridge SEs, developers work in English",
    ),
    offshore("all", "Japanese clients for offshore development"),
  );

  it("is a dealbreaker for the firm of a few speakers, said in three languages", () => {
    expect(pairScore(e, "pharmacy", "few")).toBeLessThan(0.2);
    expect(pairScore(e, "pharmacy", "all")).toBeGreaterThan(0.2);
    const why = e.explain("pharmacy", "few").find((r) => r.kind === "theyFail");
    expect(why).toMatchObject({ dealbreaker: { kind: "everyone" } });
    expect(e.explain("pharmacy", "all").some((r) => r.kind === "theyFail")).toBe(false);
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    for (const locale of ["en", "ja", "vi"] as const)
      for (const r of [why!, { ...why!, kind: "youFail" }] as Reason[]) {
        const words = reasonWords(r, locale, all[locale], (c) => c);
        expect(words.length).toBeGreaterThan(20);
        expect(words).not.toMatch(/[{}]|\.everyone|reason\./);
      }
  });
});
