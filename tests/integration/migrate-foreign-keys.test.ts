// A migration that rebuilds a table (Prisma's SQLite way to change a column: copy, DROP, rename) must not take
// the rows of other tables with it. With foreign keys enforced, DROP TABLE deletes every row that references the
// dropped table through ON DELETE CASCADE; the runner turns them off around the run and checks them before it
// commits. Runs on a throw-away SQLite file whatever database the suite uses.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/database/migrate";

const root = mkdtempSync(join(tmpdir(), "kh-migrate-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function migration(name: string, sql: string) {
  const dir = join(root, "prisma", "sqlite", "migrations", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
}

describe("SQLite migrations that rebuild a table", () => {
  it("keep the rows that reference it, and refuse to leave rows pointing at nothing", async () => {
    migration(
      "001_init",
      `CREATE TABLE "Parent" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);
       CREATE TABLE "Child" ("id" TEXT NOT NULL PRIMARY KEY, "parentId" TEXT NOT NULL,
         CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") ON DELETE CASCADE);
       INSERT INTO "Parent" VALUES ('p1', 'one'), ('p2', 'two');
       INSERT INTO "Child" VALUES ('c1', 'p1'), ('c2', 'p2');`,
    );
    const url = `file:${join(root, "test.db")}`;
    await migrate(url, root);
    // The shape Prisma writes to add a column it cannot ALTER in (here: a NOT NULL one with a default).
    migration(
      "002_rebuild",
      `PRAGMA defer_foreign_keys=ON;
       PRAGMA foreign_keys=OFF;
       CREATE TABLE "new_Parent" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "flag" BOOLEAN NOT NULL DEFAULT false);
       INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";
       DROP TABLE "Parent";
       ALTER TABLE "new_Parent" RENAME TO "Parent";
       PRAGMA foreign_keys=ON;
       PRAGMA defer_foreign_keys=OFF;`,
    );
    expect((await migrate(url, root)).applied).toEqual(["002_rebuild"]);
    const db = new Database(join(root, "test.db"));
    expect(db.prepare(`SELECT count(*) AS n FROM "Child"`).get()).toEqual({ n: 2 });
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();

    // A rebuild that loses a parent row would leave a child pointing at nothing: nothing of it is kept.
    migration(
      "003_lossy",
      `CREATE TABLE "new_Parent" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "flag" BOOLEAN NOT NULL DEFAULT false);
       INSERT INTO "new_Parent" SELECT * FROM "Parent" WHERE "id" = 'p1';
       DROP TABLE "Parent";
       ALTER TABLE "new_Parent" RENAME TO "Parent";`,
    );
    await expect(migrate(url, root)).rejects.toThrow(/pointing at nothing/);
    const after = new Database(join(root, "test.db"));
    expect(after.prepare(`SELECT count(*) AS n FROM "Parent"`).get()).toEqual({ n: 2 });
    after.close();
  });
});
