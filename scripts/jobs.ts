// Runs the job queue by hand: `npm run jobs -- --once` runs one worker pass now (plan, reminders, digests) and
// exits; `--at 2026-02-04T01:45:00Z` runs it as if it were that time (to see what a reminder or digest would
// say, and in the end-to-end test of the digest). Without --once it runs the loop like an app server does.
import { JOB_HANDLERS } from "@/lib/reminders/handlers";
import { plannerJob } from "@/lib/reminders/plan";
import { startWorkerLoop, workerId, workerPass } from "@/lib/jobs/worker-loop";
import { db } from "@/lib/db";

const args = process.argv.slice(2);
const atIndex = args.indexOf("--at");
const at = atIndex >= 0 ? new Date(args[atIndex + 1] ?? "") : null;
if (at && Number.isNaN(at.getTime())) {
  console.error("--at needs an ISO time, e.g. 2026-02-04T01:45:00Z");
  process.exit(2);
}
const now = at ? () => at : () => new Date();

async function main() {
  if (args.includes("--once")) {
    const report = await workerPass({ workerId: workerId(), handlers: JOB_HANDLERS, recurring: plannerJob, now });
    console.log(JSON.stringify({ at: now().toISOString(), ...report }));
    await db.$disconnect();
  } else {
    startWorkerLoop({ handlers: JOB_HANDLERS, recurring: plannerJob, now });
    setInterval(() => {}, 1 << 30);
  }
}
void main();
