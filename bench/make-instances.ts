// npx tsx bench/make-instances.ts [--time-limit S] — writes the held-out-like benchmark instances
// (bench/instances/heldout-*.json, from tests/support/generated-instances.ts) and proves their optima with
// HiGHS's branch-and-cut on the exact model (lib/scheduling/exact.ts), started from the scheduler's schedule;
// an optimum is recorded in optima.json only when HiGHS proves it. Slow (minutes): run once, commit the files.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { heldOutLike, type HeldOutOptions } from "../tests/support/generated-instances";
import { compile, stateOf } from "../lib/scheduling/model";
import { loadHighs, solveExact } from "../lib/scheduling/exact";
import { solveSchedule } from "../lib/scheduling/solve";

const { values } = parseArgs({ options: { "time-limit": { type: "string", default: "900" } } });
const DIR = "bench/instances";

const SETS: (HeldOutOptions & { file: string })[] = [
  { file: "heldout-150-interp", meetings: 150, seed: "b150", interpreterShare: 0.35, pairs: 2, tableSlack: 1.2 },
  { file: "heldout-400-tight", meetings: 400, seed: "b400", tableSlack: 0.6, fixedShare: 0.08 },
  { file: "heldout-800-days", meetings: 800, seed: "b800", sessions: [6, 6, 6, 6], interpreterShare: 0.2 },
  { file: "heldout-1500-skewed", meetings: 1500, seed: "b1500", skew: 1.3, fixedShare: 0.05 },
  { file: "heldout-2000-mixed", meetings: 2000, seed: "b2000", interpreterShare: 0.15, pairs: 2, tableSlack: 0.9 },
];

async function main() {
  const highs = await loadHighs();
  const optima = JSON.parse(readFileSync(`${DIR}/optima.json`, "utf8")) as Record<string, number | string>;
  for (const set of SETS) {
    const { file, ...options } = set;
    const inst = { ...heldOutLike(options), name: file };
    writeFileSync(`${DIR}/${file}.json`, JSON.stringify(inst) + "\n");
    const run = await solveSchedule(inst, { timeLimitMs: 10_000 });
    const model = compile(inst);
    const t = performance.now();
    const exact = solveExact(highs, model, stateOf(model, run.schedule), {
      timeLimitMs: Number(values["time-limit"]) * 1000,
      target: run.bound,
    });
    const proven = exact.optimal || (exact.weight >= run.bound && Number.isFinite(exact.weight));
    const best = Math.max(run.weighted, exact.weight);
    console.log(
      JSON.stringify({
        file,
        meetings: inst.meetings.length,
        scheduler: run.weighted,
        bound: run.bound,
        exact: exact.weight,
        exactBound: exact.bound,
        proven,
        seconds: Math.round((performance.now() - t) / 1000),
      }),
    );
    if (proven) optima[file] = best;
    else delete optima[file];
  }
  writeFileSync(`${DIR}/optima.json`, JSON.stringify(optima, null, 2) + "\n");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
