// A top list should not be twenty firms of the same kind. Greedy re-ranking: each further firm of a kind
// already picked counts for a little less (a light form of maximal marginal relevance).
export const SAME_KIND_FACTOR = 0.85;
const FACTORS = Array.from({ length: 64 }, (_, n) => SAME_KIND_FACTOR ** n);

/**
 * Picks k of m candidates given best first as parallel arrays (score and kind at each position), trading score
 * against sameness; returns the positions picked, in the order picked. Numbers only: the all-firms run does
 * this for every firm.
 */
export function diversePositions(scores: ArrayLike<number>, kinds: ArrayLike<number>, m: number, k: number): number[] {
  // Kinds renamed to 0..m-1 so that their counts fit in an array. Small plain arrays: typed arrays cost more to
  // allocate than they save at this size.
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
