// npm run bench:schedule [-- name ...] [--fair] [--time-scale X] — every instance in bench/instances/: the
// scheduler's run (weighted count, the bound it proved, the gap between them, whether that is the proven
// optimum, breaks, time) beside a plain greedy placement, checked for validity, against the optimum recorded
// in bench/instances/optima.json (proven by an exact MIP). One JSON line per instance. Timings depend on what
// else the machine runs: cpuMs is this process's own CPU time; on a busy machine --time-scale 3 gives the run
// about the CPU time an idle machine would give it in its default budget.
import { readFileSync, readdirSync } from "node:fs";
import { parseInstance } from "../lib/scheduling/instance";
import { evaluate } from "../lib/scheduling/evaluate";
import { greedySchedule } from "../lib/scheduling/greedy";
import { defaultBudgetMs, solveSchedule } from "../lib/scheduling/solve";

const DIR = "bench/instances";
const optima = JSON.parse(readFileSync(`${DIR}/optima.json`, "utf8")) as Record<string, number>;
const args = process.argv.slice(2);
const fair = args.includes("--fair");
const scaleAt = args.indexOf("--time-scale");
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
const names = args.filter((a, i) => !a.startsWith("--") && (scaleAt < 0 || i !== scaleAt + 1));

async function main() {
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith(".json") && f !== "optima.json")
    .sort()) {
    const name = file.replace(/\.json$/, "");
    if (names.length && !names.includes(name)) continue;
    const inst = parseInstance(JSON.parse(readFileSync(`${DIR}/${file}`, "utf8")));
    const cpu = process.cpuUsage();
    const t = performance.now();
    const run = await solveSchedule(inst, {
      seed: "bench",
      fair,
      timeLimitMs: defaultBudgetMs(inst.meetings.length) * scale,
    });
    const ms = Math.round(performance.now() - t);
    const used = process.cpuUsage(cpu);
    const e = evaluate(inst, run.schedule);
    const g = evaluate(inst, greedySchedule(inst));
    const optimum = optima[name];
    console.log(
      JSON.stringify({
        name,
        meetings: e.meetings,
        scheduled: e.scheduled,
        weighted: e.weighted,
        optimum: optimum ?? null,
        bound: run.bound,
        gap: Math.round(run.gap * 1e6) / 1e6,
        proven: run.proven,
        ofOptimumPct: optimum ? Math.round((e.weighted / optimum) * 10000) / 100 : null,
        breaks: e.breaks,
        maxBreaks: e.maxBreaks,
        ms,
        cpuMs: Math.round((used.user + used.system) / 1000),
        valid: e.valid,
        ...(fair ? { fair: true } : {}),
        ...(scale !== 1 ? { timeScale: scale } : {}),
        phases: Object.fromEntries(run.phases.map((p) => [p.phase, p.ms])),
        greedy: { weighted: g.weighted, breaks: g.breaks, maxBreaks: g.maxBreaks, valid: g.valid },
      }),
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
