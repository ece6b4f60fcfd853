// How well firm b suits firm a (a directional score), and the reciprocal score of a pair.
import { popcount, type Profile } from "./profile";

// The weights of the parts of a directional score; they add up to 1. Meeting what a firm seeks matters most.
export const WEIGHTS = {
  need: 0.5,
  sector: 0.12,
  market: 0.1,
  language: 0.12,
  certification: 0.08,
  size: 0.08,
} as const;

/** Used when a firm has said nothing about what it seeks: neither a reason for nor against. */
export const UNKNOWN_NEED = 0.3;
const THIRD_MARKETS = ~0b11; // everything but the two home markets (JAPAN, VIETNAM)

/** How much of what a seeks b offers, 0..1 (null when a seeks nothing). */
export function need(a: Profile, b: Profile): number | null {
  if (a.seekTotal === 0) return null;
  let sum = 0;
  for (let i = 0; i < a.seekCaps.length; i++) sum += a.seekWeights[i]! * b.meets[a.seekCaps[i]!]!;
  return sum / a.seekTotal;
}

export function sectorFit(a: Profile, b: Profile): number {
  if (a.sectorCount === 0 || b.sectorCount === 0) return 0.2;
  return popcount(a.sectorMask & b.sectorMask) / Math.min(a.sectorCount, b.sectorCount);
}

/** Half for a targeting b's home market, half for third markets both target (ASEAN, US, EU...). */
export function marketFit(a: Profile, b: Profile): number {
  const home = a.marketMask & b.homeMarket ? 0.5 : 0;
  const shared = popcount(a.marketMask & b.marketMask & THIRD_MARKETS);
  return home + (shared >= 2 ? 0.5 : shared * 0.25);
}

/** Can the two work together: the better of a common Japanese and a common English capacity. Symmetric. */
export function languageFit(a: Profile, b: Profile): number {
  if (a.country === b.country && a.country !== 2) return 1;
  return Math.max(Math.min(a.japanese, b.japanese), Math.min(a.english, b.english));
}

export function certificationFit(a: Profile, b: Profile): number {
  if (a.requiredCount === 0) return 1;
  return popcount(a.requiredMask & b.certMask) / a.requiredCount;
}

export function sizeFit(a: Profile, b: Profile): number {
  return 1 - 0.25 * Math.abs(a.band - b.band);
}

/** How well b suits a, 0..1. */
export function directional(a: Profile, b: Profile): number {
  const n = need(a, b);
  return (
    WEIGHTS.need * (n ?? UNKNOWN_NEED) +
    WEIGHTS.sector * sectorFit(a, b) +
    WEIGHTS.market * marketFit(a, b) +
    WEIGHTS.language * languageFit(a, b) +
    WEIGHTS.certification * certificationFit(a, b) +
    WEIGHTS.size * sizeFit(a, b)
  );
}

/**
 * Both directions of a pair at once, sharing the symmetric parts (sector, language, size): the inner loop of
 * scoring every pair. Same result as directional(a, b) and directional(b, a).
 */
export function pairScores(a: Profile, b: Profile, out: { forA: number; forB: number }): void {
  const shared = WEIGHTS.sector * sectorFit(a, b) + WEIGHTS.language * languageFit(a, b) + WEIGHTS.size * sizeFit(a, b);
  let needA = UNKNOWN_NEED;
  if (a.seekTotal > 0) {
    let sum = 0;
    for (let i = 0; i < a.seekCaps.length; i++) sum += a.seekWeights[i]! * b.meets[a.seekCaps[i]!]!;
    needA = sum / a.seekTotal;
  }
  let needB = UNKNOWN_NEED;
  if (b.seekTotal > 0) {
    let sum = 0;
    for (let i = 0; i < b.seekCaps.length; i++) sum += b.seekWeights[i]! * a.meets[b.seekCaps[i]!]!;
    needB = sum / b.seekTotal;
  }
  out.forA =
    shared + WEIGHTS.need * needA + WEIGHTS.market * marketFit(a, b) + WEIGHTS.certification * certificationFit(a, b);
  out.forB =
    shared + WEIGHTS.need * needB + WEIGHTS.market * marketFit(b, a) + WEIGHTS.certification * certificationFit(b, a);
}

/** The harmonic mean: high only when the pair makes sense for both sides. */
export function reciprocal(forA: number, forB: number): number {
  return forA + forB === 0 ? 0 : (2 * forA * forB) / (forA + forB);
}
