// npm run bench:auth — does password hashing leave the server responsive? Against the production build (run
// `npm run build` first), it fires 32 sign-ups with new addresses and 32 sign-ins with wrong passwords for 32
// different accounts at once (each one a full Argon2id hash or check: the throttle lets every one through, as
// they come from 32 loopback addresses to 32 accounts), and meanwhile asks /api/health again and again.
// Prints one JSON line: the health route's p50 / p95 / max while the burst ran (target: p95 < 100 ms), what
// the burst got back, and how long it took. Exits 1 when the target is missed.
//
// Before (bcryptjs on the main thread) 32 parallel sign-ups took /api/health from 6 ms to 9.4 s.
//
//   npm run bench:auth                 starts `next start` on port 3298 with the database DATABASE_URL names
//   npm run bench:auth -- --url http://127.0.0.1:3000    against a server already running
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import "dotenv/config";
// React's encoding of server action arguments, as the browser uses it (vendored by Next.js).
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node";

const { values: opts } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string", default: "3298" },
    burst: { type: "string", default: "32" },
  },
});
const BURST = Number(opts.burst);
const TARGET_P95_MS = 100;
const PASSWORD = "kakehashi-demo-2026";

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

function request(base: string, options: http.RequestOptions, body?: string | Buffer): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, agent: false, ...options }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const cookiesOf = (a: Answer) => (a.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");

/** The sign-up form's server action, as the page hands it to the browser (its id in the form's hidden fields). */
async function signUpActionId(base: string): Promise<string> {
  const page = await request(base, { path: "/en/signup" });
  const id = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(page.text)?.[1];
  if (!id) throw new Error("no server action found on the sign-up page");
  return id;
}

/**
 * A sign-up as the browser sends it: the server action called with (previous state, form data), encoded by
 * React's own encodeReply, from one loopback address each.
 */
async function signUp(base: string, actionId: string, i: number, stamp: string): Promise<number> {
  const form = new FormData();
  const email = `bench-${stamp}-${i}@bench.kakehashi.example`;
  form.append("displayName", `Bench ${i}`);
  form.append("email", email);
  form.append("password", "Bench-burst-passphrase-2026");
  form.append("locale", "en");
  const reply = (await encodeReply([{ ok: false, errors: {}, values: {} }, form])) as FormData | string;
  const encoded = new Response(reply);
  const answer = await request(
    base,
    {
      method: "POST",
      path: "/en/signup",
      localAddress: `127.0.1.${i + 1}`,
      headers: {
        "content-type": encoded.headers.get("content-type") ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
        "next-action": actionId,
        origin: base,
      },
    },
    Buffer.from(await encoded.arrayBuffer()),
  );
  return answer.text.includes(email) ? answer.status : -answer.status;
}

// Each run guesses at other seeded accounts, so that repeated runs do not meet their own throttle.
const FIRST_ACCOUNT = Math.floor(Math.random() * 200);

/** A wrong password for a seeded account, from its own loopback address. */
async function wrongSignIn(base: string, i: number): Promise<string> {
  const from = `127.0.2.${i + 1}`;
  const csrf = await request(base, { path: "/api/auth/csrf", localAddress: from });
  const email = `admin.${String(((FIRST_ACCOUNT + i) % 240) + 1).padStart(5, "0")}@demo.kakehashi.example`;
  const body = new URLSearchParams({
    csrfToken: JSON.parse(csrf.text).csrfToken,
    email,
    password: `${PASSWORD}-wrong`,
    json: "true",
  }).toString();
  const answer = await request(
    base,
    {
      method: "POST",
      path: "/api/auth/callback/credentials",
      localAddress: from,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf) },
    },
    body,
  );
  return new URL(JSON.parse(answer.text).url, base).searchParams.get("error") ?? "signed in";
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      OUTBOX_DIR: mkdtempSync(path.join(tmpdir(), "kakehashi-bench-auth-")),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await request(`http://127.0.0.1:${port}`, { path: "/api/health" })).status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

async function main() {
  const server = opts.url ? null : await startServer(Number(opts.port));
  const base = opts.url ?? `http://127.0.0.1:${opts.port}`;
  try {
    // Warm up: the pages, the sign-in route and the hash's first run.
    await request(base, { path: "/api/health" });
    const actionId = await signUpActionId(base);
    await signUp(base, actionId, 200, `warm${Date.now().toString(36)}`);
    await wrongSignIn(base, 200);

    const stamp = Date.now().toString(36);
    let health: number[] = [];
    let running = true;
    // The health route, asked again as soon as it answers (four at a time), for the burst's duration.
    const poll = async () => {
      while (running) {
        const t = performance.now();
        await request(base, { path: "/api/health" });
        health.push(performance.now() - t);
      }
    };
    // The same without the burst first, for 5 s: on a machine shared with other work, the floor to compare to.
    let pollers = Array.from({ length: 4 }, poll);
    await new Promise((r) => setTimeout(r, 5_000));
    running = false;
    await Promise.all(pollers);
    const idle = [...health].sort((a, b) => a - b);
    health = [];
    running = true;
    pollers = Array.from({ length: 4 }, poll);
    const started = performance.now();
    const [signUps, signIns] = await Promise.all([
      Promise.all(Array.from({ length: BURST }, (_, i) => signUp(base, actionId, i, stamp))),
      Promise.all(Array.from({ length: BURST }, (_, i) => wrongSignIn(base, i))),
    ]);
    const burstMs = performance.now() - started;
    running = false;
    await Promise.all(pollers);

    const sorted = [...health].sort((a, b) => a - b);
    const count = <T>(xs: T[]) =>
      Object.fromEntries([...new Set(xs)].map((x) => [String(x), xs.filter((y) => y === x).length]));
    const result = {
      benchmark: "auth",
      burst: { signUps: BURST, wrongSignIns: BURST },
      signUpAnswers: count(signUps),
      signInAnswers: count(signIns),
      burstMs: Math.round(burstMs),
      health: {
        samples: sorted.length,
        p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
        p95Ms: Math.round(percentile(sorted, 95) * 10) / 10,
        maxMs: Math.round((sorted.at(-1) ?? NaN) * 10) / 10,
      },
      healthWithoutBurst: {
        samples: idle.length,
        p50Ms: Math.round(percentile(idle, 50) * 10) / 10,
        p95Ms: Math.round(percentile(idle, 95) * 10) / 10,
      },
      loadAverage: loadavg()[0]!.toFixed(1),
      targetP95Ms: TARGET_P95_MS,
      met: percentile(sorted, 95) < TARGET_P95_MS,
    };
    console.log(JSON.stringify(result));
    process.exitCode = result.met ? 0 : 1;
  } finally {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
