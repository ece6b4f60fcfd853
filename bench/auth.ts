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
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import "dotenv/config";

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

/**
 * A sign-up as a browser without JavaScript sends it: the form's own hidden action fields, then ours, as
 * multipart to the page (React renders them for progressive enhancement), from one loopback address each.
 */
async function signUp(base: string, i: number, stamp: string): Promise<number> {
  const from = `127.0.1.${i + 1}`;
  const page = await request(base, { path: "/en/signup", localAddress: from });
  const hidden = [...page.text.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
    (m) => [m[1]!, (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&")] as const,
  );
  const fields = [
    ...hidden,
    ["displayName", `Bench ${i}`],
    ["email", `bench-${stamp}-${i}@bench.kakehashi.example`],
    ["password", "Bench-burst-passphrase-2026"],
    ["locale", "en"],
  ];
  const boundary = `----bench${stamp}${i}`;
  const body = Buffer.from(
    fields.map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") +
      `--${boundary}--\r\n`,
  );
  const answer = await request(
    base,
    {
      method: "POST",
      path: "/en/signup",
      localAddress: from,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: base, cookie: cookiesOf(page) },
    },
    body,
  );
  return answer.text.includes(`bench-${stamp}-${i}@bench.kakehashi.example`) ? answer.status : -answer.status;
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
    await signUp(base, 200, `warm${Date.now().toString(36)}`);
    await wrongSignIn(base, 200);

    const stamp = Date.now().toString(36);
    const health: number[] = [];
    let running = true;
    // The health route, asked again as soon as it answers (four at a time), for the burst's duration.
    const poll = async () => {
      while (running) {
        const t = performance.now();
        await request(base, { path: "/api/health" });
        health.push(performance.now() - t);
      }
    };
    const pollers = Array.from({ length: 4 }, poll);
    const started = performance.now();
    const [signUps, signIns] = await Promise.all([
      Promise.all(Array.from({ length: BURST }, (_, i) => signUp(base, i, stamp))),
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
