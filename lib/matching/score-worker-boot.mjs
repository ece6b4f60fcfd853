// Entry of a scoring worker when running from TypeScript sources (benchmark, tests): Node 20 does not pass
// tsx's loader to worker threads, so register it here, then load the worker itself.
const { register } = await import("tsx/esm/api");
register();
await import("./score-worker.ts");
