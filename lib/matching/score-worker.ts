// A worker thread scoring a share of the pairs: receives the packed firms, the tasks (with their seed pairs), the
// counter the threads share the rows by and the board they post their bars on, answers with its candidate pools
// (see parallel-scoring.ts).
import { parentPort } from "node:worker_threads";
import { createPools, PairScorer, shareRows, type PairTask } from "./batch-kernel";
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
  board: Int32Array;
};

// The job comes as a message once the thread is up (the caller works it out while its threads start).
parentPort!.once("message", ({ packed, tasks, poolSize, params, part, parts, next, board }: Job) => {
  const pools = createPools(packed.n, poolSize);
  const pairs = shareRows(new PairScorer(packed, pools, poolSize, params), tasks, part, parts, next, board);
  parentPort!.postMessage({ pools, pairs }, [
    pools.score.buffer,
    pools.forOwner.buffer,
    pools.forOther.buffer,
    pools.who.buffer,
  ] as ArrayBuffer[]);
});
