// Ranking quality on a labelled set of pairs: the AUC (how often a good pair outscores a poor one) and the
// precision of each firm's top 5 among its labelled partners. Pure: scorers come in as functions.
import type { MatchFirm } from "./types";

export type LabelledPair = { a: string; b: string; label: "good" | "poor"; why: string; category?: string };
export type Scorer = (a: string, b: string) => number;

export function auc(pairs: LabelledPair[], score: Scorer): number {
  const good = pairs.filter((p) => p.label === "good").map((p) => score(p.a, p.b));
  const poor = pairs.filter((p) => p.label === "poor").map((p) => score(p.a, p.b));
  let wins = 0;
  for (const g of good) for (const p of poor) wins += g > p ? 1 : g === p ? 0.5 : 0;
  return good.length && poor.length ? wins / (good.length * poor.length) : 0;
}

/**
 * For every firm with a good labelled partner: rank all firms of the set it may be paired with, and count the
 * good partners found in the top 5 (out of at most 5, or of its good partners if fewer). Labelled-poor and
 * unlabelled firms in the top 5 count against it.
 */
export function precisionAt5(pairs: LabelledPair[], score: Scorer, candidatesOf: (firm: string) => string[]): number {
  const good = new Map<string, Set<string>>();
  for (const p of pairs.filter((x) => x.label === "good")) {
    good.set(p.a, (good.get(p.a) ?? new Set()).add(p.b));
    good.set(p.b, (good.get(p.b) ?? new Set()).add(p.a));
  }
  const precisions: number[] = [];
  for (const [firm, partners] of good) {
    const top = candidatesOf(firm)
      .map((other) => ({ other, s: score(firm, other) }))
      .sort((x, y) => y.s - x.s || (x.other < y.other ? -1 : 1))
      .slice(0, 5);
    precisions.push(top.filter((t) => partners.has(t.other)).length / Math.min(5, partners.size));
  }
  return precisions.length ? precisions.reduce((s, x) => s + x, 0) / precisions.length : 0;
}

/** The plain baseline: Jaccard overlap of the two firms' tags (sectors, offered and sought capabilities). */
export function jaccardScorer(firms: MatchFirm[]): Scorer {
  const tags = new Map(
    firms.map((f) => [
      f.id,
      new Set([
        ...f.sectors.map((s) => `s:${s}`),
        ...f.offers.map((o) => `c:${o.code}`),
        ...f.seeks.map((o) => `c:${o.code}`),
      ]),
    ]),
  );
  return (a, b) => {
    const x = tags.get(a)!;
    const y = tags.get(b)!;
    const inter = [...x].filter((t) => y.has(t)).length;
    const union = new Set([...x, ...y]).size;
    return union ? inter / union : 0;
  };
}
