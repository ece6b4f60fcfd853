// A top list should not be twenty firms of the same kind. Greedy re-ranking: each further firm of a kind
// already picked counts for a little less (a light form of maximal marginal relevance).
export const SAME_KIND_FACTOR = 0.85;
const FACTORS = Array.from({ length: 64 }, (_, n) => SAME_KIND_FACTOR ** n);

/** Kinds below this (a firm's is its main sector and size band, under 128) are counted in arrays. */
const KINDS = 1024;
// Working arrays of diversePositions, reused from call to call (the all-firms run picks ten thousand lists, and
// nothing in them outlives a call): per kind, its count picked and its first candidate not yet picked, valid where
// kindStamp holds the call's stamp; next[i], the next candidate of i's kind.
const kindStamp = new Int32Array(KINDS);
const kindCount = new Int32Array(KINDS);
const kindHead = new Int32Array(KINDS);
let next = new Int32Array(64);
let stamp = 0;
/** The kinds picked so far in a call. */
const used: number[] = [];

/**
 * Picks k of m candidates given best first as parallel arrays (score and kind at each position), trading score
 * against sameness; returns the positions picked, in the order picked. Numbers only: the all-firms run does
 * this for every firm.
 *
 * Of one kind, the first candidate not yet picked is worth the most (best first, one factor for the kind) and comes
 * first among those worth as much; of the kinds not yet picked, the first candidate of them all is (its factor is
 * 1). So each pick weighs that one and the first of each kind picked before, not every candidate, and takes the
 * same one as weighing them all would (scanned): the earliest of the best.
 */
export function diversePositions(scores: ArrayLike<number>, kinds: ArrayLike<number>, m: number, k: number): number[] {
  for (let i = 0; i < m; i++) {
    const kind = kinds[i]!;
    if (!((kind | 0) === kind && kind >= 0 && kind < KINDS) || (i > 0 && !(scores[i - 1]! >= scores[i]!)))
      return scanned(scores, kinds, m, k);
  }
  if (next.length < m) next = new Int32Array(m);
  if (++stamp === 2 ** 31 - 1) {
    kindStamp.fill(0);
    stamp = 1;
  }
  // Each kind's candidates chained in order.
  for (let i = m - 1; i >= 0; i--) {
    const kind = kinds[i]!;
    if (kindStamp[kind] !== stamp) {
      kindStamp[kind] = stamp;
      kindCount[kind] = 0;
      kindHead[kind] = -1;
    }
    next[i] = kindHead[kind]!;
    kindHead[kind] = i;
  }
  used.length = 0;
  const picked: number[] = [];
  // The first candidate of a kind not yet picked (every candidate before it is of a kind picked).
  let fresh = 0;
  while (picked.length < k && picked.length < m) {
    while (fresh < m && kindCount[kinds[fresh]!]! > 0) fresh++;
    let best = -1;
    let bestValue = -1;
    if (fresh < m) {
      best = fresh;
      bestValue = scores[fresh]! * FACTORS[0]!;
    }
    for (const kind of used) {
      const i = kindHead[kind]!;
      if (i < 0) continue;
      const value = scores[i]! * FACTORS[Math.min(63, kindCount[kind]!)]!;
      if (best < 0 || value > bestValue || (value === bestValue && i < best)) {
        best = i;
        bestValue = value;
      }
    }
    const kind = kinds[best]!;
    if (kindCount[kind] === 0) used.push(kind);
    kindCount[kind]!++;
    kindHead[kind] = next[best]!;
    picked.push(best);
  }
  return picked;
}

/**
 * diversePositions() by weighing every candidate at each pick: for candidates not given best first, or of kinds
 * beyond KINDS.
 */
function scanned(scores: ArrayLike<number>, kinds: ArrayLike<number>, m: number, k: number): number[] {
  // Kinds renamed to 0..m-1 so that their counts fit in an array.
  const dense: number[] = new Array<number>(m);
  const seen: number[] = [];
  for (let i = 0; i < m; i++) {
    let d = seen.indexOf(kinds[i]!);
    if (d < 0) d = seen.push(kinds[i]!) - 1;
    dense[i] = d;
  }
  const perKind: number[] = new Array<number>(seen.length).fill(0);
  const taken: boolean[] = new Array<boolean>(m).fill(false);
  const picked: number[] = [];
  while (picked.length < k && picked.length < m) {
    let best = -1;
    let bestValue = -1;
    // In order, strictly better only: of equal values the earlier candidate wins.
    for (let i = 0; i < m; i++) {
      if (taken[i]) continue;
      const value = scores[i]! * FACTORS[Math.min(63, perKind[dense[i]!]!)]!;
      if (value > bestValue || best < 0) [best, bestValue] = [i, value];
    }
    taken[best] = true;
    perKind[dense[best]!] = perKind[dense[best]!]! + 1;
    picked.push(best);
  }
  return picked;
}

/** Picks k of the candidates (given best first), trading score against sameness. */
export function diversify<T extends { score: number }>(candidates: T[], k: number, kindOf: (c: T) => number): T[] {
  const positions = diversePositions(
    candidates.map((c) => c.score),
    candidates.map(kindOf),
    candidates.length,
    k,
  );
  return positions.map((p) => candidates[p]!);
}
