// npm run -s match:pairs -- --firms <firms.csv> --pairs <pairs.csv> [--free-text] [--locale en|ja|vi]
//
// Scores pairs of firms from files, with no database: firms in the import format (read leniently, texts read
// the way a save or an import reads them), pairs as a CSV with columns a,b (the firms' refs; extra columns
// ignored). Prints one JSON line per pair, in input order: {"a","b","score","reasons"}; the score is the one the
// app ranks by, and same-country pairs are scored too (as consortium or capacity partners). A pair naming an
// unknown ref still gets a line (score 0, an "error" field) and a message on stderr. --free-text blanks the coded
// offers, seeks and tags, so only statements and descriptions are read.
import { readFileSync } from "node:fs";
import { MatchEngine } from "../lib/matching/engine";
import { firmsFromCsv, pairsFromCsv } from "../lib/matching/firms-from-csv";
import { reasonWords } from "../lib/matching/reason-words";
import { repositoryConcepts } from "../lib/matching/taxonomy-concepts";
import { loadJapanese } from "../lib/matching/text/japanese";
import { TAXONOMY } from "../lib/taxonomy/taxonomy-data";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function main() {
  const firmsPath = arg("firms");
  const pairsPath = arg("pairs");
  if (!firmsPath || !pairsPath) {
    console.error("usage: npm run -s match:pairs -- --firms <firms.csv> --pairs <pairs.csv> [--free-text]");
    process.exitCode = 2;
    return;
  }
  const locale = (arg("locale") ?? "en") as "en" | "ja" | "vi";
  const freeText = process.argv.includes("--free-text");
  const concepts = repositoryConcepts();
  await loadJapanese().catch((e) => console.error(`Japanese analyser not loaded (${e}); reading by characters`));
  const { firms, problems } = firmsFromCsv(readFileSync(firmsPath, "utf8"), concepts);
  for (const p of problems) console.error(`${firmsPath}:${p.line}: ${p.message}`);
  const engine = new MatchEngine(concepts);
  for (const f of firms) {
    try {
      engine.upsert(freeText ? { ...f, offers: [], seeks: [], tags: [] } : f);
    } catch (e) {
      console.error(`${firmsPath}: firm ${f.id} could not be read: ${e instanceof Error ? e.message : e}`);
    }
  }
  const messages = JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"));
  const labels = new Map(
    TAXONOMY.map((t) => [t.code, locale === "ja" ? t.labelJa : locale === "vi" ? t.labelVi : t.labelEn]),
  );
  const label = (code: string) => labels.get(code) ?? code;
  const { pairs } = pairsFromCsv(readFileSync(pairsPath, "utf8"));
  const lines: string[] = [];
  for (const p of pairs) {
    const missing = [p.a, p.b].filter((id) => !engine.has(id));
    if (missing.length || p.a === p.b) {
      const error = missing.length ? `unknown firm ref: ${missing.join(", ")}` : "a firm paired with itself";
      console.error(`${pairsPath}:${p.line}: ${error}`);
      lines.push(JSON.stringify({ a: p.a, b: p.b, score: 0, reasons: [], error }));
      continue;
    }
    const s = engine.score(p.a, p.b, { sameCountry: true })!;
    const reasons = engine.explain(p.a, p.b).map((r) => reasonWords(r, locale, messages, label));
    lines.push(JSON.stringify({ a: p.a, b: p.b, score: Math.round(s.score * 1e6) / 1e6, reasons }));
  }
  process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
}

void main();
