// The matching engine: firms in, explained reciprocal recommendations out. Plain TypeScript: the app feeds it
// from the database, the benchmark and the evaluation from files.
import { ConceptIndex } from "./concept-index";
import { diversePositions } from "./diversify";
import { explain } from "./explain";
import { compileProfile, type Profile } from "./profile";
import { scoreAllPairs, type PairTask } from "./parallel-scoring";
import { kernel, PARAMS, scorePair, type PairOut, type Params } from "./score";
import { ProfileStore } from "./store";
import type { Concept, MatchFirm, Reason, Recommendation } from "./types";

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
  /**
   * A factor in (0, 1] for a candidate (the reader's "not interested, because…" lowers firms like the dismissed
   * ones). It scales the part of the score above the floor, so a dealbreaker pair still ranks below every other.
   */
  adjust?: (candidate: Profile) => number;
};

/**
 * A recommendation whose reasons are worked out when first read: a page shows one list, the all-firms run needs
 * scores only. A class, not an object with a getter of its own: the all-firms run makes 200,000 of them, and an
 * object literal with an accessor costs a closure and a slower shape each. The profiles are private fields, so that
 * a copy ({ ...r }) carries the four numbers and not them.
 */
class LazyRecommendation implements Recommendation {
  #reasons: Reason[] | undefined;
  readonly #reader: Profile;
  readonly #other: Profile;
  readonly #concepts: ConceptIndex;

  constructor(
    readonly firmId: string,
    readonly score: number,
    readonly forYou: number,
    readonly forThem: number,
    reader: Profile,
    other: Profile,
    concepts: ConceptIndex,
  ) {
    this.#reader = reader;
    this.#other = other;
    this.#concepts = concepts;
  }

  get reasons(): Reason[] {
    return (this.#reasons ??= explain(this.#reader, this.#other, this.#concepts));
  }
}

/**
 * What finish() reads of each candidate, by row: its profile, its firm's id, its kind, and where its id comes in the
 * order of ids (idOrder). The all-firms run builds it once for every row; read from the profiles instead, each of
 * its ten thousand lists went from a row to a profile, its firm and its id for each of some forty candidates, a
 * cache miss each, and that cost more than the ranking it fed. One firm's list builds it for its pool only.
 */
type Candidates = { profiles: Profile[]; ids: string[]; kinds: ArrayLike<number>; idRanks: ArrayLike<number> };

/**
 * Each id's place in the order of ids (by UTF-16 code units, as `<` compares strings; ids are distinct). Ties of
 * score go by id, and in the all-firms run pools often tie: comparing two strings cost two cache misses (the
 * strings are all over the heap), comparing their places none. The native sort takes a few milliseconds.
 */
function idOrder(ids: string[]): Int32Array {
  const sorted = ids.slice().sort();
  const place = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) place.set(sorted[i]!, i);
  return Int32Array.from(ids, (id) => place.get(id)!);
}

/**
 * Positions 0..m-1 into `order`, best first: by score, ties by firm id. Insertion sort: a pool holds a few dozen
 * candidates, and the all-firms run sorts ten thousand pools (which come best first but for ties).
 */
function rankOrder(
  scores: ArrayLike<number>,
  rows: ArrayLike<number>,
  idRanks: ArrayLike<number>,
  m: number,
  order: Int32Array,
) {
  for (let i = 0; i < m; i++) {
    const s = scores[i]!;
    const id = idRanks[rows[i]!]!;
    let j = i - 1;
    while (j >= 0) {
      const o = order[j]!;
      const t = scores[o]!;
      if (t > s || (t === s && idRanks[rows[o]!]! < id)) break;
      order[j + 1] = o;
      j--;
    }
    order[j + 1] = i;
  }
}

// Firms scored between two raises of the bar in one firm's list.
const RECOMMEND_CHUNK = 512;

// Candidates kept per firm before diversity re-ranking picks the final top K.
const POOL_FACTOR = 2;

export class MatchEngine {
  readonly concepts: ConceptIndex;
  private readonly profiles = new Map<string, Profile>();
  private readonly store: ProfileStore;
  private scratch = {
    rows: new Int32Array(0),
    scores: new Float64Array(0),
    forA: new Float64Array(0),
    forB: new Float64Array(0),
    /** No other firm's pool to reach in one firm's list: its bar never stops a pair. */
    never: new Float64Array(0),
  };
  /** finish()'s working arrays, reused from list to list (the all-firms run finishes ten thousand). */
  private ranking = {
    order: new Int32Array(0),
    ranked: new Float64Array(0),
    kinds: new Int32Array(0),
    chosen: new Uint8Array(0),
  };

  /** From the taxonomy's concepts, or an index already compiled from them (engines can share one). */
  constructor(
    concepts: Concept[] | ConceptIndex,
    readonly params: Params = PARAMS,
  ) {
    this.concepts = concepts instanceof ConceptIndex ? concepts : new ConceptIndex(concepts);
    this.store = new ProfileStore(this.concepts.size);
  }

  /** Adds or replaces a firm (after a profile change); its lists reflect the change at once. */
  upsert(firm: MatchFirm): void {
    const profile = compileProfile(firm, this.concepts);
    this.profiles.set(firm.id, profile);
    this.store.put(profile);
  }

  remove(id: string): void {
    this.profiles.delete(id);
    this.store.remove(id);
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

  profile(id: string): Profile | undefined {
    return this.profiles.get(id);
  }

  private pairAllowed(a: Profile, b: Profile, rule: PairRule): boolean {
    if (a === b) return false;
    return !!rule.sameCountry || a.country !== b.country || a.country === 2;
  }

  /** The reciprocal score of a pair and its two directions; null when the pair is not allowed. */
  score(
    aId: string,
    bId: string,
    rule: PairRule = {},
  ): { score: number; forA: number; forB: number; broken: boolean } | null {
    const a = this.profiles.get(aId);
    const b = this.profiles.get(bId);
    if (!a || !b || !this.pairAllowed(a, b, rule)) return null;
    const out: PairOut = { forA: 0, forB: 0, broken: false };
    const score = scorePair(this.store.arrays, this.store.row(aId)!, this.store.row(bId)!, out, this.params);
    return { score, forA: out.forA, forB: out.forB, broken: out.broken };
  }

  /** Why b ranks where it does for a, strongest first. */
  explain(aId: string, bId: string): Reason[] {
    const a = this.profiles.get(aId);
    const b = this.profiles.get(bId);
    return a && b ? explain(a, b, this.concepts) : [];
  }

  /**
   * A firm's list from its candidate pool (m candidates as parallel arrays: rows, scores and both directions):
   * best first, ties by firm id; diversity decides which firms make the list, which then reads best first.
   * Numbers until the end, no object per candidate: the all-firms run does this for every firm.
   */
  private finish(
    reader: Profile,
    candidates: Candidates,
    m: number,
    rows: ArrayLike<number>,
    scores: ArrayLike<number>,
    forYou: ArrayLike<number>,
    forThem: ArrayLike<number>,
    topK: number,
  ): Recommendation[] {
    if (this.ranking.order.length < m)
      this.ranking = {
        order: new Int32Array(m),
        ranked: new Float64Array(m),
        kinds: new Int32Array(m),
        chosen: new Uint8Array(m),
      };
    const { order, ranked, kinds, chosen } = this.ranking;
    rankOrder(scores, rows, candidates.idRanks, m, order);
    for (let i = 0; i < m; i++) {
      ranked[i] = scores[order[i]!]!;
      kinds[i] = candidates.kinds[rows[order[i]!]!]!;
    }
    const picked = diversePositions(ranked, kinds, m, topK);
    // Positions in `order` are ranks: the picked ranks in order are the list best first.
    chosen.fill(0, 0, m);
    for (const p of picked) chosen[p] = 1;
    const list: Recommendation[] = [];
    for (let p = 0; p < m; p++) {
      if (!chosen[p]) continue;
      const c = order[p]!;
      const row = rows[c]!;
      list.push(
        new LazyRecommendation(
          candidates.ids[row]!,
          scores[c]!,
          forYou[c]!,
          forThem[c]!,
          reader,
          candidates.profiles[row]!,
          this.concepts,
        ),
      );
    }
    return list;
  }

  /** The top K firms for one firm, explained and diversified. */
  recommend(id: string, options: RecommendOptions = {}): Recommendation[] {
    const reader = this.profiles.get(id);
    if (!reader) return [];
    const topK = options.topK ?? 20;
    const poolSize = topK * POOL_FACTOR;
    const n = this.store.size;
    const k = kernel(this.store.arrays, this.params);
    const a = this.store.row(id)!;
    // One pass of the kernel over every row into typed arrays, then the best candidates are kept in a small
    // pool: no object per candidate, no sort of thousands (this is the list after a profile edit, < 50 ms).
    if (this.scratch.rows.length < n) {
      this.scratch = {
        rows: Int32Array.from({ length: Math.max(n, 2 * this.scratch.rows.length) }, (_, i) => i),
        scores: new Float64Array(Math.max(n, 2 * this.scratch.rows.length)),
        forA: new Float64Array(Math.max(n, 2 * this.scratch.rows.length)),
        forB: new Float64Array(Math.max(n, 2 * this.scratch.rows.length)),
        never: new Float64Array(Math.max(n, 2 * this.scratch.rows.length)).fill(Infinity),
      };
    }
    const { rows, scores, forA, forB } = this.scratch;
    const floor = this.params.floor;
    const pool: { row: number; score: number }[] = [];
    let worst = -Infinity;
    // In chunks, each scored against the pool's worst so far: a firm that cannot enter is not scored in full.
    const bar = { a: -1, b: this.scratch.never };
    for (let from = 0; from < n; from += RECOMMEND_CHUNK) {
      const to = Math.min(n, from + RECOMMEND_CHUNK);
      bar.a = pool.length >= poolSize ? worst : -1;
      k.row(a, rows, from, to, scores, forA, forB, bar);
      for (let b = from; b < to; b++) {
        if (b === a) continue;
        let score = k.finish(scores[b]!, false);
        // Only a candidate that could enter the pool needs the rest of the checks.
        if (pool.length >= poolSize && score < worst) continue;
        if (k.broken(a, b)) score = k.finish(scores[b]!, true);
        if (pool.length >= poolSize && score < worst) continue;
        const other = this.profiles.get(this.store.idAt(b))!;
        if (!this.pairAllowed(reader, other, options) || options.exclude?.has(other.firm.id)) continue;
        if (options.filter && !options.filter(other.firm)) continue;
        if (options.adjust) {
          const f = options.adjust(other);
          score = score >= floor ? floor + (score - floor) * f : score * f;
        }
        if (pool.length >= poolSize && score < worst) continue;
        pool.push({ row: b, score });
        // Ties by row, as the all-firms run keeps them.
        pool.sort((x, y) => y.score - x.score || x.row - y.row);
        if (pool.length > poolSize) pool.pop();
        worst = pool.length >= poolSize ? pool[pool.length - 1]!.score : -Infinity;
      }
    }
    // The pool's candidates by their place in it.
    const profiles = pool.map((c) => this.profiles.get(this.store.idAt(c.row))!);
    const ids = profiles.map((p) => p.firm.id);
    return this.finish(
      reader,
      { profiles, ids, kinds: profiles.map((p) => p.kind), idRanks: idOrder(ids) },
      pool.length,
      pool.map((_, i) => i),
      pool.map((c) => c.score),
      pool.map((c) => forA[c.row]!),
      pool.map((c) => forB[c.row]!),
      topK,
    );
  }

  /**
   * Every firm's top K at once: each pair is scored once and offered to both firms' candidate pools; the
   * scoring runs on worker threads where there are several cores. Returns firm id -> recommendations.
   */
  async recommendAll(
    options: PairRule & { topK?: number; threads?: number } = {},
  ): Promise<{ lists: Map<string, Recommendation[]>; pairsScored: number }> {
    const topK = options.topK ?? 20;
    const poolSize = topK * POOL_FACTOR;
    const P = this.store.arrays;
    const n = this.store.size;
    // Score across country groups only (unless same-country pairs are wanted): 5,000 × 5,000 pairs, not 50 million.
    const groups = [0, 1, 2].map((c) => {
      const rows: number[] = [];
      for (let i = 0; i < n; i++) if (P.country[i] === c) rows.push(i);
      return Int32Array.from(rows);
    });
    const tasks: PairTask[] = [];
    for (let g = 0; g < 3; g++) {
      for (let h = g; h < 3; h++) {
        if (g === h && !(options.sameCountry || g === 2)) continue;
        tasks.push({ left: groups[g]!, right: groups[h]!, sameGroup: g === h });
      }
    }
    const { pools, pairs } = await scoreAllPairs(P, tasks, poolSize, options.threads, this.params);
    const lists = new Map<string, Recommendation[]>();
    const byRow = Array.from({ length: n }, (_, i) => this.profiles.get(this.store.idAt(i))!);
    const ids = byRow.map((p) => p.firm.id);
    const candidates: Candidates = {
      profiles: byRow,
      ids,
      kinds: Int32Array.from(byRow, (p) => p.kind),
      idRanks: idOrder(ids),
    };
    // One firm's pool at a time, its filled slots copied to the front of small buffers.
    const rows = new Int32Array(poolSize);
    const scores = new Float64Array(poolSize);
    const forOwner = new Float64Array(poolSize);
    const forOther = new Float64Array(poolSize);
    for (let i = 0; i < n; i++) {
      const reader = byRow[i]!;
      let m = 0;
      for (let k = i * poolSize; k < (i + 1) * poolSize; k++) {
        if (pools.who[k]! < 0) continue;
        rows[m] = pools.who[k]!;
        scores[m] = pools.score[k]!;
        forOwner[m] = pools.forOwner[k]!;
        forOther[m] = pools.forOther[k]!;
        m++;
      }
      lists.set(reader.firm.id, this.finish(reader, candidates, m, rows, scores, forOwner, forOther, topK));
    }
    return { lists, pairsScored: pairs };
  }
}
