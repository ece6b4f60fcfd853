// npm run eval:match — ranking quality on every labelled set in tests/fixtures/match-eval/<set>/ (firms.csv in
// the import format, pairs.csv with a,b,label,category): AUC overall and per category of poor pair, and the
// precision of each firm's top 5, for the engine reading free text only (coded offers, seeks and tags blanked),
// for the engine with the coded columns too, and for the Jaccard tag-overlap baseline. Prints one JSON line per
// set and variant, then a summary table on stderr.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MatchEngine } from "../lib/matching/engine";
import { auc, jaccardScorer, precisionAt5, type LabelledPair, type Scorer } from "../lib/matching/evaluation";
import { firmsFromCsv, pairsFromCsv } from "../lib/matching/firms-from-csv";
import { repositoryConcepts } from "../lib/matching/taxonomy-concepts";
import { loadJapanese } from "../lib/matching/text/japanese";
import type { MatchFirm } from "../lib/matching/types";
import type { Params } from "../lib/matching/score";

export const EVAL_ROOT = process.env.MATCH_EVAL_ROOT || "tests/fixtures/match-eval";

export type EvalSet = { name: string; firms: (MatchFirm & { name: string })[]; pairs: LabelledPair[] };

export function loadSets(root = EVAL_ROOT): EvalSet[] {
  if (!existsSync(root)) return [];
  const concepts = repositoryConcepts();
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, "firms.csv")))
    .map((d) => {
      const dir = path.join(root, d.name);
      const { firms } = firmsFromCsv(readFileSync(path.join(dir, "firms.csv"), "utf8"), concepts);
      const { pairs } = pairsFromCsv(readFileSync(path.join(dir, "pairs.csv"), "utf8"));
      return {
        name: d.name,
        firms,
        pairs: pairs.map((p) => ({
          a: p.a,
          b: p.b,
          label: p.extra.label === "good" ? "good" : "poor",
          why: p.extra.reason ?? "",
          category: p.extra.category || p.extra.label || "",
        })),
      };
    });
}

export type Variant = "freeText" | "coded";

export function engineFor(set: EvalSet, variant: Variant, params?: Params): Scorer {
  const engine = new MatchEngine(repositoryConcepts(), params);
  for (const f of set.firms) engine.upsert(variant === "freeText" ? { ...f, offers: [], seeks: [], tags: [] } : f);
  return (a, b) => engine.score(a, b, { sameCountry: true })?.score ?? 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function measure(set: EvalSet, score: Scorer) {
  const categories = [...new Set(set.pairs.filter((p) => p.label === "poor").map((p) => p.category))].sort();
  const good = set.pairs.filter((p) => p.label === "good");
  const ids = set.firms.map((f) => f.id);
  return {
    auc: round(auc(set.pairs, score)),
    byCategory: Object.fromEntries(
      categories.map((c) => [c, round(auc([...good, ...set.pairs.filter((p) => p.category === c)], score))]),
    ),
    precisionAt5: round(precisionAt5(set.pairs, score, (id) => ids.filter((x) => x !== id))),
  };
}

export async function evaluate(root = EVAL_ROOT) {
  await loadJapanese();
  const results = [];
  for (const set of loadSets(root)) {
    // The baseline on free text: tag overlap of the capabilities the reader finds (and the sectors).
    const reader = new MatchEngine(repositoryConcepts());
    const freeTextFirms = set.firms.map((f) => {
      reader.upsert({ ...f, offers: [], seeks: [], tags: [] });
      const read = reader.profile(f.id)!.reading.mentions.filter((m) => !m.negated);
      return {
        ...f,
        offers: read.filter((m) => m.direction === "offer").map((m) => ({ code: m.code })),
        seeks: read.filter((m) => m.direction === "seek").map((m) => ({ code: m.code })),
      };
    });
    results.push({
      set: set.name,
      firms: set.firms.length,
      pairs: set.pairs.length,
      good: set.pairs.filter((p) => p.label === "good").length,
      freeText: measure(set, engineFor(set, "freeText")),
      coded: measure(set, engineFor(set, "coded")),
      jaccardCoded: measure(set, jaccardScorer(set.firms)),
      jaccardFreeText: measure(set, jaccardScorer(freeTextFirms)),
    });
  }
  return results;
}

/** Sets written by others and only measured (never looked into for a decision): the honest figures. */
export const HELDOUT_ROOT = process.env.MATCH_HELDOUT_ROOT || "tests/fixtures/match-heldout";

if (process.argv[1]?.endsWith("eval-match.ts")) {
  void (async () => {
    const tuned = await evaluate();
    const heldOut = process.env.MATCH_EVAL_ROOT ? [] : await evaluate(HELDOUT_ROOT);
    return [...tuned.map((r) => ({ ...r, heldOut: false })), ...heldOut.map((r) => ({ ...r, heldOut: true }))];
  })().then((results) => {
    for (const r of results) console.log(JSON.stringify({ eval: "match", ...r }));
    for (const r of results) {
      const rows = (["freeText", "coded", "jaccardCoded", "jaccardFreeText"] as const).map((v) => {
        const m = r[v];
        const cats = Object.entries(m.byCategory)
          .map(([c, x]) => `${c} ${(x as number).toFixed(2)}`)
          .join(", ");
        return `  ${v.padEnd(16)} AUC ${m.auc.toFixed(3)}  P@5 ${m.precisionAt5.toFixed(3)}  (${cats})`;
      });
      console.error(
        `set ${r.set}${r.heldOut ? " (held out)" : ""}: ${r.firms} firms, ${r.pairs} pairs (${r.good} good)\n${rows.join("\n")}`,
      );
    }
  });
}
