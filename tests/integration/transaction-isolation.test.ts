// A transaction is isolated from what other requests do meanwhile, on either database, and reads from outside
// do not wait for it. On SQLite this needs lib/database/sqlite-serialized.ts: Prisma's adapter shares one
// connection, and a query from outside a transaction that ran while the transaction awaited became part of it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const PROBE = "isolation-probe-";
const cleanUp = () => db.signInThrottle.deleteMany({ where: { key: { startsWith: PROBE } } });
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await db.$disconnect();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens a transaction that writes `key`, waits, then rolls back; `during` runs while it is open. */
async function rollbackAround<T>(key: string, during: () => Promise<T>): Promise<T> {
  let opened!: () => void;
  const isOpen = new Promise<void>((r) => (opened = r));
  const transaction = db
    .$transaction(async (tx) => {
      await tx.signInThrottle.create({ data: { key, windowStart: new Date() } });
      opened();
      await pause(150);
      throw new Error("rolled back on purpose");
    })
    .catch((e: Error) => e.message);
  await isOpen;
  const result = await during();
  expect(await transaction).toBe("rolled back on purpose");
  return result;
}

describe("transaction isolation", () => {
  it("keeps a write made outside a transaction when that transaction rolls back", async () => {
    await rollbackAround(`${PROBE}inside`, () =>
      db.signInThrottle.create({ data: { key: `${PROBE}outside`, windowStart: new Date() } }),
    );
    expect(await db.signInThrottle.findUnique({ where: { key: `${PROBE}outside` } })).not.toBeNull();
    expect(await db.signInThrottle.findUnique({ where: { key: `${PROBE}inside` } })).toBeNull();
  });

  it("does not show a transaction's uncommitted rows to a read from outside it", async () => {
    const seen = await rollbackAround(`${PROBE}uncommitted`, () =>
      db.signInThrottle.findUnique({ where: { key: `${PROBE}uncommitted` } }),
    );
    expect(seen).toBeNull();
  });

  it("answers a read from outside while a transaction is open, without waiting for it to end", async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    let ended = false;
    const transaction = db
      .$transaction(async (tx) => {
        await tx.signInThrottle.create({ data: { key: `${PROBE}long`, windowStart: new Date() } });
        opened();
        await pause(300);
      })
      .finally(() => (ended = true));
    await isOpen;
    await db.signInThrottle.count();
    expect(ended).toBe(false);
    await transaction;
  });

  it("lets many concurrent writes and transactions all finish, each with its own outcome", async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? db.$transaction(async (tx) => {
              await tx.signInThrottle.create({ data: { key: `${PROBE}tx-${i}`, windowStart: new Date() } });
              await pause(5);
              if (i % 2 === 0) throw new Error("rolled back on purpose");
            })
          : db.signInThrottle.create({ data: { key: `${PROBE}plain-${i}`, windowStart: new Date() } }),
      ),
    );
    const keys = new Set(
      (await db.signInThrottle.findMany({ where: { key: { startsWith: PROBE } }, select: { key: true } })).map(
        (r) => r.key,
      ),
    );
    outcomes.forEach((o, i) => {
      const rolledBack = i % 3 === 0 && i % 2 === 0;
      expect(o.status).toBe(rolledBack ? "rejected" : "fulfilled");
      expect(keys.has(i % 3 === 0 ? `${PROBE}tx-${i}` : `${PROBE}plain-${i}`)).toBe(!rolledBack);
    });
  });
});
