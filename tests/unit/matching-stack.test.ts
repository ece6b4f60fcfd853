import { describe, expect, it } from "vitest";
import { ConceptIndex } from "@/lib/matching/concept-index";
import { MatchEngine } from "@/lib/matching/engine";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import { PLATFORMS, STACK, stackMissed, stackOf, techOf } from "@/lib/matching/stack";
import { repositoryConcepts } from "@/lib/matching/taxonomy-concepts";
import type { MatchFirm, Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import { BASE_MATCH_FIRM } from "./match-firm";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";

const concepts = new ConceptIndex(repositoryConcepts());
const firm = (over: Partial<MatchFirm> & { id: string }): MatchFirm => ({
  ...BASE_MATCH_FIRM,
  japaneseSpeakers: 10,
  bridgeEngineers: 3,
  jlptN1: 2,
  jlptN2: 5,
  englishSpeakers: 20,
  ...over,
});
const engineOf = (...firms: MatchFirm[]) => {
  const e = new MatchEngine(concepts);
  for (const f of firms) e.upsert(f);
  return e;
};
const score = (e: MatchEngine, a: string, b: string) => e.score(a, b, { sameCountry: true })!.score;
const bit = (id: string) => 1 << STACK.indexOf(id);

describe("technology stacks", () => {
  it("a framework names its technology; within a family a firm that names none says nothing", () => {
    expect(STACK.length).toBeLessThanOrEqual(31);
    expect(STACK[techOf("Laravel")]).toBe("PHP");
    expect(STACK[techOf("react native")]).toBe("React Native");
    expect(techOf("software development")).toBe(-1);
    const flutter = bit("Flutter");
    expect(stackMissed(flutter, bit("React Native"), 0)).toBe(flutter);
    expect(stackMissed(flutter, bit("React Native") | flutter, 0)).toBe(0);
    expect(stackMissed(flutter, 0, 0)).toBe(0);
    // Another family named says nothing about this one; a refusal of what is asked is a miss.
    expect(stackMissed(flutter, bit("AWS"), 0)).toBe(0);
    expect(stackMissed(bit(".NET"), 0, bit(".NET"))).toBe(bit(".NET"));
    // A technology not wanted is left out of what is asked; one the firm does not do is refused.
    const mention = (phrase: string, direction: "offer" | "seek", negated: boolean) =>
      ({ code: "mobile-apps", phrase, direction, negated, weight: 1, source: "seeks" }) as const;
    expect(stackOf([mention("React Native", "seek", false), mention("Flutter", "seek", true)])).toEqual({
      offered: 0,
      sought: bit("React Native"),
      refused: 0,
    });
    expect(stackOf([mention("Flutter", "offer", false), mention("React Native", "offer", true)])).toEqual({
      offered: bit("Flutter"),
      sought: 0,
      refused: bit("React Native"),
    });
    // Any of the technologies asked for will do.
    expect(stackMissed(bit("Java") | bit("PHP"), bit("PHP"), 0)).toBe(0);
  });

  it("a buyer asking for Flutter ranks a Flutter house above a React Native house, and says why", () => {
    const e = engineOf(
      firm({ id: "jp", country: "JP", seeksText: "Looking for a small mobile app team (Flutter) for our shop app" }),
      firm({ id: "flutter", offersText: "Mobile app development with Flutter and Firebase" }),
      firm({ id: "rn", offersText: "Mobile app development with React Native" }),
      firm({ id: "any", offersText: "Mobile app development for iOS and Android" }),
    );
    expect(score(e, "jp", "flutter")).toBeGreaterThan(score(e, "jp", "rn") + 0.1);
    // Naming no framework is not a miss.
    expect(score(e, "jp", "any")).toBeGreaterThan(score(e, "jp", "rn"));
    expect(e.explain("jp", "rn")).toContainEqual({
      kind: "stackMismatch",
      side: "you",
      wanted: ["Flutter"],
      theirs: ["React Native"],
    });
    expect(e.explain("rn", "jp")).toContainEqual({
      kind: "stackMismatch",
      side: "they",
      wanted: ["Flutter"],
      theirs: ["React Native"],
    });
    expect(e.explain("jp", "flutter").some((r) => r.kind === "stackMismatch")).toBe(false);
  });

  it("a house that refuses a framework still builds apps; one asking for that framework ranks it lowest", () => {
    const flutterOnly = firm({
      id: "flutter-only",
      offersText: "Phat trien app iOS/Android bang Flutter\nChung toi chuyen Flutter, khong nhan du an React Native",
    });
    const e = engineOf(
      flutterOnly,
      firm({ id: "hospital", seeksText: "Ứng dụng di động đặt lịch khám cho bệnh nhân" }),
      firm({
        id: "rn-buyer",
        country: "JP",
        seeksText: "Looking for a mobile app team (React Native) for our shop app",
      }),
      firm({ id: "rn", offersText: "Mobile app development with Kotlin" }),
    );
    // The refusal is of React Native, not of mobile apps.
    expect(score(e, "flutter-only", "hospital")).toBeGreaterThan(0.6);
    // Refusing the framework asked for costs more than naming another one.
    expect(score(e, "rn-buyer", "rn")).toBeGreaterThan(score(e, "rn-buyer", "flutter-only"));
  });

  it("a business platform or legacy language is a stack of its own: Salesforce is not Dynamics, VB6 not COBOL", () => {
    expect(PLATFORMS.ids.length).toBeLessThanOrEqual(31);
    const name = (phrase: string) => PLATFORMS.ids[PLATFORMS.techOf(phrase)];
    expect(name("cobol migration")).toBe("COBOL");
    expect(name("Salesforce導入")).toBe("Salesforce");
    expect(name("marketing cloud")).toBe("Salesforce");
    expect(PLATFORMS.techOf("crm")).toBe(-1);
    // A word inside another is no name ("rpg" in "rpgmaker" is not RPG).
    expect(PLATFORMS.techOf("rpgmaker")).toBe(-1);
    const e = engineOf(
      firm({ id: "buyer", country: "JP", seeksText: "Salesforce implementation partner for our sales team" }),
      firm({ id: "dynamics", offersText: "Dynamics 365 CRM implementation" }),
      firm({
        id: "salesforce",
        offersText:
          "Salesforce Sales Cloud and Service Cloud development (Apex, LWC)\nChưa có kinh nghiệm Marketing Cloud",
      }),
      firm({ id: "vb6-buyer", country: "JP", seeksText: "VB6 to .NET migration partner" }),
      firm({ id: "cobol", offersText: "COBOL and AS/400 to Java migration" }),
      firm({ id: "vb6", offersText: "VB6 to .NET migration" }),
    );
    // A product it has not done (Marketing Cloud) leaves the Salesforce team a Salesforce team.
    expect(e.profile("salesforce")!.platformRefused).toBe(0);
    expect(score(e, "buyer", "salesforce")).toBeGreaterThan(score(e, "buyer", "dynamics"));
    expect(e.explain("buyer", "dynamics")).toContainEqual({
      kind: "stackMismatch",
      side: "you",
      wanted: ["Salesforce"],
      theirs: ["Dynamics 365"],
    });
    expect(score(e, "vb6-buyer", "vb6")).toBeGreaterThan(score(e, "vb6-buyer", "cobol"));
  });

  it("says the mismatch in three languages with nothing left unfilled", () => {
    const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
    const reasons: Reason[] = [
      { kind: "stackMismatch", side: "you", wanted: ["Flutter"], theirs: ["React Native"] },
      { kind: "stackMismatch", side: "they", wanted: [".NET"], theirs: [] },
      { kind: "refusesAbroad", side: "you" },
      { kind: "outsideLine", side: "you" },
      { kind: "outsideLine", side: "they" },
      { kind: "theyFail", dealbreaker: { kind: "team", capability: "semiconductor-test", minimum: 10, team: 4 } },
      { kind: "youFail", dealbreaker: { kind: "team", capability: "sap", minimum: 20, team: 6 } },
      { kind: "theyFail", dealbreaker: { kind: "presence", place: "VN-S" } },
      { kind: "youFail", dealbreaker: { kind: "presence", place: "JP-TOHOKU" } },
      { kind: "firmTooLarge", side: "you", maximum: 50 },
      { kind: "firmTooLarge", side: "they", maximum: 50 },
      { kind: "volumeTooSmall", side: "you", need: 6, minimum: 30, unit: "pm" },
      { kind: "volumeTooSmall", side: "they", need: 300, minimum: 1000, unit: "items" },
      { kind: "stackMismatch", side: "they", wanted: ["Gambling"], theirs: [] },
      { kind: "theyFail", dealbreaker: { kind: "certification", certification: "FUNCTIONAL_SAFETY" } },
      { kind: "volumeBeyondCapacity", side: "you", need: 100000, capacity: 20000 },
      { kind: "volumeBeyondCapacity", side: "they", need: 100000, capacity: 20000 },
    ];
    for (const locale of ["en", "ja", "vi"] as const)
      for (const reason of reasons) {
        const words = reasonWords(reason, locale, all[locale], (c) => c);
        expect(words).not.toMatch(
          /[{}]|stackMismatch|stackRefused|refusesAbroad|outsideLine|theyFail|youFail|\.team|region\.|firmTooLarge|volumeTooSmall|volumeBeyond|unitP/,
        );
      }
    expect(reasonWords(reasons[0]!, "en", all.en, (c) => c)).toBe("You ask for Flutter; they work in React Native");
    expect(reasonWords(reasons[7]!, "ja", all.ja, (c) => c)).toContain("ベトナム南部");
    // A field that binds like a technology is named in the reader's language, a certification by its label.
    expect(reasonWords(reasons[13]!, "ja", all.ja, (c) => c)).toContain("カジノ・ギャンブル関連");
    expect(reasonWords(reasons[13]!, "vi", all.vi, (c) => c)).toContain("casino và cờ bạc");
    expect(reasonWords(reasons[14]!, "ja", all.ja, (c) => c)).toContain("機能安全");
    expect(reasonWords(reasons[5]!, "en", all.en, (c) => c)).toBe(
      "You need a semiconductor-test team of at least 10: theirs is 4",
    );
    expect(reasonWords(reasons[15]!, "ja", all.ja, (c) => c)).toBe(
      "必要な量は月約100,000個ですが、先方の対応量は月約20,000個です",
    );
  });
});
