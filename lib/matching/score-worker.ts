// A worker thread scoring a share of the pairs: receives the packed firms and its slice of the left group,
// answers with its candidate pools (see parallel-scoring.ts).
import { parentPort, workerData } from "node:worker_threads";
import { createPools, scorePairs, type Packed } from "./batch-kernel";

type Job = { packed: Packed; tasks: { left: Int32Array; right: Int32Array; sameGroup: boolean }[]; poolSize: number };

const { packed, tasks, poolSize } = workerData as Job;
const pools = createPools(packed.n, poolSize);
let pairs = 0;
for (const t of tasks) pairs += scorePairs(packed, t.left, t.right, t.sameGroup, poolSize, pools);
parentPort!.postMessage({ pools, pairs }, [
  pools.score.buffer,
  pools.forOwner.buffer,
  pools.forOther.buffer,
  pools.who.buffer,
] as ArrayBuffer[]);
