// npm run bench:schedule — every instance in bench/instances/: the scheduler beside a plain greedy placement,
// checked for validity, against the proven optimum where bench/instances/optima.json has one. One JSON line
// per instance.
import { readFileSync, readdirSync } from "node:fs";
import { parseInstance } from "../lib/scheduling/instance";
import { evaluate } from "../lib/scheduling/evaluate";
import { greedySchedule } from "../lib/scheduling/greedy";
import { scheduleMeetings } from "../lib/scheduling/schedule";

const DIR = "bench/instances";
const optima = JSON.parse(readFileSync(`${DIR}/optima.json`, "utf8")) as Record<string, number>;

for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith(".json") && f !== "optima.json")
  .sort()) {
  const inst = parseInstance(JSON.parse(readFileSync(`${DIR}/${file}`, "utf8")));
  const name = file.replace(/\.json$/, "");
  const t = performance.now();
  const schedule = scheduleMeetings(inst, { seed: "bench" });
  const ms = Math.round(performance.now() - t);
  const e = evaluate(inst, schedule);
  const g = evaluate(inst, greedySchedule(inst));
  const optimum = optima[name];
  console.log(
    JSON.stringify({
      name,
      meetings: e.meetings,
      scheduled: e.scheduled,
      weighted: e.weighted,
      breaks: e.breaks,
      maxBreaks: e.maxBreaks,
      ms,
      valid: e.valid,
      optimum: optimum ?? null,
      gapToOptimumPct: optimum ? Math.round(((optimum - e.weighted) / optimum) * 10000) / 100 : null,
      greedy: { weighted: g.weighted, breaks: g.breaks, maxBreaks: g.maxBreaks, valid: g.valid },
    }),
  );
}
