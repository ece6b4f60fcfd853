// `npm test`: every test, on both databases.
//   1. the everyday check's static part (scripts/test-steps.mjs): typecheck, lint, format check, unit tests
//   2. for SQLite, then PostgreSQL: generate the client, migrate a throw-away database, seed the demo, run
//      the integration tests (on SQLite these first steps are `npm run check`'s), build, run the end-to-end
//      tests against `next start` in Chromium, then the load benchmark's booking storm (on PostgreSQL across
//      two app servers).
// What it needs and does not find it installs when it can (as root with apt-get: Debian's chromium and
// postgresql), or says what to install. KAKEHASHI_TEST_POSTGRES_URL names an existing PostgreSQL database
// to use instead (it is wiped). KAKEHASHI_TEST_DATABASES=sqlite runs SQLite only.
import { spawnSync, execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import {
  databaseSteps,
  e2eReportPath,
  freshSqlite,
  log,
  restoreClient,
  run,
  runAll,
  staticSteps,
  summary,
  testEnv,
} from "./test-steps.mjs";

const started = Date.now();
const suitesRun = [];

function sh(command, args, options = {}) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }).trim();
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
let aptUpdated = false;
function aptInstall(...packages) {
  if (!isRoot || !hasApt) return false;
  if (!aptUpdated) spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  aptUpdated = true;
  const r = spawnSync("apt-get", ["install", "-y", "-qq", ...packages], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return r.status === 0;
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(path)) return path;
  log("installing Debian's chromium for the end-to-end tests");
  if (aptInstall("chromium") && existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  console.error("Chromium not found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}

/** A throw-away PostgreSQL database: the one given, or one on a local server this script starts. */
function provisionPostgres() {
  if (process.env.KAKEHASHI_TEST_POSTGRES_URL) return { url: process.env.KAKEHASHI_TEST_POSTGRES_URL, drop: () => {} };
  if (!isRoot) {
    console.warn(
      "PostgreSQL tests skipped: set KAKEHASHI_TEST_POSTGRES_URL to a throw-away database (or run as root with apt-get).",
    );
    return null;
  }
  if (!existsSync("/usr/bin/pg_ctlcluster") && !aptInstall("postgresql")) {
    console.warn("PostgreSQL tests skipped: could not install Debian's postgresql.");
    return null;
  }
  const version = readdirSync("/etc/postgresql").sort().at(-1);
  spawnSync("pg_ctlcluster", [version, "main", "start"], { stdio: "inherit" });
  const psql = (sql) => sh("su", ["postgres", "-c", `psql -v ON_ERROR_STOP=1 -qAt -c "${sql}"`]);
  for (let i = 0; i < 30; i++) {
    try {
      psql("SELECT 1");
      break;
    } catch {
      spawnSync("sleep", ["1"]);
    }
  }
  const password = randomBytes(12).toString("hex");
  const name = `kakehashi_test_${Date.now()}`;
  psql(
    `DO \\$\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kakehashi_test') THEN CREATE ROLE kakehashi_test LOGIN; END IF; END\\$\\$`,
  );
  psql(`ALTER ROLE kakehashi_test PASSWORD '${password}'`);
  psql(`CREATE DATABASE ${name} OWNER kakehashi_test`);
  return {
    url: `postgresql://kakehashi_test:${password}@127.0.0.1:5432/${name}`,
    drop: () => {
      try {
        psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (e) {
        console.warn(`could not drop ${name}: ${e.message}`);
      }
    },
  };
}

function suite(name, databaseUrl, chromium) {
  const env = testEnv(name, databaseUrl, {
    ...(name === "postgresql" ? { KAKEHASHI_BENCH_POSTGRES_URL: databaseUrl } : {}),
    CHROMIUM_PATH: chromium,
    E2E_JSON_REPORT: e2eReportPath(name),
  });
  rmSync(e2eReportPath(name), { force: true });
  suitesRun.push(name);
  return runAll(
    [
      ...databaseSteps(name),
      [`${name}: build`, "npx", ["next", "build"]],
      [`${name}: end-to-end tests`, "npx", ["playwright", "test"]],
      // The load benchmark's booking storm against the build just tested: thousands of bookings at once on
      // 300 open slots over the 10,000-firm registry; it fails on any double booking or 5xx. On PostgreSQL it
      // runs across two app servers sharing only the database (it wipes and reseeds the suite's database).
      name === "postgresql"
        ? [
            `${name}: booking storm, two servers`,
            "npx",
            [
              "tsx",
              "--conditions=react-server",
              "bench/load.ts",
              "--only",
              "storm",
              "--no-build",
              "--database",
              "postgresql",
              "--servers",
              "2",
            ],
          ]
        : [
            `${name}: booking storm`,
            "npx",
            ["tsx", "--conditions=react-server", "bench/load.ts", "--only", "storm", "--no-build"],
          ],
    ],
    env,
  );
}

const chromium = ensureChromium();
// Every static step runs even when one fails, so one run reports everything (the client generated for SQLite).
const staticEnv = testEnv("sqlite", "file:./var/test.db");
for (const [label, command, args] of staticSteps()) run(label, command, args, staticEnv);

const only = process.env.KAKEHASHI_TEST_DATABASES;
if (!only || only.includes("sqlite")) suite("sqlite", freshSqlite(), chromium);
if (!only || only.includes("postgres")) {
  const pg = provisionPostgres();
  if (pg) {
    try {
      suite("postgresql", pg.url, chromium);
    } finally {
      pg.drop();
    }
  }
}

// Leave the Prisma client generated for the developer's own database again.
restoreClient();
process.exit(summary(started, suitesRun));
