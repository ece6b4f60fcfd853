// All-pairs scoring on several cores: the left side of every group pair is split between worker threads;
// each keeps its own candidate pools, merged here (a firm's best partners are the best of the workers' bests).
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createPools, scorePairs, type Pools } from "./batch-kernel";
import type { Packed } from "./store";
import { PARAMS, type Params } from "./score";

export type PairTask = { left: Int32Array; right: Int32Array; sameGroup: boolean };

function split(tasks: PairTask[], parts: number): PairTask[][] {
  const out: PairTask[][] = Array.from({ length: parts }, () => []);
  for (const t of tasks) {
    const size = Math.ceil(t.left.length / parts);
    for (let p = 0; p < parts; p++) {
      const left = t.left.subarray(p * size, Math.min(t.left.length, (p + 1) * size));
      // Within one group, pair (x, y) needs y > x in the whole group: give each worker its x range with the
      // rest of the group to the right.
      if (left.length)
        out[p]!.push(
          t.sameGroup
            ? { left, right: t.right.subarray(p * size), sameGroup: true }
            : { left, right: t.right, sameGroup: false },
        );
    }
  }
  return out;
}

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
    let pairs = 0;
    for (const t of tasks) pairs += scorePairs(packed, t.left, t.right, t.sameGroup, poolSize, pools, params);
    return { pools, pairs };
  }
  const shares = split(tasks, threads).filter((s) => s.length);
  const script = await workerScript();
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ pools: Pools; pairs: number }>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { packed, tasks: share, poolSize, params } });
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
