// A worker thread scoring a share of the pairs: receives the packed firms and its slice of the left group,
// answers with its candidate pools (see parallel-scoring.ts).
import { parentPort, workerData } from "node:worker_threads";
import { createPools, scorePairs, sortPools } from "./batch-kernel";
import type { Packed } from "./store";
import type { Params } from "./score";

type Job = {
  packed: Packed;
  tasks: { left: Int32Array; right: Int32Array; sameGroup: boolean }[];
  poolSize: number;
  params: Params;
};

const { packed, tasks, poolSize, params } = workerData as Job;
const pools = createPools(packed.n, poolSize);
let pairs = 0;
for (const t of tasks) pairs += scorePairs(packed, t.left, t.right, t.sameGroup, poolSize, pools, params);
sortPools(pools, poolSize);
parentPort!.postMessage({ pools, pairs }, [
  pools.score.buffer,
  pools.forOwner.buffer,
  pools.forOther.buffer,
  pools.who.buffer,
] as ArrayBuffer[]);
