// npm run -s inspect:match -- <set> [--coded] [--category near_miss] [--top 30] [--firm B-001]
// For studying failures as classes: the pairs of one evaluation set that cost the most AUC (a poor pair above
// many good ones, a good pair below many poor ones), each with the engine's reading of both firms, its reasons
// and the author's. A development tool; it prints text, not JSON.
import { MatchEngine } from "../lib/matching/engine";
import { repositoryConcepts } from "../lib/matching/taxonomy-concepts";
import { loadJapanese } from "../lib/matching/text/japanese";
import { INTENTS } from "../lib/matching/intents";
import { loadSets } from "./eval-match";
import type { Profile } from "../lib/matching/profile";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function describe(p: Profile, engine: MatchEngine): string {
  const caps = engine.concepts.capabilities;
  const list = (c: Int32Array, w: Float32Array) => Array.from(c, (x, i) => `${caps[x]}:${w[i]!.toFixed(2)}`).join(" ");
  const wants = INTENTS.filter((_, i) => p.wants & (1 << i)).join(",");
  const refuses = INTENTS.filter((_, i) => p.refuses & (1 << i)).join(",");
  const r = p.reading;
  const req = JSON.stringify(r.required);
  const negated = r.mentions.filter((m) => m.negated).map((m) => `${m.direction}:${m.code}`);
  return [
    `${p.firm.id} ${p.firm.country} band${p.band} emp ${p.empMin}-${p.empMax} type=${p.firm.firmType ?? "-"} intentsCol=${(p.firm.intents ?? []).join(",") || "-"}`,
    `   offers ${list(p.offerCaps, p.offerWeights)}`,
    `   seeks  ${list(p.seekCaps, p.seekWeights)}`,
    `   vendor ${p.vendor} avail ${p.avail} wants [${wants}] refuses [${refuses}] ja ${p.ja.toFixed(2)} en ${p.en.toFixed(2)} vi ${p.vi.toFixed(2)} presence ${p.presence.toString(2)}`,
    `   required ${req} reqLang ${p.reqLang} reqMin ${p.reqMinEmployees} reqPlaces ${p.reqPlaces.join(",")}`,
    negated.length ? `   negated ${negated.join(" ")}` : "",
    p.investor
      ? `   investor thesis ${Array.from(p.thesisCaps, (c) => caps[c]).join(" ")} excludes ${Array.from(p.excludedCaps, (c) => caps[c]).join(" ")}`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
}

async function main() {
  await loadJapanese();
  const name = process.argv[2];
  const set = loadSets().find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}`);
  const coded = process.argv.includes("--coded");
  const engine = new MatchEngine(repositoryConcepts());
  for (const f of set.firms) engine.upsert(coded ? f : { ...f, offers: [], seeks: [], tags: [] });
  const firm = arg("firm");
  if (firm) {
    console.log(describe(engine.profile(firm)!, engine));
    for (const m of engine.profile(firm)!.reading.mentions)
      console.log(
        `   ${m.direction} ${m.code} ${m.weight.toFixed(2)} ${m.negated ? "NEG " : ""}${m.source} «${m.phrase}»`,
      );
    return;
  }
  const scored = set.pairs.map((p) => ({ ...p, s: engine.score(p.a, p.b, { sameCountry: true })! }));
  const good = scored.filter((p) => p.label === "good").map((p) => p.s.score);
  const poor = scored.filter((p) => p.label === "poor").map((p) => p.s.score);
  const harm = (p: (typeof scored)[number]) =>
    p.label === "good"
      ? poor.filter((x) => x > p.s.score).length / poor.length
      : good.filter((x) => x < p.s.score).length / good.length;
  const category = arg("category");
  const top = Number(arg("top") ?? 25);
  const worst = scored
    .filter((p) => !category || p.category === category)
    .map((p) => ({ ...p, harm: harm(p) }))
    .sort((x, y) => y.harm - x.harm)
    .slice(0, top);
  for (const p of worst) {
    console.log(
      `\n== ${p.a} / ${p.b}  ${p.category}  score ${p.s.score.toFixed(3)} (forA ${p.s.forA.toFixed(2)} forB ${p.s.forB.toFixed(2)}${p.s.broken ? " BROKEN" : ""})  harm ${p.harm.toFixed(2)}`,
    );
    console.log(`   author: ${p.why}`);
    console.log(
      `   engine: ${JSON.stringify(engine.explain(p.a, p.b).map((r) => r.kind + ("dealbreaker" in r ? ":" + JSON.stringify(r.dealbreaker) : "capability" in r ? ":" + r.capability : "")))}`,
    );
    console.log(describe(engine.profile(p.a)!, engine));
    console.log(describe(engine.profile(p.b)!, engine));
  }
}

void main();
