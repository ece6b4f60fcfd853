// The taxonomy compiled for scoring: every capability gets a number, and a table says how much an offer of
// one capability meets a seek of another (the tree makes near misses count for a little, not for a match).
import { TextReader } from "./text/read-text";
import type { Concept } from "./types";

// How much an offer meets a seek: the same capability fully; a narrower one (seek "embedded systems", offer
// "automotive software") mostly; a broader one (seek "AUTOSAR", offer "embedded systems") partly, less the
// further up; a sibling (seek SAP, offer Oracle EBS) a little: a near miss, not a match.
// (The parent 0.45 and the grandparent 0.25 until session 11: lower, the three newest sets each rose by 0.001 and
// the mean over all sets by 0.001; a broad offer for a narrow need is the near miss the sets' authors see.)
export const CREDIT = { same: 1, narrower: 0.8, broader: 0.25, broader2: 0.15, sibling: 0.15 } as const;

export class ConceptIndex {
  readonly capabilities: string[];
  readonly sectors: string[];
  private readonly capIndex = new Map<string, number>();
  private readonly sectorIndex = new Map<string, number>();
  /** credit[seek * n + offer] */
  readonly credit: Float32Array;
  /** For each capability, a bit for its tree (its root): offers and seeks in different trees never meet. */
  readonly domainBit: Int32Array;
  readonly parentOf: Int32Array;
  readonly reader: TextReader;

  constructor(concepts: Concept[]) {
    const caps = concepts.filter((c) => c.kind === "CAPABILITY");
    this.capabilities = caps.map((c) => c.code);
    this.sectors = concepts.filter((c) => c.kind === "SECTOR").map((c) => c.code);
    if (this.sectors.length > 31) throw new Error("sector masks hold at most 31 sectors");
    caps.forEach((c, i) => this.capIndex.set(c.code, i));
    this.sectors.forEach((c, i) => this.sectorIndex.set(c, i));
    const n = caps.length;
    this.parentOf = Int32Array.from(caps, (c) => (c.parent ? (this.capIndex.get(c.parent) ?? -1) : -1));
    const ancestors = (i: number) => {
      const out: number[] = [];
      for (let p = this.parentOf[i]!; p >= 0 && out.length < 16; p = this.parentOf[p]!) out.push(p);
      return out;
    };
    const rootOf = (i: number) => {
      const a = ancestors(i);
      return a.length ? a[a.length - 1]! : i;
    };
    const roots = [...new Set(caps.map((_, i) => rootOf(i)))];
    this.domainBit = Int32Array.from(caps, (_, i) => 1 << (roots.indexOf(rootOf(i)) % 31));
    this.credit = new Float32Array(n * n);
    for (let seek = 0; seek < n; seek++) {
      const seekUp = ancestors(seek);
      for (let offer = 0; offer < n; offer++) {
        let c = 0;
        if (seek === offer) c = CREDIT.same;
        else if (ancestors(offer).includes(seek)) c = CREDIT.narrower;
        else if (seekUp[0] === offer) c = CREDIT.broader;
        else if (seekUp.includes(offer)) c = CREDIT.broader2;
        else if (this.parentOf[seek]! >= 0 && this.parentOf[seek] === this.parentOf[offer]) c = CREDIT.sibling;
        this.credit[seek * n + offer] = c;
      }
    }
    this.reader = new TextReader(caps.map((c) => ({ code: c.code, terms: c.terms })));
  }

  capability(code: string): number | undefined {
    return this.capIndex.get(code);
  }

  sector(code: string): number | undefined {
    return this.sectorIndex.get(code);
  }

  get size(): number {
    return this.capabilities.length;
  }
}
