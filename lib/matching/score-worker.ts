// A worker thread scoring a share of the pairs: receives the packed firms, the tasks and the counter the
// threads share the rows by, answers with its candidate pools (see parallel-scoring.ts).
import { parentPort, workerData } from "node:worker_threads";
import { createPools, PairScorer, shareRows, sortPools, type PairTask } from "./batch-kernel";
import type { Packed } from "./store";
import type { Params } from "./score";

type Job = {
  packed: Packed;
  tasks: PairTask[];
  poolSize: number;
  params: Params;
  part: number;
  parts: number;
  next: Int32Array;
};

const { packed, tasks, poolSize, params, part, parts, next } = workerData as Job;
const pools = createPools(packed.n, poolSize);
const pairs = shareRows(new PairScorer(packed, pools, poolSize, params), tasks, part, parts, next);
sortPools(pools, poolSize);
parentPort!.postMessage({ pools, pairs }, [
  pools.score.buffer,
  pools.forOwner.buffer,
  pools.forOther.buffer,
  pools.who.buffer,
] as ArrayBuffer[]);
