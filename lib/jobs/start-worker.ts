// The app server's job worker (started from instrumentation.ts): reminders, digests and their planner.
// KAKEHASHI_JOBS=off leaves it out (a server that should only serve pages); every other server runs one, and
// the queue's leases make two or more of them send each reminder once.
import { startWorkerLoop, type Loop } from "./worker-loop";
import { JOB_HANDLERS } from "@/lib/reminders/handlers";
import { plannerJob } from "@/lib/reminders/plan";

let loop: Loop | null = null;

export function startJobWorker(): Loop | null {
  if (process.env.KAKEHASHI_JOBS === "off" || loop) return loop;
  loop = startWorkerLoop({
    handlers: JOB_HANDLERS,
    recurring: plannerJob,
    intervalMs: Number(process.env.KAKEHASHI_JOBS_INTERVAL_MS) || 5_000,
  });
  return loop;
}
