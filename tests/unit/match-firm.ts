import type { ConceptIndex } from "@/lib/matching/concept-index";
import { MatchEngine } from "@/lib/matching/engine";
import { readFirm } from "@/lib/matching/profile";
import { expect } from "vitest";
import { reasonWords, type ReasonMessages } from "@/lib/matching/reason-words";
import type { MatchFirm, Reason } from "@/lib/matching/types";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import vi from "@/messages/vi.json";

/** A firm with nothing said: the matching tests' starting point, each test adds what it is about. */
export const BASE_MATCH_FIRM: MatchFirm = {
  id: "x",
  country: "VN",
  sectors: [],
  offers: [],
  seeks: [],
  markets: [],
  certifications: [],
  requiredCertifications: [],
  employeeBand: "B50_249",
  japaneseSpeakers: 0,
  bridgeEngineers: 0,
  jlptN1: 0,
  jlptN2: 0,
  englishSpeakers: 0,
  texts: [],
};

/** A firm of a test: the base and what the test is about. */
export const matchFirm = (over: Partial<MatchFirm> & { id: string }): MatchFirm => ({ ...BASE_MATCH_FIRM, ...over });

/** An engine over the concepts holding the firms. */
export function engineWith(concepts: ConceptIndex, ...firms: MatchFirm[]): MatchEngine {
  const e = new MatchEngine(concepts);
  for (const f of firms) e.upsert(f);
  return e;
}

/** A pair's score, same-country pairs counted as partners. */
export const pairScore = (e: MatchEngine, a: string, b: string): number => e.score(a, b, { sameCountry: true })!.score;

/** How the reader reads a firm of a test: the base and what the test is about. */
export const readOver = (concepts: ConceptIndex, over: Partial<MatchFirm>) =>
  readFirm({ ...BASE_MATCH_FIRM, ...over }, concepts);

/** What the reader finds in a firm of a test, as "offer:code", "seek:code", "seek!:code" (denied). */
export const mentionsOver = (concepts: ConceptIndex, over: Partial<MatchFirm>): string[] =>
  readOver(concepts, over).mentions.map((m) => `${m.direction}${m.negated ? "!" : ""}:${m.code}`);

/** How the reader reads one field's text, and what it finds there as "offer:code", "seek:code", "seek!:code". */
export function fieldReader(concepts: ConceptIndex) {
  const read = (kind: "offers" | "seeks" | "description", text: string) => concepts.reader.read([{ kind, text }]);
  const codes = (kind: "offers" | "seeks" | "description", text: string): string[] =>
    read(kind, text).mentions.map((m) => `${m.direction}${m.negated ? "!" : ""}:${m.code}`);
  return { read, codes };
}

/** Each reason is told in English, Japanese and Vietnamese: words, no placeholders or message keys left. */
export function expectToldInEveryLanguage(reasons: Reason[]) {
  const all = { en, ja, vi } as unknown as Record<"en" | "ja" | "vi", ReasonMessages>;
  for (const locale of ["en", "ja", "vi"] as const)
    for (const reason of reasons) {
      const words = reasonWords(reason, locale, all[locale], (c) => c);
      expect(words.length).toBeGreaterThan(10);
      expect(words).not.toMatch(new RegExp(`[{}]|${reason.kind}|reason\\.`));
    }
}
