// All-pairs scoring over struct-of-arrays: the same arithmetic as score.ts, laid out in typed arrays so the
// inner loop (25 million pairs for 5,000 × 5,000 firms) reads dense memory and makes no calls. A test checks it
// against pairScores on generated firms.
import type { Profile } from "./profile";
import { UNKNOWN_NEED, WEIGHTS } from "./score";

const THIRD_MARKETS = ~0b11;

// Masks here have at most 11 bits (sectors); a table beats counting bits.
const BITS = new Uint8Array(1 << 12);
for (let i = 1; i < BITS.length; i++) BITS[i] = (i & 1) + BITS[i >> 1]!;

export type Packed = ReturnType<typeof pack>;

export function pack(profiles: Profile[], capabilities: number) {
  const n = profiles.length;
  const meets = new Float32Array(n * capabilities);
  const seekStart = new Int32Array(n + 1);
  const seekCount = profiles.reduce((s, p) => s + p.seekCaps.length, 0);
  const seekCap = new Int32Array(seekCount);
  const seekWeight = new Float32Array(seekCount);
  const seekInvTotal = new Float32Array(n);
  const sectorMask = new Int32Array(n);
  const sectorCount = new Int32Array(n);
  const marketMask = new Int32Array(n);
  const homeMarket = new Int32Array(n);
  const certMask = new Int32Array(n);
  const requiredMask = new Int32Array(n);
  const requiredInv = new Float32Array(n);
  const band = new Int32Array(n);
  const japanese = new Float32Array(n);
  const english = new Float32Array(n);
  const country = new Int32Array(n);
  let s = 0;
  profiles.forEach((p, i) => {
    meets.set(p.meets, i * capabilities);
    seekStart[i] = s;
    for (let k = 0; k < p.seekCaps.length; k++, s++) {
      seekCap[s] = p.seekCaps[k]!;
      seekWeight[s] = p.seekWeights[k]!;
    }
    seekInvTotal[i] = p.seekTotal > 0 ? 1 / p.seekTotal : 0;
    sectorMask[i] = p.sectorMask;
    sectorCount[i] = p.sectorCount;
    marketMask[i] = p.marketMask;
    homeMarket[i] = p.homeMarket;
    certMask[i] = p.certMask;
    requiredMask[i] = p.requiredMask;
    requiredInv[i] = p.requiredCount > 0 ? 1 / p.requiredCount : 0;
    band[i] = p.band;
    japanese[i] = p.japanese;
    english[i] = p.english;
    country[i] = p.country;
  });
  seekStart[n] = s;
  return {
    n,
    capabilities,
    meets,
    seekStart,
    seekCap,
    seekWeight,
    seekInvTotal,
    sectorMask,
    sectorCount,
    marketMask,
    homeMarket,
    certMask,
    requiredMask,
    requiredInv,
    band,
    japanese,
    english,
    country,
  };
}

/** Each firm's best partners so far: row i (poolSize slots) belongs to firm i. */
export type Pools = {
  score: Float64Array;
  forOwner: Float64Array;
  forOther: Float64Array;
  who: Int32Array;
  min: Float64Array;
  minAt: Int32Array;
};

export function createPools(firms: number, poolSize: number): Pools {
  return {
    score: new Float64Array(firms * poolSize).fill(-1),
    forOwner: new Float64Array(firms * poolSize),
    forOther: new Float64Array(firms * poolSize),
    who: new Int32Array(firms * poolSize).fill(-1),
    min: new Float64Array(firms).fill(-1),
    minAt: new Int32Array(firms),
  };
}

/**
 * Scores the pairs (i, j) for i in `left`, j in `right` (j > i within one group) and keeps, for every firm, the
 * `poolSize` best partners by reciprocal score in `pools`.
 */
export function scorePairs(
  P: Packed,
  left: Int32Array,
  right: Int32Array,
  sameGroup: boolean,
  poolSize: number,
  pools: Pools,
): number {
  const {
    score: poolScore,
    forOwner: poolForOwner,
    forOther: poolForOther,
    who: poolWho,
    min: poolMin,
    minAt: poolMinAt,
  } = pools;
  // Imported bindings are read through getters once compiled to CommonJS: copy them out of the hot loop.
  const W_NEED = WEIGHTS.need,
    W_SECTOR = WEIGHTS.sector,
    W_MARKET = WEIGHTS.market,
    W_LANGUAGE = WEIGHTS.language;
  const W_CERT = WEIGHTS.certification,
    W_SIZE = WEIGHTS.size,
    UNKNOWN = UNKNOWN_NEED,
    bits = BITS;
  const {
    capabilities: C,
    meets,
    seekStart,
    seekCap,
    seekWeight,
    seekInvTotal,
    sectorMask,
    sectorCount,
    marketMask,
    homeMarket,
    certMask,
    requiredMask,
    requiredInv,
    band,
    japanese,
    english,
    country,
  } = P;
  let pairs = 0;
  const offer = (i: number, j: number, score: number, forOwner: number, forOther: number) => {
    const base = i * poolSize;
    const slot = base + poolMinAt[i]!;
    poolScore[slot] = score;
    poolForOwner[slot] = forOwner;
    poolForOther[slot] = forOther;
    poolWho[slot] = j;
    let at = 0;
    let min = poolScore[base]!;
    for (let k = 1; k < poolSize; k++) {
      const v = poolScore[base + k]!;
      if (v < min) {
        min = v;
        at = k;
      }
    }
    poolMin[i] = min;
    poolMinAt[i] = at;
  };
  for (let x = 0; x < left.length; x++) {
    const a = left[x]!;
    const aSectors = sectorMask[a]!;
    const aSectorCount = sectorCount[a]!;
    const aMarkets = marketMask[a]!;
    const aHome = homeMarket[a]!;
    const aCerts = certMask[a]!;
    const aRequired = requiredMask[a]!;
    const aRequiredInv = requiredInv[a]!;
    const aBand = band[a]!;
    const aJa = japanese[a]!;
    const aEn = english[a]!;
    const aCountry = country[a]!;
    const aSeekFrom = seekStart[a]!;
    const aSeekTo = seekStart[a + 1]!;
    const aSeekInv = seekInvTotal[a]!;
    const aMeets = a * C;
    for (let y = sameGroup ? x + 1 : 0; y < right.length; y++) {
      const b = right[y]!;
      // Symmetric parts: sectors, language, size.
      const bSectorCount = sectorCount[b]!;
      const sector =
        aSectorCount === 0 || bSectorCount === 0
          ? 0.2
          : bits[aSectors & sectorMask[b]!]! / (aSectorCount < bSectorCount ? aSectorCount : bSectorCount);
      let language = 1;
      if (aCountry !== country[b] || aCountry === 2) {
        const ja = aJa < japanese[b]! ? aJa : japanese[b]!;
        const en = aEn < english[b]! ? aEn : english[b]!;
        language = ja > en ? ja : en;
      }
      const bandGap = aBand - band[b]!;
      const shared =
        W_SECTOR * sector + W_LANGUAGE * language + W_SIZE * (1 - 0.25 * (bandGap < 0 ? -bandGap : bandGap));
      // What each seeks, met by the other's offers.
      let needA = UNKNOWN;
      if (aSeekInv > 0) {
        let sum = 0;
        const bMeets = b * C;
        for (let k = aSeekFrom; k < aSeekTo; k++) sum += seekWeight[k]! * meets[bMeets + seekCap[k]!]!;
        needA = sum * aSeekInv;
      }
      let needB = UNKNOWN;
      const bSeekInv = seekInvTotal[b]!;
      if (bSeekInv > 0) {
        let sum = 0;
        for (let k = seekStart[b]!; k < seekStart[b + 1]!; k++) sum += seekWeight[k]! * meets[aMeets + seekCap[k]!]!;
        needB = sum * bSeekInv;
      }
      const bMarkets = marketMask[b]!;
      const third = bits[aMarkets & bMarkets & THIRD_MARKETS & 0xfff]!;
      const thirdFit = third >= 2 ? 0.5 : third * 0.25;
      const marketA = (aMarkets & homeMarket[b]! ? 0.5 : 0) + thirdFit;
      const marketB = (bMarkets & aHome ? 0.5 : 0) + thirdFit;
      const certA = aRequiredInv > 0 ? bits[aRequired & certMask[b]!]! * aRequiredInv : 1;
      const bRequiredInv = requiredInv[b]!;
      const certB = bRequiredInv > 0 ? bits[requiredMask[b]! & aCerts]! * bRequiredInv : 1;
      const forA = shared + W_NEED * needA + W_MARKET * marketA + W_CERT * certA;
      const forB = shared + W_NEED * needB + W_MARKET * marketB + W_CERT * certB;
      const score = forA + forB === 0 ? 0 : (2 * forA * forB) / (forA + forB);
      pairs++;
      if (score > poolMin[a]!) offer(a, b, score, forA, forB);
      if (score > poolMin[b]!) offer(b, a, score, forB, forA);
    }
  }
  return pairs;
}
