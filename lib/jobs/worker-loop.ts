// Where the queue runs: a loop in each app server (started from instrumentation.ts), a pass every few seconds.
// Each pass first enqueues the planner's job for the current minute (one per minute whatever the number of
// servers: its key is the minute), then runs what is due. Passes never overlap within a server; across servers
// the queue's leases decide. Tests drive the same loop with a fake clock and several workers.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { enqueue, runDueJobs, type JobHandler, type PassReport } from "./queue";

export type LoopOptions = {
  handlers: Record<string, JobHandler>;
  workerId?: string;
  intervalMs?: number;
  now?: () => Date;
  leaseMs?: number;
  /** Jobs every pass makes sure exist before it runs what is due (the planner's job for this minute). */
  recurring?: (now: Date) => Parameters<typeof enqueue>[0];
  onPass?: (report: PassReport) => void;
};

export function workerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** One pass, as the loop runs it: the recurring jobs, then everything due. */
export async function workerPass(options: LoopOptions & { workerId: string }): Promise<PassReport> {
  const now = options.now ?? (() => new Date());
  if (options.recurring) await enqueue(options.recurring(now()));
  // A round that ran something may have made more due work (the planner's reminders): go on, a few rounds at most.
  const total: PassReport = { done: 0, dropped: 0, failed: 0, retried: 0, lost: 0 };
  for (let round = 0; round < 5; round++) {
    const r = await runDueJobs({
      workerId: options.workerId,
      handlers: options.handlers,
      now,
      leaseMs: options.leaseMs,
    });
    for (const k of Object.keys(total) as (keyof PassReport)[]) total[k] += r[k];
    if (r.done + r.dropped === 0) break;
  }
  return total;
}

export type Loop = { stop: () => Promise<void>; workerId: string };

export function startWorkerLoop(options: LoopOptions): Loop {
  const id = options.workerId ?? workerId();
  const intervalMs = options.intervalMs ?? 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = workerPass({ ...options, workerId: id })
      .then((report) => options.onPass?.(report))
      .catch((e) => console.error("job worker pass failed:", e instanceof Error ? e.message : e))
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, intervalMs);
          timer.unref?.();
        }
      });
  };
  timer = setTimeout(tick, Math.min(intervalMs, 1_000));
  // The loop must not keep a process alive that is otherwise done (scripts, tests).
  timer.unref?.();
  return {
    workerId: id,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
