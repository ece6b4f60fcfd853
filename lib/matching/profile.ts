// A firm compiled for fast scoring: masks for sets, typed arrays for capabilities.
import type { ConceptIndex } from "./concept-index";
import { englishCapacity, japaneseCapacity } from "./language-capacity";
import { textConcepts } from "./text-concepts";
import type { MatchFirm } from "./types";

export const MARKETS = ["JAPAN", "VIETNAM", "ASEAN", "US", "EU", "EAST_ASIA", "OCEANIA"] as const;
export const CERTIFICATIONS = ["ISO27001", "ISO9001", "ISO14001", "CMMI", "PRIVACY_MARK"] as const;
const BANDS = { B1_49: 0, B50_249: 1, B250_999: 2, B1000_PLUS: 3 } as const;
const HOME_MARKET: Record<string, number> = { JP: 1 << 0, VN: 1 << 1 };

// Capabilities read from free text count for less than those picked from the list.
export const TEXT_WEIGHT = 0.5;

export type Profile = {
  firm: MatchFirm;
  country: 0 | 1 | 2;
  /** For every capability s: how well this firm's offers meet a seek of s (best credit of any offer). */
  meets: Float32Array;
  /** The capabilities this firm seeks, and how much each counts. */
  seekCaps: Int32Array;
  seekWeights: Float32Array;
  seekTotal: number;
  sectorMask: number;
  sectorCount: number;
  marketMask: number;
  /** The market bit of the firm's own country, so a partner "targeting your market" can be seen. */
  homeMarket: number;
  certMask: number;
  requiredMask: number;
  requiredCount: number;
  band: number;
  /** Ability to work in Japanese and in English, each 0..1. */
  japanese: number;
  english: number;
  /** What kind of firm it is, for diversity: main sector and size, as a small number. */
  kind: number;
  offerCaps: Set<number>;
};

const bits = (codes: readonly string[], all: readonly string[]) =>
  codes.reduce((m, c) => (all.indexOf(c) >= 0 ? m | (1 << all.indexOf(c)) : m), 0);
/** Bits set in a 32-bit mask (SWAR: no loop, no branches; this runs twice for each of 25 million pairs). */
export function popcount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function compileProfile(firm: MatchFirm, index: ConceptIndex): Profile {
  const n = index.size;
  const text = textConcepts(
    [...firm.texts, ...firm.offers.map((o) => o.note ?? ""), ...firm.seeks.map((s) => `looking for ${s.note ?? ""}`)],
    index,
  );
  const offers = new Map<number, number>();
  for (const o of firm.offers) {
    const i = index.capability(o.code);
    if (i !== undefined) offers.set(i, 1);
  }
  for (const i of text.offers) if (!offers.has(i)) offers.set(i, TEXT_WEIGHT);
  const meets = new Float32Array(n);
  for (const [offer, weight] of offers) {
    for (let seek = 0; seek < n; seek++) {
      const credit = index.credit[seek * n + offer]! * weight;
      if (credit > meets[seek]!) meets[seek] = credit;
    }
  }
  const seeks = new Map<number, number>();
  for (const s of firm.seeks) {
    const i = index.capability(s.code);
    if (i !== undefined) seeks.set(i, 1);
  }
  for (const i of text.seeks) if (!seeks.has(i)) seeks.set(i, TEXT_WEIGHT);
  const seekCaps = Int32Array.from(seeks.keys());
  const seekWeights = Float32Array.from(seeks.values());
  const sectorMask = firm.sectors.reduce(
    (m, c) => (index.sector(c) !== undefined ? m | (1 << index.sector(c)!) : m),
    0,
  );
  const isJapanese = firm.country === "JP";
  const japanese = japaneseCapacity(firm);
  const english = englishCapacity(firm);
  const mainSector = firm.sectors[0] ?? "";
  return {
    firm,
    country: firm.country === "VN" ? 0 : isJapanese ? 1 : 2,
    meets,
    seekCaps,
    seekWeights,
    seekTotal: seekWeights.reduce((a, b) => a + b, 0),
    sectorMask,
    sectorCount: popcount(sectorMask),
    marketMask: bits(firm.markets, MARKETS),
    homeMarket: HOME_MARKET[firm.country] ?? 0,
    certMask: bits(firm.certifications, CERTIFICATIONS),
    requiredMask: bits(firm.requiredCertifications, CERTIFICATIONS),
    requiredCount: popcount(bits(firm.requiredCertifications, CERTIFICATIONS)),
    band: BANDS[firm.employeeBand],
    japanese,
    english,
    kind: ((index.sector(mainSector) ?? 31) << 2) | BANDS[firm.employeeBand],
    offerCaps: new Set(offers.keys()),
  };
}
