// All-pairs scoring for every firm's list at once: each pair is scored once (score.ts, over the packed arrays)
// and offered to both firms' candidate pools. Pairs whose firms can neither supply each other nor want
// consortium partners together are skipped without scoring: their score is exactly the floor (or below it with a
// dealbreaker), which no pool keeps once it holds a better candidate.
import { kernel, PARAMS, type Params } from "./score";
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

// A pool's order: score first, then row (the lower first), so that ties are kept the same way as in one firm's
// list (engine.recommend), whatever order the pairs are scored in. Empty slots (who -1, score -1) come last.
function worse(score: number, who: number, than: number, thanWho: number): boolean {
  return score < than || (score === than && who > thanWho);
}

/** Whether a candidate (score, row) beats the worst entry of firm i's pool. */
function takes(pools: Pools, poolSize: number, i: number, score: number, row: number): boolean {
  const worst = i * poolSize + pools.minAt[i]!;
  const who = pools.who[worst]!;
  return who < 0 || worse(pools.score[worst]!, who, score, row);
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
  for (let k = 1; k < poolSize; k++) {
    const w = pools.who[base + k]!;
    const atWho = pools.who[base + at]!;
    if (atWho < 0) break;
    if (w < 0 || worse(pools.score[base + k]!, w, pools.score[base + at]!, atWho)) at = k;
  }
  pools.min[i] = pools.who[base + at]! < 0 ? -1 : pools.score[base + at]!;
  pools.minAt[i] = at;
}

/**
 * Puts every firm's pool in order, best first (score, then row), empty slots last: a worker does this before
 * it answers, so that merging the workers' pools is a walk down sorted lists.
 */
export function sortPools(pools: Pools, poolSize: number): void {
  const score = new Float64Array(poolSize);
  const forOwner = new Float64Array(poolSize);
  const forOther = new Float64Array(poolSize);
  const who = new Int32Array(poolSize);
  const firms = pools.min.length;
  for (let i = 0; i < firms; i++) {
    const base = i * poolSize;
    let m = 0;
    for (let k = base; k < base + poolSize; k++) {
      const w = pools.who[k]!;
      if (w < 0) continue;
      const s = pools.score[k]!;
      // Insertion into the sorted prefix: a pool holds a few dozen entries.
      let j = m - 1;
      while (j >= 0 && worse(score[j]!, who[j]!, s, w)) {
        score[j + 1] = score[j]!;
        forOwner[j + 1] = forOwner[j]!;
        forOther[j + 1] = forOther[j]!;
        who[j + 1] = who[j]!;
        j--;
      }
      score[j + 1] = s;
      forOwner[j + 1] = pools.forOwner[k]!;
      forOther[j + 1] = pools.forOther[k]!;
      who[j + 1] = w;
      m++;
    }
    pools.score.set(score.subarray(0, m), base);
    pools.forOwner.set(forOwner.subarray(0, m), base);
    pools.forOther.set(forOther.subarray(0, m), base);
    pools.who.set(who.subarray(0, m), base);
    pools.who.fill(-1, base + m, base + poolSize);
    pools.score.fill(-1, base + m, base + poolSize);
  }
}

/** Pairs of one row scored between two raises of its firm's bar (see scorePairs). */
const CHUNK = 256;

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
  const k = kernel(P, params);
  const floor = params.floor;
  const poolMin = pools.min;
  const scores = new Float64Array(right.length);
  const forAs = new Float64Array(right.length);
  const forBs = new Float64Array(right.length);
  // Each pool's worst score: a pair below both of its firms' is not worth scoring in full (kernel.row drops
  // about seven pairs in ten of the demo registry). a's own pool fills during its row, so the row goes in
  // chunks, the bar raised between them; pools only get better, so a bar read when a chunk starts holds for it.
  const bar = { a: -1, b: poolMin };
  let pairs = 0;
  for (let x = 0; x < left.length; x++) {
    const a = left[x]!;
    const start = sameGroup ? x + 1 : 0;
    pairs += right.length - start;
    for (let from = start; from < right.length; from += CHUNK) {
      const to = Math.min(right.length, from + CHUNK);
      bar.a = poolMin[a]!;
      k.row(a, right, from, to, scores, forAs, forBs, bar);
      for (let y = from; y < to; y++) {
        const b = right[y]!;
        const minA = poolMin[a]!;
        const minB = poolMin[b]!;
        const clean = scores[y]!;
        // A broken requirement only lowers the score: check it only for pairs a pool would take.
        let score = floor + (1 - floor) * (clean > 1 ? 1 : clean);
        if (score < minA && score < minB) continue;
        if (k.broken(a, b)) {
          score = k.finish(clean, true);
          if (score < minA && score < minB) continue;
        }
        if (takes(pools, poolSize, a, score, b)) offer(pools, poolSize, a, b, score, forAs[y]!, forBs[y]!);
        if (takes(pools, poolSize, b, score, a)) offer(pools, poolSize, b, a, score, forBs[y]!, forAs[y]!);
      }
    }
  }
  return pairs;
}
