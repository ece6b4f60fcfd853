// The taxonomy compiled for scoring: every capability gets a number, and a table says how much an offer of
// one capability meets a seek of another (the tree makes near misses count for something).
import { foldForSearch } from "../text/normalize";
import type { Concept } from "./types";

// How much an offer meets a seek: the same capability fully; a narrower one (seek "embedded systems", offer
// "automotive software") mostly; a broader one (seek "AUTOSAR", offer "embedded systems") partly; a sibling
// a little.
export const CREDIT = { same: 1, narrower: 0.7, broader: 0.5, sibling: 0.25 } as const;

export class ConceptIndex {
  readonly capabilities: string[];
  readonly sectors: string[];
  private readonly capIndex = new Map<string, number>();
  private readonly sectorIndex = new Map<string, number>();
  /** credit[seek * n + offer] */
  readonly credit: Float32Array;
  readonly termsByCapability: { index: number; term: string; word: RegExp | null }[];

  constructor(concepts: Concept[]) {
    const caps = concepts.filter((c) => c.kind === "CAPABILITY");
    this.capabilities = caps.map((c) => c.code);
    this.sectors = concepts.filter((c) => c.kind === "SECTOR").map((c) => c.code);
    if (this.sectors.length > 31) throw new Error("sector masks hold at most 31 sectors");
    caps.forEach((c, i) => this.capIndex.set(c.code, i));
    this.sectors.forEach((c, i) => this.sectorIndex.set(c, i));
    const parent = new Map(caps.map((c) => [c.code, c.parent]));
    const ancestors = (code: string) => {
      const out: string[] = [];
      for (let p = parent.get(code) ?? null; p; p = parent.get(p) ?? null) out.push(p);
      return out;
    };
    const n = caps.length;
    this.credit = new Float32Array(n * n);
    for (const seek of caps) {
      for (const offer of caps) {
        let c = 0;
        if (seek.code === offer.code) c = CREDIT.same;
        else if (ancestors(offer.code).includes(seek.code)) c = CREDIT.narrower;
        else if (ancestors(seek.code).includes(offer.code)) c = CREDIT.broader;
        else if (seek.parent && seek.parent === offer.parent) c = CREDIT.sibling;
        this.credit[this.capIndex.get(seek.code)! * n + this.capIndex.get(offer.code)!] = c;
      }
    }
    // Longest terms first, so "automotive embedded software" is found before "embedded".
    this.termsByCapability = caps
      .flatMap((c) =>
        [...new Set(c.terms.map(foldForSearch).filter((t) => t.length >= 2))].map((term) => ({
          index: this.capIndex.get(c.code)!,
          term,
          // Latin terms must stand as words ("ems" is not inside "systems"); Japanese ones match anywhere.
          word: /^[\p{Script=Latin}\d\s\-/.&+]+$/u.test(term)
            ? new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u")
            : null,
        })),
      )
      .sort((a, b) => b.term.length - a.term.length);
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
