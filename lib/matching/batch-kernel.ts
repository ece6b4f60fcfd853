// All-pairs scoring for every firm's list at once: each pair is scored once (score.ts, over the packed arrays)
// and offered to both firms' candidate pools. Pairs whose firms can neither supply each other nor want
// consortium partners together are skipped without scoring: their score is exactly the floor (or below it with a
// dealbreaker), which no pool keeps once it holds a better candidate.
import { kernel, PARAMS, type Bar, type Kernel, type Params } from "./score";
import { seedPairs, type SeedPairs } from "./seed-pairs";
import type { Packed } from "./store";

/**
 * Each firm's best partners so far: row i (poolSize slots) belongs to firm i, kept in order, best first (score,
 * then row), empty slots (who -1, score -1) last. min[i] is the score of firm i's worst entry (-1 while it has
 * room): the bar a pair must pass to enter. In order rather than as a heap: a candidate that enters is most often
 * close to the worst and moves past a few entries, a merge of the threads' pools walks them as they are, and the
 * threads can read their k-th best at once (PairScorer.share).
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
  const worst = (i + 1) * poolSize - 1;
  const who = pools.who[worst]!;
  return who < 0 || worse(pools.score[worst]!, who, score, row);
}

/** Puts (j, score) in firm i's pool, its worst entry dropping out (takes() said the candidate beats it). */
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
  // Up from the last slot: each entry worse than the candidate (an empty slot is) moves down one.
  let at = base + poolSize - 1;
  while (at > base && worse(S[at - 1]!, W[at - 1]!, score, j)) {
    S[at] = S[at - 1]!;
    W[at] = W[at - 1]!;
    pools.forOwner[at] = pools.forOwner[at - 1]!;
    pools.forOther[at] = pools.forOther[at - 1]!;
    at--;
  }
  S[at] = score;
  W[at] = j;
  pools.forOwner[at] = forOwner;
  pools.forOther[at] = forOther;
  const last = base + poolSize - 1;
  pools.min[i] = W[last]! < 0 ? -1 : S[last]!;
}

/** Pairs of one row scored between two raises of its firm's bar (see PairScorer). */
const CHUNK = 256;

/** The pairs of every left row of a group with every row of the right one (within one group: the rows after it). */
export type PairTask = {
  left: Int32Array;
  right: Int32Array;
  sameGroup: boolean;
  /** Its seed pairs (seed-pairs.ts), when worked out already: once for all threads. */
  seeds?: SeedPairs;
};

/** The pairs scored first (seed: seed-pairs.ts), or every other pair (rest). */
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
  /** The positions in a row's partners of the pairs the kernel did not drop by the bars (see Kernel.row). */
  private readonly kept: Int32Array;
  /**
   * The bar of each firm's pool (see row()): the worst entry of its pool here or, once share() has run, of another
   * thread's pool, whichever is higher.
   */
  private readonly bars: Float64Array;
  private readonly bar: Bar;
  /** Firms whose pool took a candidate since share() last posted it. */
  private readonly changed: Uint8Array;
  /** A row's partners in the pass at hand. */
  private readonly run: Int32Array;
  /** seeded[y] === mark: the right position y is the row's seed partner (rows()). */
  private readonly seeded: Int32Array;
  private mark = 0;
  private readonly P: Packed;
  /** Each task's seed pairs (seed-pairs.ts), worked out on its first row. */
  private readonly seeds = new WeakMap<PairTask, SeedPairs>();

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
    this.kept = new Int32Array(CHUNK);
    this.run = new Int32Array(P.n);
    this.seeded = new Int32Array(P.n);
    this.P = P;
    this.bars = new Float64Array(pools.min);
    this.bar = { a: -1, b: this.bars };
    this.changed = new Uint8Array(pools.min.length);
  }

  /** One pass over the task's left rows from, from + step, … below to; returns the number of pairs it took. */
  rows(task: PairTask, from: number, to: number, step: number, pass: Pass): number {
    const { left, right, sameGroup } = task;
    let seeds = task.seeds ?? this.seeds.get(task);
    if (seeds === undefined) this.seeds.set(task, (seeds = seedPairs(this.P, left, right, sameGroup)));
    const { start, at } = seeds;
    const { run, seeded } = this;
    let pairs = 0;
    for (let x = from; x < to; x += step) {
      let length = 0;
      if (pass === "seed") for (let j = start[x]!; j < start[x + 1]!; j++) run[length++] = right[at[j]!]!;
      else {
        // Every partner (within one group, every one after x) but the seeded ones, marked with a number of this row's
        // own.
        const mark = ++this.mark;
        for (let j = start[x]!; j < start[x + 1]!; j++) seeded[at[j]!] = mark;
        for (let y = sameGroup ? x + 1 : 0; y < right.length; y++) if (seeded[y] !== mark) run[length++] = right[y]!;
      }
      pairs += length;
      this.row(left[x]!, run, 0, length);
    }
    return pairs;
  }

  /** Row a against run[start..end), in chunks. */
  private row(a: number, run: Int32Array, start: number, end: number): void {
    const { k, floor, pools, poolSize, kept, scores, forAs, forBs, bars, bar } = this;
    // Each pool's worst score: a pair below both of its firms' is not worth scoring in full (kernel.row drops
    // most pairs of a large event). a's own pool fills during its row, so the row goes in chunks, the bar raised
    // between them; pools only get better, so a bar read when a chunk starts holds for it.
    for (let from = start; from < end; from += CHUNK) {
      const to = Math.min(end, from + CHUNK);
      bar.a = bars[a]!;
      // Only the pairs the bars left in: those dropped cannot enter either pool, whose worst only rises.
      const scored = k.row(a, run, from, to, scores, forAs, forBs, bar, kept);
      for (let i = 0; i < scored; i++) {
        const y = kept[i]!;
        const b = run[y]!;
        const minA = bars[a]!;
        const minB = bars[b]!;
        const clean = scores[y]!;
        // A broken requirement only lowers the score: check it only for pairs a pool would take.
        let score = floor + (1 - floor) * (clean > 1 ? 1 : clean);
        if (score < minA && score < minB) continue;
        if (k.broken(a, b)) {
          score = k.finish(clean, true);
          if (score < minA && score < minB) continue;
        }
        // Each pool is offered the pair only where it passes that pool's bar: below it, the pair cannot make that
        // firm's list (a bar raised by another thread may be above this thread's worst), and a look into a pool
        // is a cache miss or two (ten thousand pools of forty do not stay in cache).
        if (score >= minA && takes(pools, poolSize, a, score, b)) {
          offer(pools, poolSize, a, b, score, forAs[y]!, forBs[y]!);
          this.entered(a);
        }
        if (score >= minB && takes(pools, poolSize, b, score, a)) {
          offer(pools, poolSize, b, a, score, forBs[y]!, forAs[y]!);
          this.entered(b);
        }
      }
    }
  }

  /** A candidate entered firm i's pool: its bar may rise, and share() posts it again. */
  private entered(i: number): void {
    if (this.pools.min[i]! > this.bars[i]!) this.bars[i] = this.pools.min[i]!;
    this.changed[i] = 1;
  }

  /**
   * Posts this thread's pools to `board` and raises its bars by the other threads' posts. The threads' pools are
   * merged in the end, each firm keeping the best of them all, so a pair below a bar that any thread's pools set
   * cannot make either firm's list, and every thread may drop it. Two such bars: the worst of a full pool in any
   * thread; and, when every thread's pool of the firm holds at least `share` = poolSize / parts entries, the lowest
   * of their share-th best (together at least poolSize entries that good). The second is close to the bar of one
   * pool of all the pairs, where each thread's own pools kept the 40th best of half the pairs: two threads scored
   * half as many pairs again in full as one thread alone.
   * Posted as integers rounded down, so that a bar read is never above the one posted (a racy read of an integer
   * never tears; of a double it may): the board holds, for each thread and firm, its pool's worst and share-th
   * best (-POSTED while it has fewer).
   */
  share(board: Int32Array, part: number, parts: number): void {
    const { bars, pools, poolSize, changed } = this;
    const n = bars.length;
    const share = Math.ceil(poolSize / parts);
    const mine = 2 * part * n;
    for (let i = 0; i < n; i++) {
      if (!changed[i]) continue;
      changed[i] = 0;
      board[mine + 2 * i] = Math.floor(pools.min[i]! * POSTED);
      const kth = i * poolSize + share - 1;
      board[mine + 2 * i + 1] = pools.who[kth]! < 0 ? -POSTED : Math.floor(pools.score[kth]! * POSTED);
    }
    for (let i = 0; i < n; i++) {
      let worst = -POSTED;
      let kth = POSTED;
      for (let at = 2 * i; at < 2 * parts * n; at += 2 * n) {
        if (board[at]! > worst) worst = board[at]!;
        if (board[at + 1]! < kth) kth = board[at + 1]!;
      }
      // Scaled back by a power of two: exact.
      const bar = (kth > worst ? kth : worst) * UNPOSTED;
      if (bar > bars[i]!) bars[i] = bar;
    }
  }
}

/** The scale of the bars posted between threads (PairScorer.share): 2^30, exact for scores in [-1, 1]. */
const POSTED = 2 ** 30;
const UNPOSTED = 2 ** -30;

/** A board for `parts` threads to post the bars of `firms` firms on (PairScorer.share); posts none yet. */
export function createBoard(parts: number, firms: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8 * parts * firms)).fill(-POSTED);
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
  /** Where the threads post their bars (createBoard), between every ROWS rows; none on one thread. */
  board?: Int32Array,
): number {
  const share = () => {
    if (board !== undefined && parts > 1) scorer.share(board, part, parts);
  };
  let pairs = 0;
  for (const t of tasks)
    for (let x = part; x < t.left.length; x += ROWS * parts) {
      pairs += scorer.rows(t, x, Math.min(t.left.length, x + ROWS * parts), parts, "seed");
      share();
    }
  const chunks = tasks.map((t) => Math.ceil(t.left.length / ROWS));
  for (;;) {
    share();
    let i = Atomics.add(next, 0, 1);
    let t = 0;
    while (t < tasks.length && i >= chunks[t]!) i -= chunks[t++]!;
    if (t === tasks.length) return pairs;
    const task = tasks[t]!;
    pairs += scorer.rows(task, i * ROWS, Math.min(task.left.length, (i + 1) * ROWS), 1, "rest");
  }
}
