// npm run eval:match — the engine's ranking quality on tests/fixtures/matching-eval.json beside a plain
// tag-overlap (Jaccard) baseline. Prints one JSON line.
import { readFileSync } from "node:fs";
import { MatchEngine } from "../lib/matching/engine";
import { auc, jaccardScorer, precisionAt5, type LabelledPair } from "../lib/matching/evaluation";
import { repositoryConcepts } from "../lib/matching/taxonomy-concepts";
import type { MatchFirm } from "../lib/matching/types";

export function loadEvaluation(path = "tests/fixtures/matching-eval.json") {
  const data = JSON.parse(readFileSync(path, "utf8")) as {
    firms: (MatchFirm & { name: string })[];
    pairs: LabelledPair[];
  };
  const engine = new MatchEngine(repositoryConcepts());
  for (const f of data.firms) engine.upsert(f);
  const engineScore = (a: string, b: string) => engine.score(a, b)?.score ?? 0;
  return { data, engine, engineScore, baseline: jaccardScorer(data.firms) };
}

export function evaluate() {
  const { data, engineScore, baseline } = loadEvaluation();
  const country = new Map(data.firms.map((f) => [f.id, f.country]));
  const candidatesOf = (id: string) =>
    data.firms.filter((f) => f.id !== id && f.country !== country.get(id)).map((f) => f.id);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    firms: data.firms.length,
    pairs: data.pairs.length,
    good: data.pairs.filter((p) => p.label === "good").length,
    engine: {
      auc: round(auc(data.pairs, engineScore)),
      precisionAt5: round(precisionAt5(data.pairs, engineScore, candidatesOf)),
    },
    baseline: {
      name: "jaccard",
      auc: round(auc(data.pairs, baseline)),
      precisionAt5: round(precisionAt5(data.pairs, baseline, candidatesOf)),
    },
  };
}

if (process.argv[1]?.endsWith("eval-match.ts")) console.log(JSON.stringify({ eval: "match", ...evaluate() }));
