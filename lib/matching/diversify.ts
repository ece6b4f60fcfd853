// A top list should not be twenty firms of the same kind. Greedy re-ranking: each further firm of a kind
// already picked counts for a little less (a light form of maximal marginal relevance).
export const SAME_KIND_FACTOR = 0.85;
const FACTORS = Array.from({ length: 64 }, (_, n) => SAME_KIND_FACTOR ** n);

/** Picks k of the candidates (given best first), trading score against sameness. */
export function diversify<T extends { score: number }>(candidates: T[], k: number, kindOf: (c: T) => number): T[] {
  const left = [...candidates];
  const kinds = left.map(kindOf);
  const picked: T[] = [];
  const perKind = new Map<number, number>();
  while (picked.length < k && left.length > 0) {
    let best = 0;
    let bestValue = -1;
    for (let i = 0; i < left.length; i++) {
      const value = left[i]!.score * FACTORS[Math.min(63, perKind.get(kinds[i]!) ?? 0)]!;
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    const [chosen] = left.splice(best, 1);
    const [kind] = kinds.splice(best, 1);
    picked.push(chosen!);
    perKind.set(kind!, (perKind.get(kind!) ?? 0) + 1);
  }
  return picked;
}
