// A top list should not be twenty firms of the same kind. Greedy re-ranking: each further firm of a kind
// already picked counts for a little less (a light form of maximal marginal relevance).
export const SAME_KIND_FACTOR = 0.85;

export function diversify<T extends { score: number; kind: string }>(candidates: T[], k: number): T[] {
  const left = [...candidates];
  const picked: T[] = [];
  const perKind = new Map<string, number>();
  while (picked.length < k && left.length > 0) {
    let best = 0;
    let bestValue = -1;
    for (let i = 0; i < left.length; i++) {
      const c = left[i]!;
      const value = c.score * SAME_KIND_FACTOR ** (perKind.get(c.kind) ?? 0);
      if (value > bestValue) [best, bestValue] = [i, value];
    }
    const [chosen] = left.splice(best, 1);
    picked.push(chosen!);
    perKind.set(chosen!.kind, (perKind.get(chosen!.kind) ?? 0) + 1);
  }
  return picked;
}
