// The steps `npm run check` and `npm test` share, so the everyday check is exactly the first part of the full run.
//   staticSteps:   typecheck, lint, format check, unit tests (no database, no server)
//   databaseSteps: for one database, the Prisma client, migrations, the demo seed and the integration tests
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";

export const results = [];

export function log(message) {
  console.log(`\n=== ${message}`);
}

/** Runs one step with its output shown, and records whether it passed and how long it took. */
export function run(label, command, args, env = process.env) {
  log(label);
  const t = Date.now();
  const r = spawnSync(command, args, { stdio: "inherit", env });
  const ok = r.status === 0;
  results.push({ label, ok, seconds: Math.round((Date.now() - t) / 1000) });
  return ok;
}

/** Runs the steps in order until one fails. */
export function runAll(steps, env) {
  for (const [label, command, args] of steps) if (!run(label, command, args, env)) return false;
  return true;
}

export const staticSteps = () => [
  // The client's types and enums (lib/generated) for whichever database DATABASE_URL names; nothing connects.
  ["prisma client", "node", ["scripts/prisma-generate.mjs"]],
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["unit tests", "npx", ["vitest", "run"]],
];

/** The environment of a throw-away test database: its own secret, no telemetry. */
export function testEnv(name, databaseUrl, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** A fresh SQLite test database under var/ (the file is created by the migrations). */
export function freshSqlite() {
  mkdirSync("var", { recursive: true });
  for (const f of ["var/test.db", "var/test.db-wal", "var/test.db-shm"]) rmSync(f, { force: true });
  return "file:./var/test.db";
}

export const databaseSteps = (name) => [
  [`${name}: prisma client`, "node", ["scripts/prisma-generate.mjs"]],
  [`${name}: migrate`, "npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"]],
  [`${name}: seed`, "npx", ["tsx", "--conditions=react-server", "prisma/seed/index.ts", "--reset", "--bare"]],
  [`${name}: integration tests`, "npx", ["vitest", "run", "--config", "vitest.integration.config.mts"]],
];

/** Generates the Prisma client for the developer's own database again (tests generate it for theirs). */
export function restoreClient() {
  spawnSync("node", ["scripts/prisma-generate.mjs"], { stdio: "ignore" });
}

/** Where a suite's end-to-end run writes its JSON report, for the summary. */
export const e2eReportPath = (name) => `var/e2e-report-${name}.json`;

/**
 * The end-to-end tests that failed or passed only on their retry, a line each, from the suite's JSON report:
 * a CI log is often read from its end only, where the list reporter's details have long scrolled away.
 */
export function e2eOutcomes(name) {
  const file = e2eReportPath(name);
  if (!existsSync(file)) return [];
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return [`${name}: the end-to-end report ${file} could not be read`];
  }
  const lines = [];
  const walk = (suite) => {
    for (const child of suite.suites ?? []) walk(child);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const failure = test.results?.find((r) => r.error)?.error;
        const error = failure?.message ?? "";
        const at = failure?.location ? ` (at ${failure.location.file.split("/").pop()}:${failure.location.line})` : "";
        const firstLine =
          error
            .replace(/\u001b\[[0-9;]*m/g, "")
            .split("\n")
            .find((l) => l.trim()) ?? "";
        const where = `${spec.file}:${spec.line}`;
        const verdict = test.status === "flaky" ? "flaky" : "FAILED";
        lines.push(
          `${name} ${verdict} [${test.projectName}] ${where} ${spec.title}: ${firstLine.trim()}${at}`.slice(0, 400),
        );
      }
    }
  };
  for (const suite of report.suites ?? []) walk(suite);
  return lines;
}

export function summary(started, e2eSuites = []) {
  const failed = results.filter((r) => !r.ok);
  console.log("\n=== summary");
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.label} (${r.seconds} s)`);
  console.log(`total ${Math.round((Date.now() - started) / 1000)} s`);
  // Last, so that the end of the log says what failed and why.
  for (const name of e2eSuites) for (const line of e2eOutcomes(name)) console.log(line);
  console.log(`steps: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}
