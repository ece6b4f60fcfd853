// All-pairs scoring on several cores: worker threads share the left rows of every group pair (shareRows);
// each keeps its own candidate pools, merged here (a firm's best partners are the best of the workers' bests).
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createBoard, createPools, PairScorer, shareRows, type PairTask, type Pools } from "./batch-kernel";
import { seedPairs, type SeedPairs } from "./seed-pairs";
import type { Packed } from "./store";
import { PARAMS, type Params } from "./score";

export type { PairTask } from "./batch-kernel";

/** The workers' pools (each in order, best first) merged into one: each firm's best of their bests. */
function merge(parts: Pools[], firms: number, poolSize: number): Pools {
  if (parts.length === 1) return parts[0]!;
  const merged = createPools(firms, poolSize);
  const head = new Int32Array(parts.length);
  for (let i = 0; i < firms; i++) {
    const base = i * poolSize;
    head.fill(base);
    for (let s = base; s < base + poolSize; s++) {
      // The best of the parts' next entries; ties by row, as a single thread keeps them.
      let from = -1;
      for (let p = 0; p < parts.length; p++) {
        const k = head[p]!;
        if (k >= base + poolSize) continue;
        const who = parts[p]!.who[k]!;
        if (who < 0) continue;
        if (from < 0) {
          from = p;
          continue;
        }
        const best = parts[from]!;
        const bk = head[from]!;
        const sc = parts[p]!.score[k]!;
        if (sc > best.score[bk]! || (sc === best.score[bk]! && who < best.who[bk]!)) from = p;
      }
      if (from < 0) break;
      const part = parts[from]!;
      const k = head[from]!;
      merged.score[s] = part.score[k]!;
      merged.forOwner[s] = part.forOwner[k]!;
      merged.forOther[s] = part.forOther[k]!;
      merged.who[s] = part.who[k]!;
      head[from] = k + 1;
    }
  }
  return merged;
}

// From TypeScript sources (tsx: the benchmark, tests, scripts) the worker is bundled once per process by esbuild
// (tsx's own compiler) into one plain module. Registering tsx inside each worker instead cost about 1.2 s of
// start-up per thread, half of what scoring 25 million pairs takes on two threads.
// The module names are variables and the import is marked ignored: the app's bundler must not follow them (it
// would bundle esbuild's binary and look for a worker file that only a plain build has). The app scores on one
// thread (matching-overview.ts), so in the app neither path runs.
// The bundle is one plain module and starts without the parent's Node options (execArgv []): under tsx these load
// tsx's module hooks into every thread (its --require and --import), which the bundle has no use for and which
// took 100-200 ms of each thread's start, against 30-50 ms without.
const WORKER_SOURCE = "./score-worker.ts";
const WORKER_BUILT = "./score-worker.js";
const ESBUILD = "esbuild";
type WorkerScript = { url: URL; execArgv?: string[] };
let bundled: Promise<WorkerScript> | undefined;
function workerScript(): Promise<WorkerScript> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (!import.meta.url.endsWith(".ts")) return Promise.resolve({ url: pathToFileURL(path.join(here, WORKER_BUILT)) });
  bundled ??= (async () => {
    const { build } = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ ESBUILD
    )) as typeof import("esbuild");
    const outfile = path.join(tmpdir(), `kakehashi-score-worker-${process.pid}.mjs`);
    await build({
      entryPoints: [path.join(here, WORKER_SOURCE)],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile,
      logLevel: "silent",
    });
    process.once("exit", () => rmSync(outfile, { force: true }));
    return { url: pathToFileURL(outfile), execArgv: [] };
  })();
  return bundled;
}

/**
 * The packed arrays in memory every thread shares, copied once: sent to a worker, a plain typed array is copied
 * again for each thread (tens of megabytes for 10,000 firms, before the thread can start). The kernel's scratch
 * arrays (the words of the row it scores) are each thread's own, and start empty.
 */
function sharedCopy(packed: Packed): Packed {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(packed)) {
    if (!ArrayBuffer.isView(value)) {
      out[key] = value;
      continue;
    }
    // The kernel's scratch, fresh for each thread: a thread's stamps count from 1, and marks left by this thread's
    // kernels would read as its own (a word shared where none is).
    if (key === "seekTermMark" || key === "offerTermMark") {
      out[key] = new Int32Array((value as Int32Array).length);
      continue;
    }
    const from = value as Uint8Array;
    const bytes = new Uint8Array(new SharedArrayBuffer(from.byteLength));
    bytes.set(new Uint8Array(from.buffer, from.byteOffset, from.byteLength));
    const Kind = value.constructor as new (b: SharedArrayBuffer) => ArrayBufferView;
    out[key] = new Kind(bytes.buffer as SharedArrayBuffer);
  }
  return out as Packed;
}

/** Seed pairs in memory the threads share, copied once (a plain array would be copied for each thread). */
function sharedSeeds(seeds: SeedPairs): SeedPairs {
  const shared = (from: Int32Array) => {
    const to = new Int32Array(new SharedArrayBuffer(from.byteLength));
    to.set(from);
    return to;
  };
  return { start: shared(seeds.start), at: shared(seeds.at) };
}

/**
 * Gets the worker's script ready (from TypeScript sources: bundles it) ahead of the first all-pairs run; a
 * long-running process does this once, so the benchmark times it apart from the scoring.
 */
export async function prepareScoringThreads(): Promise<void> {
  await workerScript();
}

/**
 * Scores every task's pairs on up to `threads` worker threads (default: the machine's cores), or in this
 * thread when there is one core or little work. Same result as scorePairs over all tasks.
 */
export async function scoreAllPairs(
  packed: Packed,
  tasks: PairTask[],
  poolSize: number,
  threads = availableParallelism(),
  params: Params = PARAMS,
  /** Below this many pairs starting threads costs more than it saves. */
  minPairsForThreads = 2_000_000,
): Promise<{ pools: Pools; pairs: number }> {
  // A task with no firms on a side has no pairs, only rows to walk and bars to share between them (the all-firms
  // run has three groups, the third, firms of neither country, often empty).
  tasks = tasks.filter((t) => t.left.length > 0 && t.right.length > 0);
  const total = tasks.reduce((s, t) => s + t.left.length * t.right.length, 0);
  if (threads <= 1 || total < minPairsForThreads) {
    const pools = createPools(packed.n, poolSize);
    const pairs = shareRows(new PairScorer(packed, pools, poolSize, params), tasks, 0, 1, new Int32Array(1));
    return { pools, pairs };
  }
  const parts = Math.min(threads, Math.max(...tasks.map((t) => t.left.length)));
  // The arrays are copied before the first await, as the call finds them: an upsert or a removal while the threads
  // start (the store rewrites rows in place) must not reach the scoring half-way.
  const shared = sharedCopy(packed);
  const script = await workerScript();
  // The threads start first (30-50 ms each) and get their job as a message: the seed pairs are worked out while they
  // start. They are worked out here once, not on every thread: there they ran cold each time (a fresh thread
  // compiles nothing ahead), three times as long.
  const workers = Array.from({ length: parts }, () => new Worker(script.url, { execArgv: script.execArgv }));
  const answers = Promise.all(
    workers.map(
      (worker) =>
        new Promise<{ pools: Pools; pairs: number }>((resolve, reject) => {
          worker.once("message", (m) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once("error", reject);
          // A thread that ends without answering (killed, out of memory) would leave the run waiting for ever.
          worker.once("exit", (code) => reject(new Error(`scoring thread exited (${code}) without an answer`)));
        }),
    ),
  );
  // One thread failing fails the run: the others are stopped, not left scoring for no one.
  answers.catch(() => {
    for (const worker of workers) void worker.terminate();
  });
  try {
    const next = new Int32Array(new SharedArrayBuffer(4));
    const board = createBoard(parts, shared.n);
    const seeded = tasks.map((t) => ({ ...t, seeds: sharedSeeds(seedPairs(shared, t.left, t.right, t.sameGroup)) }));
    workers.forEach((worker, part) =>
      worker.postMessage({ packed: shared, tasks: seeded, poolSize, params, part, parts, next, board }),
    );
  } catch (error) {
    for (const worker of workers) void worker.terminate();
    throw error;
  }
  const results = await answers;
  return {
    pools: merge(
      results.map((r) => r.pools),
      shared.n,
      poolSize,
    ),
    pairs: results.reduce((s, r) => s + r.pairs, 0),
  };
}
