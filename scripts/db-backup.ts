// npm run db:backup [-- --out FILE]
// A consistent copy of the database while the app keeps running.
//   SQLite: VACUUM INTO, which writes a compact copy of one consistent snapshot (a single read transaction;
//   in WAL mode the app's writers are not blocked). The online backup API would restart on every write the
//   app makes meanwhile and might never finish on a busy day. The copy is then checked (integrity_check) and
//   its firms counted. Default file: var/backups/kakehashi-<UTC time>.db.
//   PostgreSQL: pg_dump in its custom format (restore with pg_restore), also consistent while the app runs.
// Prints one JSON line saying what was written.
import "dotenv/config";
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, providerOf, sqlitePath } from "../lib/database/database-url";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const provider = providerOf(url);
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");
const out = path.resolve(values.out ?? `var/backups/kakehashi-${stamp}.${provider === "sqlite" ? "db" : "dump"}`);
mkdirSync(path.dirname(out), { recursive: true });

async function main() {
  const started = performance.now();
  if (provider === "sqlite") {
    const source = new Database(sqlitePath(url, process.cwd()), {
      readonly: true,
      fileMustExist: true,
      timeout: 10_000,
    });
    rmSync(out, { force: true }); // VACUUM INTO refuses to overwrite
    source.prepare("VACUUM INTO ?").run(out);
    source.close();
    const copy = new Database(out, { readonly: true });
    const integrity = copy.pragma("integrity_check", { simple: true });
    const firms = (copy.prepare('SELECT COUNT(*) AS n FROM "Firm"').get() as { n: number }).n;
    copy.close();
    if (integrity !== "ok") throw new Error(`the copy failed its integrity check: ${integrity}`);
    console.log(
      JSON.stringify({
        backup: out,
        database: "sqlite",
        bytes: statSync(out).size,
        firms,
        integrity,
        ms: Math.round(performance.now() - started),
      }),
    );
    return;
  }
  const dump = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--file", out, "--dbname", url], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (dump.error || dump.status !== 0) {
    console.error(
      'pg_dump failed or is not installed (Debian: apt-get install postgresql-client). See README, "Backups".',
    );
    process.exit(1);
  }
  console.log(
    JSON.stringify({
      backup: out,
      database: "postgresql",
      bytes: statSync(out).size,
      ms: Math.round(performance.now() - started),
      restore: `pg_restore --clean --no-owner --dbname <url> ${out}`,
    }),
  );
}

main().catch((e) => {
  console.error(`db:backup: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
