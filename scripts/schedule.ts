// npm run schedule -- <instance.json> [--out schedule.json] [--seed S] [--fair] [--time-limit MS] [--no-exact]
// Reads an instance in the exchange format (lib/scheduling/FORMAT.md), writes the schedule (to the file, or
// standard output) with the bound the run proved, and reports on standard error what it achieved.
// Always writes a valid schedule: if the search fails, the plain greedy schedule is written instead.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { InstanceError, parseInstance } from "../lib/scheduling/instance";
import { evaluate } from "../lib/scheduling/evaluate";
import { greedySchedule } from "../lib/scheduling/greedy";
import { solveSchedule } from "../lib/scheduling/solve";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    seed: { type: "string", default: "kakehashi" },
    fair: { type: "boolean", default: false },
    "time-limit": { type: "string" },
    "no-exact": { type: "boolean", default: false },
    progress: { type: "boolean", default: false },
  },
});

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file) {
    console.error(
      "usage: npm run schedule -- <instance.json> [--out schedule.json] [--seed S] [--fair] [--time-limit MS] [--no-exact]",
    );
    return 2;
  }
  let inst;
  try {
    inst = parseInstance(JSON.parse(readFileSync(file, "utf8")));
  } catch (err) {
    console.error(
      err instanceof InstanceError || err instanceof SyntaxError ? `Not a valid instance: ${err.message}` : err,
    );
    return 2;
  }
  const started = performance.now();
  const run = await solveSchedule(inst, {
    seed: values.seed,
    fair: values.fair,
    exact: !values["no-exact"],
    timeLimitMs: values["time-limit"] ? Number(values["time-limit"]) : undefined,
    onProgress: values.progress ? (p) => console.error(JSON.stringify(p)) : undefined,
  });
  let schedule = run.schedule;
  let e = evaluate(inst, schedule);
  if (!e.valid) {
    schedule = greedySchedule(inst);
    e = evaluate(inst, schedule);
  }
  const ms = Math.round(performance.now() - started);
  const out = {
    ...schedule,
    weighted: e.weighted,
    bound: run.bound,
    gap: round(run.gap),
    proven: e.weighted >= run.bound,
    breaks: e.breaks,
    maxBreaks: e.maxBreaks,
  };
  const text = JSON.stringify(out, null, 1);
  if (values.out) writeFileSync(values.out, text + "\n");
  else console.log(text);
  console.error(
    JSON.stringify({
      name: inst.name,
      meetings: e.meetings,
      scheduled: e.scheduled,
      weighted: e.weighted,
      bound: run.bound,
      gap: round(run.gap),
      proven: e.weighted >= run.bound,
      breaks: e.breaks,
      maxBreaks: e.maxBreaks,
      ms,
      valid: e.valid,
      ...(e.valid ? {} : { violations: e.violations.slice(0, 10) }),
    }),
  );
  return e.valid ? 0 : 1;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
