// All-pairs scoring for every firm's list at once: each pair is scored once (score.ts, over the packed arrays)
// and offered to both firms' candidate pools. Pairs whose firms can neither supply each other nor want
// consortium partners together are skipped without scoring: their score is exactly the floor (or below it with a
// dealbreaker), which no pool keeps once it holds a better candidate.
import { kernel, PARAMS, type Kernel, type Params } from "./score";
import type { Packed } from "./store";

/**
 * Each firm's best partners so far: row i (poolSize slots) belongs to firm i, kept as a binary heap with the
 * worst entry first (slot 0), so that a better candidate replaces it in a few steps. Empty slots (who -1, score
 * -1) are worse than any entry, so a pool with room has one first. min[i] is the score of firm i's worst entry
 * (-1 while it has room): the bar a pair must pass to enter.
 */
export type Pools = {
  score: Float64Array;
  forOwner: Float64Array;
  forOther: Float64Array;
  who: Int32Array;
  min: Float64Array;
};

export function createPools(firms: number, poolSize: number): Pools {
  return {
    score: new Float64Array(firms * poolSize).fill(-1),
    forOwner: new Float64Array(firms * poolSize),
    forOther: new Float64Array(firms * poolSize),
    who: new Int32Array(firms * poolSize).fill(-1),
    min: new Float64Array(firms).fill(-1),
  };
}

// A pool's order: score first, then row (the lower first), so that ties are kept the same way as in one firm's
// list (engine.recommend), whatever order the pairs are scored in. Empty slots (who -1, score -1) come last.
function worse(score: number, who: number, than: number, thanWho: number): boolean {
  return score < than || (score === than && who > thanWho);
}

/** Whether a candidate (score, row) beats the worst entry of firm i's pool. */
function takes(pools: Pools, poolSize: number, i: number, score: number, row: number): boolean {
  const worst = i * poolSize;
  const who = pools.who[worst]!;
  return who < 0 || worse(pools.score[worst]!, who, score, row);
}

/** Puts (j, score) in firm i's pool in place of its worst entry (takes() said it beats it). */
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
  const S = pools.score;
  const W = pools.who;
  // Down from the top: the worse child moves up while it is worse than the new entry.
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= poolSize) break;
    const right = child + 1;
    if (right < poolSize && worse(S[base + right]!, W[base + right]!, S[base + child]!, W[base + child]!))
      child = right;
    if (!worse(S[base + child]!, W[base + child]!, score, j)) break;
    S[base + at] = S[base + child]!;
    W[base + at] = W[base + child]!;
    pools.forOwner[base + at] = pools.forOwner[base + child]!;
    pools.forOther[base + at] = pools.forOther[base + child]!;
    at = child;
  }
  S[base + at] = score;
  W[base + at] = j;
  pools.forOwner[base + at] = forOwner;
  pools.forOther[base + at] = forOther;
  pools.min[i] = W[base]! < 0 ? -1 : S[base]!;
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

/** Pairs of one row scored between two raises of its firm's bar (see PairScorer). */
const CHUNK = 256;

/**
 * One pair in SEED is scored in a first pass over all rows (those whose rows add up to a multiple of SEED: every
 * firm gets about one partner in SEED from each side), the rest in a second. After the first pass every firm's
 * pool holds the best of a sample of its partners, so its bar is already high when the second pass starts and
 * most pairs there are dropped by their upper bound (kernel.row) before they are scored in full. Scored in row
 * order instead, the firms on the right start the run with empty pools, and the bar rises only as rows go by.
 */
const SEED = 16;

/** The pairs of every left row of a group with every row of the right one (within one group: the rows after it). */
export type PairTask = { left: Int32Array; right: Int32Array; sameGroup: boolean };

/** The sample scored first (seed), or every other pair (rest); see SEED. */
export type Pass = "seed" | "rest";

/**
 * Scores pairs into `pools`, keeping for every firm the `poolSize` best partners by score. The pools do not depend
 * on the order pairs are scored in (ties go by row), so the passes, and the rows, may come in any order and be
 * shared between threads: each pair must be scored once, by one scorer.
 */
export class PairScorer {
  private readonly k: Kernel;
  private readonly floor: number;
  private readonly scores: Float64Array;
  private readonly forAs: Float64Array;
  private readonly forBs: Float64Array;
  private readonly run: Int32Array;

  constructor(
    P: Packed,
    readonly pools: Pools,
    readonly poolSize: number,
    params: Params = PARAMS,
  ) {
    this.k = kernel(P, params);
    this.floor = params.floor;
    this.scores = new Float64Array(P.n);
    this.forAs = new Float64Array(P.n);
    this.forBs = new Float64Array(P.n);
    this.run = new Int32Array(P.n);
  }

  /** One pass over the task's left rows from, from + step, … below to; returns the number of pairs it took. */
  rows(task: PairTask, from: number, to: number, step: number, pass: Pass): number {
    const { left, right, sameGroup } = task;
    const seeding = pass === "seed";
    const run = this.run;
    let pairs = 0;
    for (let x = from; x < to; x += step) {
      const a = left[x]!;
      let length = 0;
      for (let y = sameGroup ? x + 1 : 0; y < right.length; y++) {
        const b = right[y]!;
        if (((a + b) % SEED === 0) === seeding) run[length++] = b;
      }
      pairs += length;
      this.row(a, length);
    }
    return pairs;
  }

  private row(a: number, length: number): void {
    const { k, floor, pools, poolSize, run, scores, forAs, forBs } = this;
    const poolMin = pools.min;
    // Each pool's worst score: a pair below both of its firms' is not worth scoring in full (kernel.row drops
    // most pairs of a large event). a's own pool fills during its row, so the row goes in chunks, the bar raised
    // between them; pools only get better, so a bar read when a chunk starts holds for it.
    const bar = { a: -1, b: poolMin };
    for (let from = 0; from < length; from += CHUNK) {
      const to = Math.min(length, from + CHUNK);
      bar.a = poolMin[a]!;
      k.row(a, run, from, to, scores, forAs, forBs, bar);
      for (let y = from; y < to; y++) {
        const b = run[y]!;
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
}

/**
 * Scores the pairs (i, j) for i in `left`, j in `right` (j > i within one group), both passes, into `pools`.
 * Returns the number of pairs considered.
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
  const scorer = new PairScorer(P, pools, poolSize, params);
  const task = { left, right, sameGroup };
  return scorer.rows(task, 0, left.length, 1, "seed") + scorer.rows(task, 0, left.length, 1, "rest");
}

/** Left rows a thread takes at a time in the second pass (see shareRows). */
const ROWS = 16;

/**
 * Scores every task's pairs on one thread of `parts`: first the seed pass over its share of the left rows (every
 * parts-th), then, until none is left, the next ROWS left rows of the rest, counted off `next`, a counter shared by
 * all threads. Work goes to whichever thread is free: on a shared machine one core is often slower than the other,
 * and fixed halves left the faster thread idle for a quarter of the run.
 */
export function shareRows(
  scorer: PairScorer,
  tasks: PairTask[],
  part: number,
  parts: number,
  next: Int32Array,
): number {
  let pairs = 0;
  for (const t of tasks) pairs += scorer.rows(t, part, t.left.length, parts, "seed");
  const chunks = tasks.map((t) => Math.ceil(t.left.length / ROWS));
  for (;;) {
    let i = Atomics.add(next, 0, 1);
    let t = 0;
    while (t < tasks.length && i >= chunks[t]!) i -= chunks[t++]!;
    if (t === tasks.length) return pairs;
    const task = tasks[t]!;
    pairs += scorer.rows(task, i * ROWS, Math.min(task.left.length, (i + 1) * ROWS), 1, "rest");
  }
}
