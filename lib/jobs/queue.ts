// The persistent job queue, in the database through Prisma so that it runs the same on SQLite and PostgreSQL
// and across app servers. No library: the maintained ones are PostgreSQL-only (pg-boss, graphile-worker,
// @mgcrea/prisma-queue), SQLite-only (liteque, plainjob), need Redis (BullMQ) or MongoDB (Agenda), or, like
// Sidequest, need Node 22, run their own Knex connection and migrations beside ours and execute jobs in forked
// processes by file path. This one is a table (Job) and two compare-and-set updates:
//
// - enqueue: `key` is unique, so the same reminder enqueued twice (two planners, a retry) is stored once;
// - claim: a PENDING job that is due, or a RUNNING one whose lease ran out, becomes RUNNING under this worker's
//   lease in one conditional update; of two workers only one update matches;
// - finish: the job is marked DONE under the same condition (still this worker's lease) in the transaction that
//   writes the job's effect (an in-app notification), so a worker that lost its lease rolls its effect back.
//   Effects outside the database (email) run after that commit: a server killed between the commit and the
//   mail server's answer loses that one email rather than sending it twice.
// A job past `expiresAt` when it is claimed (it was due while every server was down) is DROPPED with the reason
// kept in `lastError`, never run late.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

export type NewJob = {
  key: string;
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  expiresAt?: Date | null;
};

/** Stores the jobs whose keys are new; returns how many were added. Safe to call again with the same jobs. */
export async function enqueue(jobs: readonly NewJob[], client: Pick<Tx, "job"> = db): Promise<number> {
  let added = 0;
  const CHUNK = 500;
  for (let i = 0; i < jobs.length; i += CHUNK) {
    const chunk = jobs.slice(i, i + CHUNK);
    const existing = await client.job.findMany({
      where: { key: { in: chunk.map((j) => j.key) } },
      select: { key: true },
    });
    const known = new Set(existing.map((e) => e.key));
    const fresh = chunk.filter((j, index) => !known.has(j.key) && chunk.findIndex((o) => o.key === j.key) === index);
    if (fresh.length === 0) continue;
    const rows = fresh.map((j) => ({
      key: j.key,
      kind: j.kind,
      payload: JSON.stringify(j.payload ?? {}),
      runAt: j.runAt,
      expiresAt: j.expiresAt ?? null,
    }));
    try {
      added += (await client.job.createMany({ data: rows })).count;
    } catch (e) {
      // Another planner stored some of them meanwhile: one at a time, skipping those.
      if (!isUniqueViolation(e) || client !== db) throw e;
      for (const row of rows) {
        try {
          await db.job.create({ data: row });
          added++;
        } catch (inner) {
          if (!isUniqueViolation(inner)) throw inner;
        }
      }
    }
  }
  return added;
}

export type ClaimedJob = {
  id: string;
  key: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  expiresAt: Date | null;
  attempts: number;
};

/** What a handler does with a job: its effect in the finishing transaction, and what may only follow a commit. */
export type JobOutcome = { result: "done"; after?: () => Promise<void> } | { result: "dropped"; reason: string };

export type JobHandler = (job: ClaimedJob, context: { tx: Tx; now: Date }) => Promise<JobOutcome>;

export type WorkerOptions = {
  workerId: string;
  handlers: Record<string, JobHandler>;
  /** The worker's clock: tests pass a fake one. */
  now?: () => Date;
  /** How long a claimed job is this worker's before another may take it over. */
  leaseMs?: number;
  /** How many due jobs one pass looks at. */
  batch?: number;
  /** After this many failed attempts a job is FAILED and left alone. */
  maxAttempts?: number;
};

const due = (now: Date): Prisma.JobWhereInput => ({
  OR: [
    { status: "PENDING", runAt: { lte: now } },
    { status: "RUNNING", lockedUntil: { lt: now } },
  ],
});

/** Claims one job for this worker, or returns null when another worker got it first. */
async function claim(id: string, workerId: string, now: Date, leaseMs: number) {
  const { count } = await db.job.updateMany({
    where: { id, ...due(now) },
    data: {
      status: "RUNNING",
      lockedBy: workerId,
      lockedUntil: new Date(now.getTime() + leaseMs),
      attempts: { increment: 1 },
    },
  });
  return count === 1;
}

class LeaseLost extends Error {}

/** Marks the job finished, in `tx`, if it is still this worker's; otherwise the transaction must roll back. */
async function finish(
  tx: Tx,
  id: string,
  workerId: string,
  now: Date,
  status: "DONE" | "DROPPED",
  reason: string | null,
) {
  const { count } = await tx.job.updateMany({
    where: { id, status: "RUNNING", lockedBy: workerId },
    data: { status, finishedAt: now, lockedUntil: null, lastError: reason },
  });
  if (count !== 1) throw new LeaseLost();
}

export type PassReport = { done: number; dropped: number; failed: number; retried: number; lost: number };

/**
 * One pass of a worker: every job due now (up to `batch`), each claimed, run and finished. Several workers may
 * run passes at the same time, in one process or many; each job is run by one of them.
 */
export async function runDueJobs(options: WorkerOptions): Promise<PassReport> {
  const { workerId, handlers, leaseMs = 60_000, batch = 50, maxAttempts = 5 } = options;
  const clock = options.now ?? (() => new Date());
  const report: PassReport = { done: 0, dropped: 0, failed: 0, retried: 0, lost: 0 };
  const candidates = await db.job.findMany({
    where: due(clock()),
    orderBy: [{ runAt: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true },
  });
  for (const { id } of candidates) {
    const now = clock();
    if (!(await claim(id, workerId, now, leaseMs))) continue;
    const row = await db.job.findUniqueOrThrow({ where: { id } });
    const job: ClaimedJob = {
      id: row.id,
      key: row.key,
      kind: row.kind,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      runAt: row.runAt,
      expiresAt: row.expiresAt,
      attempts: row.attempts,
    };
    try {
      let after: (() => Promise<void>) | undefined;
      await db.$transaction(async (tx) => {
        // The job is finished in the same transaction as its effect. Had another worker taken it over meanwhile
        // (this one's lease ran out), finish matches nothing and the effect rolls back; once finish has run, the
        // row is this transaction's until commit, and a worker trying to take it over then finds it done.
        if (job.expiresAt && now > job.expiresAt) {
          await finish(tx, id, workerId, now, "DROPPED", "too late: due while no worker ran");
          report.dropped++;
          return;
        }
        const handler = handlers[job.kind];
        if (!handler) {
          await finish(tx, id, workerId, now, "DROPPED", `no handler for ${job.kind}`);
          report.dropped++;
          return;
        }
        const outcome = await handler(job, { tx, now });
        if (outcome.result === "dropped") {
          await finish(tx, id, workerId, now, "DROPPED", outcome.reason);
          report.dropped++;
        } else {
          await finish(tx, id, workerId, now, "DONE", null);
          after = outcome.after;
          report.done++;
        }
      });
      if (after)
        await after().catch((e) => console.error(`job ${job.key}: after commit:`, e instanceof Error ? e.message : e));
    } catch (e) {
      if (e instanceof LeaseLost) {
        report.lost++;
        continue;
      }
      const failed = job.attempts >= maxAttempts;
      const message = e instanceof Error ? e.message : String(e);
      // Back to the queue a little later (or given up), if it is still ours.
      await db.job.updateMany({
        where: { id, status: "RUNNING", lockedBy: workerId },
        data: failed
          ? { status: "FAILED", lastError: message.slice(0, 500), lockedUntil: null, finishedAt: now }
          : {
              status: "PENDING",
              lastError: message.slice(0, 500),
              lockedBy: null,
              lockedUntil: null,
              runAt: new Date(now.getTime() + job.attempts * 60_000),
            },
      });
      if (failed) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/** Finished jobs older than `keepMs` go, so the table holds what is pending and a week of history. */
export async function pruneJobs(now: Date, keepMs = 7 * 24 * 3_600_000): Promise<number> {
  const { count } = await db.job.deleteMany({
    where: { status: { in: ["DONE", "DROPPED"] }, finishedAt: { lt: new Date(now.getTime() - keepMs) } },
  });
  return count;
}
