// All-pairs scoring on several cores: the left side of every group pair is split between worker threads;
// each keeps its own candidate pools, merged here (a firm's best partners are the best of the workers' bests).
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
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

function merge(parts: Pools[], firms: number, poolSize: number): Pools {
  if (parts.length === 1) return parts[0]!;
  const merged = createPools(firms, poolSize);
  const slots: number[] = [];
  for (let i = 0; i < firms; i++) {
    slots.length = 0;
    for (let p = 0; p < parts.length; p++)
      for (let k = i * poolSize; k < (i + 1) * poolSize; k++)
        if (parts[p]!.who[k]! >= 0) slots.push(p * firms * poolSize + k);
    // Best first; ties by row, as a single thread keeps them.
    const at = (slot: number) => parts[Math.floor(slot / (firms * poolSize))]!;
    const k = (slot: number) => slot % (firms * poolSize);
    slots.sort((x, y) => at(y).score[k(y)]! - at(x).score[k(x)]! || at(x).who[k(x)]! - at(y).who[k(y)]!);
    for (let s = 0; s < Math.min(poolSize, slots.length); s++) {
      const part = parts[Math.floor(slots[s]! / (firms * poolSize))]!;
      const k = slots[s]! % (firms * poolSize);
      const to = i * poolSize + s;
      merged.score[to] = part.score[k]!;
      merged.forOwner[to] = part.forOwner[k]!;
      merged.forOther[to] = part.forOther[k]!;
      merged.who[to] = part.who[k]!;
    }
  }
  return merged;
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
): Promise<{ pools: Pools; pairs: number }> {
  const total = tasks.reduce((s, t) => s + t.left.length * t.right.length, 0);
  if (threads <= 1 || total < 2_000_000) {
    const pools = createPools(packed.n, poolSize);
    let pairs = 0;
    for (const t of tasks) pairs += scorePairs(packed, t.left, t.right, t.sameGroup, poolSize, pools, params);
    return { pools, pairs };
  }
  const shares = split(tasks, threads).filter((s) => s.length);
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ pools: Pools; pairs: number }>((resolve, reject) => {
          // From TypeScript sources (tsx: the benchmark, tests) the worker starts through a bootstrap that
          // registers tsx in the worker thread.
          const fromSources = import.meta.url.endsWith(".ts");
          const script = new URL(fromSources ? "./score-worker-boot.mjs" : "./score-worker.js", import.meta.url);
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
