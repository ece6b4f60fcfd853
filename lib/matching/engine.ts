// The matching engine: firms in, explained reciprocal recommendations out. Plain TypeScript: the app feeds it
// from the database, the benchmark and the evaluation from files.
import { ConceptIndex } from "./concept-index";
import { diversify } from "./diversify";
import { explain } from "./explain";
import { compileProfile, type Profile } from "./profile";
import { directional, pairScores, reciprocal } from "./score";
import type { Concept, MatchFirm, Recommendation } from "./types";

export type PairRule = {
  /** Allow Vietnamese–Vietnamese and Japanese–Japanese pairs (for consortiums, or events that want them). */
  sameCountry?: boolean;
};

export type RecommendOptions = PairRule & {
  topK?: number;
  /** Firms the reader has already dismissed, or should not see. */
  exclude?: ReadonlySet<string>;
  /** Only candidates that pass (filters in the app). */
  filter?: (firm: MatchFirm) => boolean;
};

// Candidates kept per firm before diversity re-ranking picks the final top K.
const POOL_FACTOR = 3;

export class MatchEngine {
  readonly concepts: ConceptIndex;
  private readonly profiles = new Map<string, Profile>();

  constructor(concepts: Concept[]) {
    this.concepts = new ConceptIndex(concepts);
  }

  /** Adds or replaces a firm (after a profile change); its lists reflect the change at once. */
  upsert(firm: MatchFirm): void {
    this.profiles.set(firm.id, compileProfile(firm, this.concepts));
  }

  remove(id: string): void {
    this.profiles.delete(id);
  }

  has(id: string): boolean {
    return this.profiles.has(id);
  }

  get size(): number {
    return this.profiles.size;
  }

  firms(): MatchFirm[] {
    return [...this.profiles.values()].map((p) => p.firm);
  }

  private pairAllowed(a: Profile, b: Profile, rule: PairRule): boolean {
    if (a === b) return false;
    return rule.sameCountry || a.country !== b.country || a.country === 2;
  }

  /** The reciprocal score of a pair and its two directions; null when the pair is not allowed. */
  score(aId: string, bId: string, rule: PairRule = {}): { score: number; forA: number; forB: number } | null {
    const a = this.profiles.get(aId);
    const b = this.profiles.get(bId);
    if (!a || !b || !this.pairAllowed(a, b, rule)) return null;
    const forA = directional(a, b);
    const forB = directional(b, a);
    return { score: reciprocal(forA, forB), forA, forB };
  }

  private finish(reader: Profile, pool: { profile: Profile; score: number; forYou: number; forThem: number }[], topK: number): Recommendation[] {
    const ranked = diversify(
      pool.sort((x, y) => y.score - x.score || (x.profile.firm.id < y.profile.firm.id ? -1 : 1)).map((c) => ({ ...c, kind: c.profile.kind })),
      topK,
    );
    return ranked.map((c) => ({
      firmId: c.profile.firm.id,
      score: c.score,
      forYou: c.forYou,
      forThem: c.forThem,
      reasons: explain(reader, c.profile, this.concepts),
    }));
  }

  /** The top K firms for one firm, explained and diversified. */
  recommend(id: string, options: RecommendOptions = {}): Recommendation[] {
    const reader = this.profiles.get(id);
    if (!reader) return [];
    const topK = options.topK ?? 20;
    const pool: { profile: Profile; score: number; forYou: number; forThem: number }[] = [];
    for (const other of this.profiles.values()) {
      if (!this.pairAllowed(reader, other, options) || options.exclude?.has(other.firm.id)) continue;
      if (options.filter && !options.filter(other.firm)) continue;
      const forYou = directional(reader, other);
      const forThem = directional(other, reader);
      pool.push({ profile: other, score: reciprocal(forYou, forThem), forYou, forThem });
    }
    pool.sort((x, y) => y.score - x.score);
    return this.finish(reader, pool.slice(0, topK * POOL_FACTOR), topK);
  }

  /**
   * Every firm's top K at once: each pair is scored once, in both directions, and offered to both firms'
   * candidate pools. Returns firm id -> recommendations.
   */
  recommendAll(options: PairRule & { topK?: number } = {}): { lists: Map<string, Recommendation[]>; pairsScored: number } {
    const topK = options.topK ?? 20;
    const poolSize = topK * POOL_FACTOR;
    const all = [...this.profiles.values()];
    const pools = all.map(() => ({ scores: new Float64Array(poolSize).fill(-1), forYou: new Float64Array(poolSize), forThem: new Float64Array(poolSize), who: new Int32Array(poolSize).fill(-1), min: 0, minScore: -1 }));
    const offer = (i: number, j: number, score: number, forYou: number, forThem: number) => {
      const pool = pools[i]!;
      if (score <= pool.minScore) return;
      const slot = pool.min;
      pool.scores[slot] = score;
      pool.forYou[slot] = forYou;
      pool.forThem[slot] = forThem;
      pool.who[slot] = j;
      let min = 0;
      for (let k = 1; k < poolSize; k++) if (pool.scores[k]! < pool.scores[min]!) min = k;
      pool.min = min;
      pool.minScore = pool.scores[min]!;
    };
    // Score across country groups only (unless same-country pairs are wanted): 5,000 × 5,000 pairs, not 50 million.
    const groups = [0, 1, 2].map((c) => all.map((p, i) => (p.country === c ? i : -1)).filter((i) => i >= 0));
    let pairsScored = 0;
    const both = { forA: 0, forB: 0 };
    const scorePair = (i: number, j: number) => {
      pairScores(all[i]!, all[j]!, both);
      const score = reciprocal(both.forA, both.forB);
      pairsScored++;
      offer(i, j, score, both.forA, both.forB);
      offer(j, i, score, both.forB, both.forA);
    };
    for (let g = 0; g < 3; g++) {
      for (let h = g; h < 3; h++) {
        if (g === h && !(options.sameCountry || g === 2)) continue;
        const left = groups[g]!;
        const right = groups[h]!;
        for (let x = 0; x < left.length; x++) {
          for (let y = g === h ? x + 1 : 0; y < right.length; y++) scorePair(left[x]!, right[y]!);
        }
      }
    }
    const lists = new Map<string, Recommendation[]>();
    pools.forEach((pool, i) => {
      const candidates = [];
      for (let k = 0; k < poolSize; k++) {
        if (pool.who[k]! >= 0) candidates.push({ profile: all[pool.who[k]!]!, score: pool.scores[k]!, forYou: pool.forYou[k]!, forThem: pool.forThem[k]! });
      }
      lists.set(all[i]!.firm.id, this.finish(all[i]!, candidates, topK));
    });
    return { lists, pairsScored };
  }
}
