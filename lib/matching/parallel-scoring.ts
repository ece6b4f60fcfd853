// All-pairs scoring on several cores: worker threads share the left rows of every group pair (shareRows);
// each keeps its own candidate pools, merged here (a firm's best partners are the best of the workers' bests).
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createPools, PairScorer, shareRows, type PairTask, type Pools } from "./batch-kernel";
import type { Packed } from "./store";
import { PARAMS, type Params } from "./score";

export type { PairTask } from "./batch-kernel";

/** The workers' pools (each sorted, best first: sortPools) merged into one: each firm's best of their bests. */
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
const WORKER_SOURCE = "./score-worker.ts";
const WORKER_BUILT = "./score-worker.js";
const ESBUILD = "esbuild";
let bundled: Promise<URL> | undefined;
function workerScript(): Promise<URL> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (!import.meta.url.endsWith(".ts")) return Promise.resolve(pathToFileURL(path.join(here, WORKER_BUILT)));
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
    return pathToFileURL(outfile);
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
  const total = tasks.reduce((s, t) => s + t.left.length * t.right.length, 0);
  if (threads <= 1 || total < minPairsForThreads) {
    const pools = createPools(packed.n, poolSize);
    const pairs = shareRows(new PairScorer(packed, pools, poolSize, params), tasks, 0, 1, new Int32Array(1));
    return { pools, pairs };
  }
  const parts = Math.min(threads, Math.max(...tasks.map((t) => t.left.length)));
  const shared = sharedCopy(packed);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const script = await workerScript();
  const results = await Promise.all(
    Array.from(
      { length: parts },
      (_, part) =>
        new Promise<{ pools: Pools; pairs: number }>((resolve, reject) => {
          const worker = new Worker(script, {
            workerData: { packed: shared, tasks, poolSize, params, part, parts, next },
          });
          worker.once("message", (m) => {
            resolve(m);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  return {
    pools: merge(
      results.map((r) => r.pools),
      packed.n,
      poolSize,
    ),
    pairs: results.reduce((s, r) => s + r.pairs, 0),
  };
}
