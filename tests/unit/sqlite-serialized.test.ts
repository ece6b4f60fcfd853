// The SQLite routing (lib/database/sqlite-serialized.ts, explained in lib/database/README.md) depends on the driver
// adapter's method names; this fails if an upgrade of @prisma/adapter-better-sqlite3 changes them, and checks on a
// real file that reads outside a transaction go to the second connection while writes wait for the open transaction.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { ADAPTER_METHODS, serializedSqlite } from "@/lib/database/sqlite-serialized";

const dir = mkdtempSync(join(tmpdir(), "kakehashi-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const query = (sql: string) => ({ sql, args: [], argTypes: [] }) as never;
const methods = (o: object) => {
  const names = new Set<string>();
  for (let p = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    for (const n of Object.getOwnPropertyNames(p))
      if (typeof (o as Record<string, unknown>)[n] === "function") names.add(n);
  return names;
};

describe("the SQLite adapter the routing wraps", () => {
  it("still has every method the wrapper relies on", async () => {
    const factory = new PrismaBetterSqlite3({ url: ":memory:" });
    for (const m of ADAPTER_METHODS.factory) expect(methods(factory), `factory.${m}`).toContain(m);
    const connection = await factory.connect();
    for (const m of ADAPTER_METHODS.connection) expect(methods(connection), `connection.${m}`).toContain(m);
    const transaction = await connection.startTransaction();
    for (const m of ADAPTER_METHODS.transaction) expect(methods(transaction), `transaction.${m}`).toContain(m);
    await transaction.rollback();
    await connection.dispose();
  });

  it("reads outside a transaction see what is committed; writes wait for the open transaction", async () => {
    const connection = await serializedSqlite({ url: join(dir, "routing.db") }).connect();
    await connection.executeScript("PRAGMA journal_mode = WAL; CREATE TABLE t (n INTEGER);");
    const transaction = await connection.startTransaction();
    await transaction.executeRaw(query("INSERT INTO t (n) VALUES (1)"));
    // A read from outside: the reading connection does not see the uncommitted row, and does not wait.
    const read = await connection.queryRaw(query("SELECT COUNT(*) AS n FROM t"));
    expect(read.rows).toEqual([[0]]);
    // A write from outside waits for the transaction to end.
    let written = false;
    const write = connection.executeRaw(query("INSERT INTO t (n) VALUES (2)")).then(() => (written = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(written).toBe(false);
    // As Prisma's engine ends it: COMMIT on the transaction's connection, then commit() releases it.
    await transaction.executeRaw(query("COMMIT"));
    await transaction.commit();
    await write;
    expect((await connection.queryRaw(query("SELECT COUNT(*) AS n FROM t"))).rows).toEqual([[2]]);
    await connection.dispose();
  });
});
