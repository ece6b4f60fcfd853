// Drives an app server over keep-alive connections that are all open before the clock starts.
//
// Why not autocannon, which this benchmark used at first: it opens all its connections at the moment it starts.
// Node's server (libuv 1.46) accepts one new connection per turn of its event loop, and when the server is
// already busy a turn takes tens of milliseconds, so connections opened into a saturated server waited up to
// twenty seconds to be accepted. Those waits were the p99 of the booking storm and most of the read
// latencies: the figures measured the accept queue, not our pages. Browsers at the venue and a reverse proxy
// in front of the app servers keep their connections open, which is what this driver does.
import http from "node:http";

export type Shot = { method?: "GET" | "POST"; path: string; cookie?: string; body?: string; origin?: string };
export type Tally = {
  latencies: number[];
  status: Map<number, number>;
  errors: number;
  /** The first few errors' messages, for the report. */
  errorMessages: string[];
  seconds: number;
};

type Answer = { status: number; ms: number } | { error: Error };

// An answer slower than this is given up; the server may still have done the work (the storm reconciles that).
const TIMEOUT_MS = 60_000;

function send(agent: http.Agent, base: URL, shot: Shot): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers: Record<string, string> = {};
    if (shot.cookie) headers.cookie = shot.cookie;
    if (shot.origin) headers.origin = shot.origin;
    if (shot.body) {
      headers["content-type"] = "application/json";
      headers["content-length"] = String(Buffer.byteLength(shot.body));
    }
    const request = http.request(
      { host: base.hostname, port: base.port, path: shot.path, method: shot.method ?? "GET", headers, agent },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
        response.on("error", (error) => resolve({ error }));
      },
    );
    request.setTimeout(TIMEOUT_MS, () => request.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)));
    request.on("error", (error) => resolve({ error }));
    request.end(shot.body);
  });
}

/**
 * Opens `connections` connections (each answers one health check), then keeps every one of them busy with
 * the requests `next()` makes until `seconds` have passed or `amount` requests were sent.
 */
export async function drive(
  base: string,
  next: () => Shot,
  options: { connections: number; seconds?: number; amount?: number },
): Promise<Tally> {
  const url = new URL(base);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: options.connections,
    maxFreeSockets: options.connections,
  });
  try {
    const opened = await Promise.all(
      Array.from({ length: options.connections }, () => send(agent, url, { path: "/api/health" })),
    );
    const failed = opened.find((a): a is { error: Error } => "error" in a);
    if (failed)
      throw new Error(`could not open ${options.connections} connections to ${base}: ${failed.error.message}`);

    const tally: Tally = { latencies: [], status: new Map(), errors: 0, errorMessages: [], seconds: 0 };
    const started = performance.now();
    const deadline = started + (options.seconds ?? 120) * 1000; // the storm is bounded too: --attempts or two minutes
    let left = options.amount ?? Infinity;
    const connection = async () => {
      while (left > 0 && performance.now() < deadline) {
        left--;
        const answer = await send(agent, url, next());
        if ("error" in answer) {
          tally.errors++;
          if (tally.errorMessages.length < 3) tally.errorMessages.push(answer.error.message);
          continue;
        }
        tally.latencies.push(answer.ms);
        tally.status.set(answer.status, (tally.status.get(answer.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: options.connections }, connection));
    tally.seconds = (performance.now() - started) / 1000;
    return tally;
  } finally {
    agent.destroy();
  }
}
