// npm run schedule -- <instance.json> [--out schedule.json] [--seed S]
// Reads an instance in the exchange format, writes the schedule (to the file, or standard output), and
// reports on standard error what it achieved.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { InstanceError, parseInstance } from "../lib/scheduling/instance";
import { evaluate } from "../lib/scheduling/evaluate";
import { scheduleMeetings } from "../lib/scheduling/schedule";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string" }, seed: { type: "string", default: "kakehashi" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: npm run schedule -- <instance.json> [--out schedule.json] [--seed S]");
  process.exit(2);
}
try {
  const inst = parseInstance(JSON.parse(readFileSync(file, "utf8")));
  const started = performance.now();
  const schedule = scheduleMeetings(inst, { seed: values.seed });
  const ms = Math.round(performance.now() - started);
  const e = evaluate(inst, schedule);
  const text = JSON.stringify(schedule, null, 1);
  if (values.out) writeFileSync(values.out, text + "\n");
  else console.log(text);
  console.error(
    JSON.stringify({
      name: inst.name,
      meetings: e.meetings,
      scheduled: e.scheduled,
      weighted: e.weighted,
      breaks: e.breaks,
      maxBreaks: e.maxBreaks,
      ms,
      valid: e.valid,
    }),
  );
  process.exit(e.valid ? 0 : 1);
} catch (err) {
  console.error(
    err instanceof InstanceError || err instanceof SyntaxError ? `Not a valid instance: ${err.message}` : err,
  );
  process.exit(2);
}
