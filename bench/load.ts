// npm run bench:load — the production build under load, driven from this process over loopback connections
// that are open before the clock starts (bench/http-driver.ts says why).
//
//   npm run bench:load                                   SQLite, 10,000 firms: booking storm, then the reads
//   npm run bench:load -- --only storm --servers 2 --database postgresql   (KAKEHASHI_BENCH_POSTGRES_URL, wiped)
//
// Prints one JSON line per scenario: requests per second and p50 / p95 / p99 latency in ms (measured per
// response), the status codes, and for the booking storm the double bookings found in the database afterwards
// and the 5xx answers, both of which must be 0 (the process exits 1 otherwise). After the reads, two floors
// measured the same way: the health route and the anonymous sign-in page. Reads run at 50 connections for --seconds each; the storm fires --attempts bookings over
// --connections connections at a few hundred open slots, split across --servers app servers (separate
// processes sharing only the database).
//
// Uses its own database: var/bench-load.db for SQLite (seeded on the first run, about half a minute), or the
// PostgreSQL database KAKEHASHI_BENCH_POSTGRES_URL names (wiped and seeded). Builds first unless --no-build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import seedrandom from "seedrandom";
import { drive, type Shot, type Tally } from "./http-driver";

const { values: opts } = parseArgs({
  options: {
    database: { type: "string", default: "sqlite" },
    servers: { type: "string", default: "1" },
    only: { type: "string" },
    firms: { type: "string", default: "10000" },
    seconds: { type: "string", default: "10" },
    attempts: { type: "string", default: "4000" },
    connections: { type: "string", default: "200" },
    "no-build": { type: "boolean", default: false },
    port: { type: "string", default: "3300" },
  },
});

const FIRMS = Number(opts.firms);
const SERVERS = Number(opts.servers);
const SECONDS = Number(opts.seconds);
const ATTEMPTS = Number(opts.attempts);
const STORM_CONNECTIONS = Number(opts.connections);
const READ_CONNECTIONS = 50;
const READ_P95_TARGET_MS = 150;
const TARGETS = 100; // firms that open slots
const OPEN_PER_TARGET = 3; // 300 open slots in all
const BOOKERS = 1500;
const SECRET = randomBytes(32).toString("base64url");

const url =
  opts.database === "postgresql"
    ? (process.env.KAKEHASHI_BENCH_POSTGRES_URL ??
      fail("set KAKEHASHI_BENCH_POSTGRES_URL to a PostgreSQL database the benchmark may wipe"))
    : "file:./var/bench-load.db";
process.env.DATABASE_URL = url;
const env = {
  ...process.env,
  DATABASE_URL: url,
  NEXTAUTH_SECRET: SECRET,
  NEXT_TELEMETRY_DISABLED: "1",
  OUTBOX_DIR: "var/bench-outbox",
};

function fail(message: string): never {
  console.error(`bench:load: ${message}`);
  process.exit(2);
}

function step(command: string, args: string[]) {
  const r = spawnSync(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) fail(`${command} ${args.join(" ")} failed`);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

function merge(tallies: Tally[]): Tally {
  const status = new Map<number, number>();
  for (const t of tallies) for (const [k, v] of t.status) status.set(k, (status.get(k) ?? 0) + v);
  return {
    latencies: tallies.flatMap((t) => t.latencies),
    status,
    errors: tallies.reduce((s, t) => s + t.errors, 0),
    errorMessages: tallies.flatMap((t) => t.errorMessages).slice(0, 3),
    seconds: Math.max(...tallies.map((t) => t.seconds)),
  };
}

function summary(name: string, t: Tally, extra: Record<string, unknown> = {}) {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const count = (test: (code: number) => boolean) =>
    [...t.status].filter(([c]) => test(c)).reduce((s, [, n]) => s + n, 0);
  return {
    scenario: name,
    database: opts.database,
    servers: SERVERS,
    requests: sorted.length,
    rps: Math.round(sorted.length / t.seconds),
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    p99: Math.round(percentile(sorted, 99)),
    status: Object.fromEntries(t.status),
    errors5xx: count((c) => c >= 500),
    connectionErrors: t.errors,
    ...(t.errorMessages.length ? { connectionErrorMessages: t.errorMessages } : {}),
    ...extra,
  };
}

async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health`);
    return true;
  } catch {
    return false;
  }
}

async function startServer(port: number): Promise<ChildProcess> {
  // Another process on the port would answer for ours (and with another database): refuse to measure it.
  if (await listening(port)) fail(`port ${port} is already in use; stop what runs there or pass --port`);
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`the server on port ${port} did not start`);
}

const DEMO_PASSWORD = "kakehashi-demo-2026";

/** Signs in through next-auth's credentials endpoint: "ok", or the error it answers (CredentialsSignin, THROTTLED). */
async function signIn(port: number, email: string, password: string): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const target = res.headers.get("location") ?? ((await res.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return (
    new URL(target, base).searchParams.get("error") ??
    (res.headers.getSetCookie().some((c) => c.includes("session-token")) ? "ok" : "no session")
  );
}

async function main() {
  // The Prisma client has to be generated for this database before anything imports it.
  if (!opts["no-build"]) step("node", ["scripts/prisma-generate.mjs"]);
  step("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"]);
  const { db } = await import("../lib/db");
  if ((await db.firm.count()) !== FIRMS || opts.database === "postgresql") {
    await db.$disconnect();
    step("npx", [
      "tsx",
      "--conditions=react-server",
      "prisma/seed/index.ts",
      "--reset",
      "--bare",
      "--firms",
      String(FIRMS),
    ]);
  }
  if (!opts["no-build"]) step("npx", ["next", "build"]);

  // The day: one session of 20-minute slots, 150 tables (the last 50 with a Japanese–Vietnamese interpreter),
  // self-booking on; 100 Japanese firms open three slots each; 1,500 Vietnamese firms try to book them.
  const { loadActor } = await import("../lib/auth/load-actor");
  const { addSession, setTables, saveMatchingSettings } = await import("../lib/event-setup/event-setup");
  const event = await db.event.findFirstOrThrow({ where: { isCurrent: true } });
  await (await import("../prisma/seed/matching-day")).clearMatchingDay(event.id, { setup: true });
  // Organizer rights are per edition (the staff role at the event in scope).
  const organizer = (await loadActor(
    (await db.user.findUniqueOrThrow({ where: { email: "organizer.vinasa@demo.kakehashi.example" } })).id,
    event.id,
  ))!;
  const day = event.startsAt.toISOString().slice(0, 10);
  await addSession(organizer, {
    eventId: event.id,
    name: "Load",
    date: day,
    start: "09:00",
    end: "17:00",
    slotMinutes: 20,
  });
  await setTables(organizer, {
    eventId: event.id,
    count: 150,
    interpreterTables: Array.from({ length: 50 }, (_, i) => 101 + i).join(","),
    interpreter: "ja-vi",
  });
  await saveMatchingSettings(organizer, {
    eventId: event.id,
    deadlineDate: "",
    deadlineTime: "",
    meetingCapPerFirm: "",
    selfBooking: true,
  });
  const slots = await db.slot.findMany({ where: { eventId: event.id }, orderBy: { startsAt: "asc" } });
  /** Approved firms at the event with one administrator each (the person who books). */
  const approved = async (country: "VN" | "JP", take: number) =>
    (
      await db.membership.findMany({
        where: {
          role: "FIRM_ADMIN",
          firm: { country, status: "APPROVED", participations: { some: { eventId: event.id } } },
        },
        select: { firmId: true, userId: true },
        orderBy: [{ firmId: "asc" }, { userId: "asc" }],
        distinct: ["firmId"],
        take,
      })
    ).map((m) => ({ id: m.firmId, userId: m.userId }));
  const [targets, bookers] = await Promise.all([approved("JP", TARGETS), approved("VN", BOOKERS)]);
  const random = seedrandom("bench-load");
  const open = targets.flatMap((t) => {
    const picked = new Set<string>();
    while (picked.size < OPEN_PER_TARGET) picked.add(slots[Math.floor(random() * slots.length)]!.id);
    return [...picked].map((slotId) => ({ firmId: t.id, slotId }));
  });
  await db.openSlot.createMany({ data: open });

  const cookieOf = async (userId: string) =>
    // A session as signing in issues it: the user's session version (0 when seeded) and the sign-in time.
    `next-auth.session-token=${await encode({
      token: { sub: userId, role: "firmAdmin", sv: 0, authAt: Math.floor(Date.now() / 1000) },
      secret: SECRET,
    })}`;
  const bookerCookies = await Promise.all(
    bookers.map(async (b) => ({ firmId: b.id, cookie: await cookieOf(b.userId) })),
  );

  const ports = Array.from({ length: SERVERS }, (_, i) => Number(opts.port) + i);
  const servers = await Promise.all(ports.map(startServer));
  const kill = (signal: NodeJS.Signals) =>
    servers.forEach((s) => s.pid && s.exitCode === null && s.signalCode === null && process.kill(-s.pid, signal));
  process.on("exit", () => kill("SIGKILL"));
  /** Stops the servers and waits until their ports are free (the next run, or CI's next step, reuses them). */
  const stop = async () => {
    kill("SIGTERM");
    for (let i = 0; i < 20 && (await Promise.all(ports.map(listening))).some(Boolean); i++)
      await new Promise((r) => setTimeout(r, 250));
    kill("SIGKILL");
  };
  let failed = false;

  try {
    // The booking storm, split across the servers.
    const stormTallies = await Promise.all(
      ports.map((port) =>
        drive(
          `http://127.0.0.1:${port}`,
          () => {
            const booker = bookerCookies[Math.floor(random() * bookerCookies.length)]!;
            const slot = open[Math.floor(random() * open.length)]!;
            return {
              method: "POST",
              path: "/api/meetings/book",
              cookie: booker.cookie,
              origin: `http://127.0.0.1:${port}`,
              body: JSON.stringify({ fromFirmId: booker.firmId, toFirmId: slot.firmId, slotId: slot.slotId }),
            };
          },
          { connections: Math.ceil(STORM_CONNECTIONS / SERVERS), amount: Math.ceil(ATTEMPTS / SERVERS) },
        ),
      ),
    );
    const storm = merge(stormTallies);
    const meetings = await db.meeting.findMany({
      where: { eventId: event.id, status: { in: ["SCHEDULED", "HELD"] } },
      select: { firmAId: true, firmBId: true, tableId: true, slotId: true },
    });
    const seen = new Set<string>();
    let doubleBookings = 0;
    for (const m of meetings) {
      for (const key of [
        `firm ${m.firmAId} ${m.slotId}`,
        `firm ${m.firmBId} ${m.slotId}`,
        `table ${m.tableId} ${m.slotId}`,
      ]) {
        if (seen.has(key)) doubleBookings++;
        seen.add(key);
      }
    }
    const booked = storm.status.get(201) ?? 0;
    const result = summary("booking storm", storm, {
      attempts: storm.latencies.length,
      openSlots: open.length,
      booked,
      meetingsStored: meetings.length,
      doubleBookings,
      connections: STORM_CONNECTIONS,
    });
    console.log(JSON.stringify(result));
    // An answer lost on the way (a request given up after a minute on a saturated machine) may still have booked:
    // the stored meetings must be the 201s, plus at most the lost answers, and lost answers must stay rare (one in
    // a thousand). Every other shortfall, a 5xx or a double booking fails the storm.
    const lostAllowed = Math.floor(storm.latencies.length / 1000);
    if (
      doubleBookings > 0 ||
      result.errors5xx > 0 ||
      meetings.length < booked ||
      meetings.length > booked + storm.errors ||
      storm.errors > lostAllowed
    )
      failed = true;

    if (SERVERS > 1) {
      // State the servers must share lives in the database: wrong passwords spread over the servers lock
      // the account on all of them.
      const email = (await db.user.findUniqueOrThrow({ where: { id: bookers[0]!.userId } })).email;
      await db.signInThrottle.deleteMany({});
      const before = await signIn(ports[1]!, email, DEMO_PASSWORD);
      const spread = ports.length;
      for (let i = 0; i < 5; i++) await signIn(ports[i % spread]!, email, "not-the-password");
      const after = await signIn(ports[1]!, email, DEMO_PASSWORD);
      const shared = {
        scenario: "sign-in throttle across servers",
        database: opts.database,
        servers: SERVERS,
        wrongPasswords: 5,
        signedInBefore: before === "ok",
        lockedAfterOnAnotherServer: after.startsWith("THROTTLED"),
      };
      console.log(JSON.stringify(shared));
      if (!shared.signedInBefore || !shared.lockedAfterOnAnotherServer) failed = true;
      await db.signInThrottle.deleteMany({});
    }

    if (opts.only !== "storm") {
      // Reads at 50 connections, after a short warm-up each, on the first server.
      const base = `http://127.0.0.1:${ports[0]}`;
      const viewers = bookerCookies.slice(0, 200);
      const withMeetings = [...new Set(meetings.map((m) => m.firmAId))];
      const agendaCookies = bookerCookies.filter((b) => withMeetings.includes(b.firmId));
      const firmIds = (await db.firm.findMany({ where: { status: "APPROVED" }, select: { id: true } })).map(
        (f) => f.id,
      );
      const terms = [
        "",
        "q=software",
        "q=%E8%87%AA%E5%8B%95%E8%BB%8A",
        "q=phan+mem",
        "country=JP&sector=automotive",
        "capability=embedded",
        "q=cloud&sort=japanese",
        "lang=bridge&country=VN",
        "q=AI&page=2",
      ];
      const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
      // Each read with its p95 target; after them the floors the reads stand on, measured the same way: a route
      // handler with one query, and a page with nothing to look up (the sign-in page, anonymous: locale, policy
      // nonce, header). The floors have no target: they say what the machine and the framework allow before any
      // of our work.
      const reads: [string, () => Shot, number | null][] = [
        [
          "directory search",
          () => ({ path: `/en/firms?${pick(terms)}`, cookie: pick(viewers).cookie }),
          READ_P95_TARGET_MS,
        ],
        ["firm page", () => ({ path: `/en/firms/${pick(firmIds)}`, cookie: pick(viewers).cookie }), READ_P95_TARGET_MS],
        [
          "agenda",
          () => {
            const b = pick(agendaCookies.length ? agendaCookies : viewers);
            return { path: `/en/agenda?firm=${b.firmId}`, cookie: b.cookie };
          },
          READ_P95_TARGET_MS,
        ],
        ["floor: health route", () => ({ path: "/api/health" }), null],
        ["floor: sign-in page, anonymous", () => ({ path: "/en/signin" }), null],
      ];
      for (const [name, next, target] of reads) {
        await drive(base, next, { connections: 10, seconds: 2 });
        const t = await drive(base, next, { connections: READ_CONNECTIONS, seconds: SECONDS });
        const r = summary(name, t, {
          connections: READ_CONNECTIONS,
          seconds: SECONDS,
          ...(target === null ? {} : { p95TargetMs: target }),
        });
        console.log(JSON.stringify(r));
        if (r.errors5xx > 0) failed = true;
      }
    }
  } finally {
    await stop();
    await db.$disconnect();
  }
  process.exit(failed ? 1 : 0);
}

void main();
