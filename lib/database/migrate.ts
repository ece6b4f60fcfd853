// Applies prisma/<provider>/migrations/*/migration.sql in order, each in one transaction, and records them in
// Prisma's own `_prisma_migrations` table (checksum = sha256 of the file), so `prisma migrate deploy` on a
// machine with Prisma's native engine sees the same history. Several servers starting at once are safe: SQLite
// takes a write lock (BEGIN IMMEDIATE), PostgreSQL an advisory lock.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { providerOf, sqlitePath, type DatabaseProvider } from "./database-url";

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(root: string, provider: DatabaseProvider): Migration[] {
  const dir = join(root, "prisma", provider, "migrations");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export type MigrateResult = { applied: string[]; alreadyApplied: number };

export async function migrate(url: string, root: string): Promise<MigrateResult> {
  const provider = providerOf(url);
  const migrations = readMigrations(root, provider);
  return provider === "sqlite" ? migrateSqlite(sqlitePath(url, root), migrations) : migratePostgres(url, migrations);
}

function checkHistory(done: Map<string, string>, migrations: Migration[]) {
  for (const m of migrations) {
    const checksum = done.get(m.name);
    if (checksum && checksum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
    }
  }
}

async function migrateSqlite(file: string, migrations: Migration[]): Promise<MigrateResult> {
  const { default: Database } = await import("better-sqlite3");
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
      "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
    const applied: string[] = [];
    const run = db.transaction(() => {
      const rows = db
        .prepare(
          `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
        )
        .all() as { migration_name: string; checksum: string }[];
      const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      checkHistory(done, migrations);
      for (const m of migrations) {
        if (done.has(m.name)) continue;
        db.exec(m.sql);
        const now = new Date().toISOString();
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), m.checksum, now, m.name, now);
        applied.push(m.name);
      }
      const broken = db.pragma("foreign_key_check") as unknown[];
      if (broken.length)
        throw new Error(
          `migrations left ${broken.length} rows pointing at nothing: ${JSON.stringify(broken.slice(0, 3))}`,
        );
      return done.size;
    });
    // Prisma's SQLite migrations rebuild a table to change it (create a copy, DROP the old one, rename) and turn
    // foreign keys off around that; inside our transaction that pragma does nothing, and DROP TABLE with foreign
    // keys on deletes every row that references the table (ON DELETE CASCADE): rebuilding Event would empty
    // Slot, Participation, Meeting... So they are off for the whole run (the pragma only works outside a
    // transaction) and checked in the transaction before it commits, as Prisma's own engine does.
    db.pragma("foreign_keys = OFF");
    try {
      return { applied, alreadyApplied: run.immediate() };
    } finally {
      db.pragma("foreign_keys = ON");
    }
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const LOCK = 72707369; // any constant shared by every Kakehashi server
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkHistory(done, migrations);
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
      applied.push(m.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => {});
    await client.end();
  }
}
