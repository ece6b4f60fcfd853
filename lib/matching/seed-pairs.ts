// The pairs the all-pairs run scores first (batch-kernel.ts, the seed pass). A pair enters a firm's candidate pool
// only above the pool's worst entry, and most pairs of a large event are dropped before they are scored in full
// because they cannot reach either firm's worst (kernel.row's bounds): the higher the pools' worst entries are from
// the start, the fewer pairs are scored in full. So the first pairs scored are the ones most likely to be good: a
// firm with each of the firms that best meet one of its needs (a need met is most of what makes a pair score, and
// a pool whose firm's needs are met by its entries is full of good ones).
// Before, the first pass took one pair in sixteen at random: 1.6 million pairs of the benchmark's 25 million, nearly
// all scored in full (pools start empty) and each offered to two pools, for bars at about 80% of each pool's final
// worst; these take a third as many pairs for bars at about 90%, and the second pass scores a quarter fewer pairs in
// full.
import { MAX_LIST } from "./profile";
import type { Packed } from "./store";

/** Partners picked for each need of each firm. */
export const SEEDS_PER_NEED = 32;

/** A firm meets a need well from here (in 255ths: 0.8), where a pair starts to score well. */
const MEETS_WELL = 204;

/**
 * The seed pairs of a task (left and right rows, as in batch-kernel.ts's PairTask): for the left row at position x,
 * the positions in `right` of its seeded partners are at[start[x]..start[x + 1]), each once, in no order; within one
 * group, all after x (each pair is scored once, from the row that comes first).
 */
export type SeedPairs = { start: Int32Array; at: Int32Array };

/**
 * For a capability, the positions (in `group`) of the firms that meet it well, or, where fewer than SEEDS_PER_NEED
 * do, of the SEEDS_PER_NEED that meet it best (ties in order of position). Worked out for the capabilities needed
 * only, each on its first need.
 */
function meetersOf(P: Packed, group: Int32Array): (cap: number) => Int32Array {
  const C = P.capabilities;
  const known = new Map<number, Int32Array>();
  const counts = new Int32Array(256);
  return (cap) => {
    let list = known.get(cap);
    if (list !== undefined) return list;
    counts.fill(0);
    for (let y = 0; y < group.length; y++) counts[P.meets[group[y]! * C + cap]!]!++;
    // The least level taken: MEETS_WELL, or lower until SEEDS_PER_NEED are taken (never 0: a firm that does not
    // meet the need at all is no partner for it).
    let least = 255;
    let taken = counts[255]!;
    while (least > 1 && (least > MEETS_WELL || taken < SEEDS_PER_NEED)) taken += counts[--least]!;
    const out: number[] = [];
    // Above the least level all are taken; at it, as many as fill SEEDS_PER_NEED (all of them at MEETS_WELL).
    let atLeast = least >= MEETS_WELL ? counts[least]! : SEEDS_PER_NEED - (taken - counts[least]!);
    for (let y = 0; y < group.length; y++) {
      const m = P.meets[group[y]! * C + cap]!;
      if (m > least || (m === least && atLeast-- > 0)) out.push(y);
    }
    list = Int32Array.from(out);
    known.set(cap, list);
    return list;
  };
}

/**
 * Up to SEEDS_PER_NEED of `list`, evenly spaced from a place that a hash of the firm and the need picks (so that
 * not every firm with that need meets the same few), each passed to `take`.
 */
function pick(list: Int32Array, firm: number, need: number, take: (position: number) => void): void {
  const n = list.length;
  if (n <= SEEDS_PER_NEED) {
    for (let j = 0; j < n; j++) take(list[j]!);
    return;
  }
  const stride = Math.floor(n / SEEDS_PER_NEED);
  let at = (Math.imul(firm * MAX_LIST + need + 1, 0x9e3779b1) >>> 0) % n;
  for (let j = 0; j < SEEDS_PER_NEED; j++) {
    take(list[at]!);
    at += stride;
    if (at >= n) at -= n;
  }
}

/**
 * Every firm of the task with the firms of the other side that best meet each of its needs (pick). The same pairs
 * on every thread, from the task alone: the threads share a task's rows, and the second pass of a row leaves out
 * exactly its seed pairs, whichever thread scored them.
 */
export function seedPairs(P: Packed, left: Int32Array, right: Int32Array, sameGroup: boolean): SeedPairs {
  const ofRight = meetersOf(P, right);
  const ofLeft = sameGroup ? ofRight : meetersOf(P, left);
  let most = 0;
  for (const x of left) most += P.seekCount[x]!;
  for (const y of right) most += P.seekCount[y]!;
  // The pairs as (x, y) positions, x in left and y in right; within one group, x < y.
  const xs = new Int32Array(most * SEEDS_PER_NEED);
  const ys = new Int32Array(most * SEEDS_PER_NEED);
  let pairs = 0;
  const add = (x: number, y: number) => {
    if (sameGroup && x >= y) {
      if (x === y) return;
      [x, y] = [y, x];
    }
    xs[pairs] = x;
    ys[pairs++] = y;
  };
  for (let x = 0; x < left.length; x++) {
    const a = left[x]!;
    for (let k = 0; k < P.seekCount[a]!; k++) pick(ofRight(P.seekCap[a * MAX_LIST + k]!), a, k, (y) => add(x, y));
  }
  for (let y = 0; y < right.length; y++) {
    const b = right[y]!;
    for (let k = 0; k < P.seekCount[b]!; k++) pick(ofLeft(P.seekCap[b * MAX_LIST + k]!), b, k, (x) => add(x, y));
  }
  // Grouped by left position, without repeats (both firms may pick the pair): a right position is kept once for x
  // where seen[y] is not yet x + 1.
  const start = new Int32Array(left.length + 1);
  for (let i = 0; i < pairs; i++) start[xs[i]! + 1]!++;
  for (let x = 0; x < left.length; x++) start[x + 1]! += start[x]!;
  const at = new Int32Array(pairs);
  const fill = start.slice(0, left.length);
  for (let i = 0; i < pairs; i++) at[fill[xs[i]!]!++] = ys[i]!;
  const seen = new Int32Array(right.length);
  let kept = 0;
  for (let x = 0; x < left.length; x++) {
    const end = start[x + 1]!;
    let j = start[x]!;
    start[x] = kept;
    for (; j < end; j++) {
      const y = at[j]!;
      if (seen[y] === x + 1) continue;
      seen[y] = x + 1;
      at[kept++] = y;
    }
  }
  start[left.length] = kept;
  return { start, at: at.slice(0, kept) };
}
