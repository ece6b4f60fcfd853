// All-pairs scoring for every firm's list at once: each pair is scored once (score.ts, over the packed arrays)
// and offered to both firms' candidate pools. Pairs whose firms can neither supply each other nor want
// consortium partners together are skipped without scoring: their score is exactly the floor (or below it with a
// dealbreaker), which no pool keeps once it holds a better candidate.
import { PARAMS, scorePair, type PairOut, type Params } from "./score";
import type { Packed } from "./store";

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

function offer(
  pools: Pools,
  poolSize: number,
  i: number,
  j: number,
  score: number,
  forOwner: number,
  forOther: number,
) {
  const base = i * poolSize;
  const slot = base + pools.minAt[i]!;
  pools.score[slot] = score;
  pools.forOwner[slot] = forOwner;
  pools.forOther[slot] = forOther;
  pools.who[slot] = j;
  let at = 0;
  let min = pools.score[base]!;
  for (let k = 1; k < poolSize; k++) {
    const v = pools.score[base + k]!;
    if (v < min) {
      min = v;
      at = k;
    }
  }
  pools.min[i] = min;
  pools.minAt[i] = at;
}

const CONSORTIUM = 8;

/**
 * Scores the pairs (i, j) for i in `left`, j in `right` (j > i within one group) and keeps, for every firm, the
 * `poolSize` best partners by score in `pools`. Returns the number of pairs considered.
 */
export function scorePairs(
  P: Packed,
  left: Int32Array,
  right: Int32Array,
  sameGroup: boolean,
  poolSize: number,
  pools: Pools,
  params: Params = PARAMS,
): number {
  const out: PairOut = { forA: 0, forB: 0, broken: false };
  const floor = params.floor;
  const { domainSeek, domainOffer, wants } = P;
  const poolMin = pools.min;
  let pairs = 0;
  for (let x = 0; x < left.length; x++) {
    const a = left[x]!;
    const aSeek = domainSeek[a]!;
    const aOffer = domainOffer[a]!;
    const aCons = wants[a]! & CONSORTIUM;
    for (let y = sameGroup ? x + 1 : 0; y < right.length; y++) {
      const b = right[y]!;
      pairs++;
      // Nothing either seeks is in a tree the other offers in, and no shared consortium wish: the score is
      // the floor at best. Only scored while a pool still has room below the floor.
      if ((aSeek & domainOffer[b]!) === 0 && (domainSeek[b]! & aOffer) === 0 && (aCons & wants[b]!) === 0) {
        if (poolMin[a]! >= floor && poolMin[b]! >= floor) continue;
      }
      const score = scorePair(P, a, b, out, params);
      if (score > poolMin[a]!) offer(pools, poolSize, a, b, score, out.forA, out.forB);
      if (score > poolMin[b]!) offer(pools, poolSize, b, a, score, out.forB, out.forA);
    }
  }
  return pairs;
}
