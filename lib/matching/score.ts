// The score of a pair of firms: how much each gains from the other, then the context (a common language,
// size, markets, sectors), then the rules that hold by construction:
//
// - a pair that breaks a dealbreaker (a requirement one side states and the other plainly fails) scores below
//   FLOOR, every other pair at or above it, so it ranks below every pair that does not;
// - an unknown need counts as nothing, exactly like a known need that is not met: saying less never scores
//   better, and adding an unmet need never raises a score;
// - two sellers of the same thing to the same clients are competitors and lose most of their score, unless one
//   of them wants capacity or consortium partners;
// - the score is symmetric: every part is either symmetric or taken for both directions at once.
//
// What a firm gains from another (its directional score) is the best of: what it seeks that the other supplies
// (if the other supplies at all), a client who seeks what it sells (if it wants clients), and a consortium
// both want. The reciprocal score is the harmonic mean of the two directions, so a pair only one side gains
// from (the other wants investors and this firm is none) ranks low.
//
// There is one implementation, over the packed arrays (store.ts): the all-pairs run, one firm's list and the
// evaluation command all score with it.
import type { Packed } from "./store";
import { MAX_LIST } from "./profile";
import { INTENT_BIT } from "./intents";

/** The free parameters; weights.json-style fitting (bench/fit-match.ts) may replace the defaults. */
export const PARAMS = {
  /** Clean pairs score in [floor, 1], pairs with a dealbreaker in [0, floor). */
  floor: 0.2,
  /** How much the best-met seek counts against the share of all seeks met. */
  coverMax: 0.5,
  /** Both want consortium partners: a base, plus how well their capabilities fit. */
  consortiumBase: 0.3,
  consortiumFit: 0.5,
  /** How much a missing common language costs (cross-country pairs). */
  language: 0.35,
  /** A language capacity below this fails a requirement to work in that language. */
  languageNeeded: 0.3,
  /** Per size band of gap beyond one. */
  sizeGap: 0.12,
  /** A stated scale (team size) that the other's typical size does not reach. */
  scaleShort: 0.35,
  market: 0.1,
  sector: 0.15,
  /** How much of a competitor pair's score goes, times how much of their offers overlap. */
  competitor: 0.7,
  /** What is left of supplying a firm that wants capacity partners, when the supplier refuses such work. */
  refused: 0.35,
  /** Both sell (want clients) at least this much: they can be competitors. */
  seller: 0.6,
};

export type Params = typeof PARAMS;
export type PairOut = { forA: number; forB: number; broken: boolean };

const CONSORTIUM = INTENT_BIT.consortium;
const CAPACITY = INTENT_BIT.capacity;
const THIRD_MARKETS = ~0b11;
const OTHER = 2;

function popcount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How much of what firm s seeks firm o offers, 0..1: the share of its seeks met, and its best-met seek. */
export function cover(P: Packed, s: number, o: number, alpha: number): number {
  const count = P.seekCount[s]!;
  if (count === 0 || (P.domainSeek[s]! & P.domainOffer[o]!) === 0) return 0;
  const base = s * MAX_LIST;
  const row = o * P.capabilities;
  let sum = 0;
  let best = 0;
  for (let k = 0; k < count; k++) {
    const w = P.seekW[base + k]!;
    const v = P.meets[row + P.seekCap[base + k]!]! * w;
    sum += v;
    if (v > best) best = v;
  }
  return (1 - alpha) * (sum / P.seekTotal[s]!) + alpha * best;
}

/** How much of what firm a offers firm b offers too (credit-weighted), 0..1. */
export function overlap(P: Packed, a: number, b: number): number {
  const count = P.offerCount[a]!;
  if (count === 0 || (P.domainOffer[a]! & P.domainOffer[b]!) === 0) return 0;
  const base = a * MAX_LIST;
  const row = b * P.capabilities;
  let sum = 0;
  let total = 0;
  for (let k = 0; k < count; k++) {
    const w = P.offerW[base + k]!;
    sum += w * P.meets[row + P.offerCap[base + k]!]!;
    total += w;
  }
  return sum / total;
}

/** The ability of firm i to work in a language (bit 1 ja, 2 en, 4 vi). */
function language(P: Packed, i: number, bit: number): number {
  return bit === 1 ? P.ja[i]! : bit === 2 ? P.en[i]! : P.vi[i]!;
}

/** Whether firm b fails one of firm a's requirements. */
export function fails(P: Packed, a: number, b: number, params: Params = PARAMS): boolean {
  const reqLang = P.reqLang[a]!;
  if (reqLang) {
    for (let bit = 1; bit <= 4; bit <<= 1)
      if (reqLang & bit && language(P, b, bit) < params.languageNeeded) return true;
  }
  const min = P.reqMinEmployees[a]!;
  if (min > 0 && P.empMax[b]! < min) return true;
  const place = P.reqPresence[a]!;
  if (place && (P.presence[b]! & place) === 0) return true;
  const certs = P.reqCertMask[a]!;
  if (certs && (P.certMask[b]! & certs) !== certs) return true;
  if (P.reqCmmi[a]! > 0 && P.cmmi[b]! < P.reqCmmi[a]!) return true;
  if (P.reqOnsite[a]! && !P.canOnsite[b]!) return true;
  return false;
}

/** The score of the pair (a, b), in [0, 1]; the directions and whether a dealbreaker is broken go to `out`. */
export function scorePair(P: Packed, a: number, b: number, out: PairOut, params: Params = PARAMS): number {
  const alpha = params.coverMax;
  const cA = cover(P, a, b, alpha);
  const cB = cover(P, b, a, alpha);
  const vA = P.vendor[a]!;
  const vB = P.vendor[b]!;
  // a gains what it seeks from b (if b supplies at all), or a client in b (if a wants clients).
  const wA = P.wants[a]!;
  const wB = P.wants[b]!;
  // A firm that refuses capacity work ("no subcontracting") supplies little to one that wants capacity.
  const supplyB = wA & CAPACITY && P.refuses[b]! & CAPACITY ? params.refused : 1;
  const supplyA = wB & CAPACITY && P.refuses[a]! & CAPACITY ? params.refused : 1;
  let forA = cA * P.avail[b]! * supplyB;
  let forB = cB * P.avail[a]! * supplyA;
  if (cB * vA * supplyA > forA) forA = cB * vA * supplyA;
  if (cA * vB * supplyB > forB) forB = cA * vB * supplyB;
  let oAB = -1;
  let oBA = -1;
  if (wA & wB & CONSORTIUM) {
    // Both want consortium partners: worth more when each brings what the other lacks.
    oAB = overlap(P, a, b);
    oBA = overlap(P, b, a);
    const differ = P.offerCount[a]! && P.offerCount[b]! ? 1 - (oAB + oBA) / 2 : 0.5;
    let fit = cA > cB ? cA : cB;
    if (differ > fit) fit = differ;
    const consortium = params.consortiumBase + params.consortiumFit * fit;
    if (consortium > forA) forA = consortium;
    if (consortium > forB) forB = consortium;
  }
  let s = forA + forB > 0 ? (2 * forA * forB) / (forA + forB) : 0;

  if (s > 0) {
    // Competitors: both sell, what they sell overlaps, and neither wants capacity or consortium partners.
    if (vA >= params.seller && vB >= params.seller && ((wA | wB) & (CONSORTIUM | CAPACITY)) === 0) {
      if (oAB < 0) oAB = overlap(P, a, b);
      if (oBA < 0) oBA = overlap(P, b, a);
      s *= 1 - params.competitor * ((oAB + oBA) / 2);
    }
    // A common working language.
    const ca = P.country[a]!;
    if (ca !== P.country[b]! || ca === OTHER) {
      let l = P.ja[a]! < P.ja[b]! ? P.ja[a]! : P.ja[b]!;
      const en = P.en[a]! < P.en[b]! ? P.en[a]! : P.en[b]!;
      const vi = P.vi[a]! < P.vi[b]! ? P.vi[a]! : P.vi[b]!;
      if (en > l) l = en;
      if (vi > l) l = vi;
      s *= 1 - params.language * (1 - l);
    }
    // Size: a gap of more than one band, or a stated scale the other's typical size does not reach.
    const gap = P.band[a]! > P.band[b]! ? P.band[a]! - P.band[b]! : P.band[b]! - P.band[a]!;
    if (gap > 1) s *= 1 - params.sizeGap * (gap - 1);
    if (P.reqScale[a]! > P.empMid[b]!) s *= 1 - params.scaleShort;
    if (P.reqScale[b]! > P.empMid[a]!) s *= 1 - params.scaleShort;
    // Markets: each targets the other's home, or both target the same third markets.
    const mA = P.marketMask[a]!;
    const mB = P.marketMask[b]!;
    let m = 0.5;
    if (mA && mB) {
      m = 0;
      if (mA & P.homeMarket[b]!) m += 0.5;
      if (mB & P.homeMarket[a]!) m += 0.5;
      if (mA & mB & THIRD_MARKETS) m += 0.5;
      if (m > 1) m = 1;
    }
    s *= 1 - params.market + params.market * m;
    // Sectors in common.
    const sA = P.sectorCount[a]!;
    const sB = P.sectorCount[b]!;
    let sec = 0.5;
    if (sA && sB) sec = popcount(P.sectorMask[a]! & P.sectorMask[b]!) / (sA < sB ? sA : sB);
    s *= 1 - params.sector + params.sector * sec;
  }

  const broken = fails(P, a, b, params) || fails(P, b, a, params);
  out.forA = forA;
  out.forB = forB;
  out.broken = broken;
  const floor = params.floor;
  return broken ? 0.99 * floor * s : floor + (1 - floor) * s;
}
