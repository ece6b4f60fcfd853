// SQLite with transactions that are really isolated.
//
// Prisma's better-sqlite3 adapter runs every query on one connection and only makes transactions wait for
// each other. A query from outside a transaction that ran while another request's transaction was open (it
// awaits between its statements) became part of that transaction: it read rows not yet committed, and a write
// (a sign-in throttle, an audit row, a profile edit) vanished when that transaction rolled back, as every
// losing booking in a rush does. Here a write from outside a transaction waits its turn on the writing
// connection, and a read from outside one goes to a second connection, which in WAL mode sees what is
// committed and never waits for a writer (a long import does not stall the pages).
// (tests/integration/transaction-isolation.test.ts shows it; lib/database/README.md has the routing as a table.)
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { oneAtATime } from "@/lib/concurrency/keyed-queue";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The adapter's methods this wrapper relies on, by object: if an adapter upgrade renames one, the wrapper would stop
 * routing without an error (tests/unit/sqlite-serialized.test.ts checks they exist).
 */
export const ADAPTER_METHODS = {
  factory: ["connect"],
  connection: ["queryRaw", "executeRaw", "executeScript", "startTransaction", "dispose"],
  transaction: ["commit", "rollback", "queryRaw", "executeRaw"],
} as const;

let connections = 0;

/** The adapter factory for DATABASE_URL's SQLite file, serializing transactions and everything else. */
export function serializedSqlite(...args: ConstructorParameters<typeof PrismaBetterSqlite3>): PrismaBetterSqlite3 {
  const factory = new PrismaBetterSqlite3(...args);
  // Two connections to ":memory:" would be two databases: there, reads share the writing connection.
  const readers = args[0].url === ":memory:" ? factory : new PrismaBetterSqlite3(...args);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const writer = await tuned(await connect());
    const reader = readers === factory ? writer : await tuned(await readers.connect());
    return serialized(writer, reader, `sqlite connection ${++connections}`);
  };
  return factory;
}

/**
 * Each connection reads the file through a memory map (up to 256 MB) instead of copying pages through SQLite's
 * 2 MB default cache: a directory search scans every approved firm's search text, and at 10,000 firms (a 70 MB
 * file) that took twice as long without (bench/directory.ts).
 */
async function tuned(connection: Adapter): Promise<Adapter> {
  await connection.executeScript("PRAGMA mmap_size = 268435456;");
  return connection;
}

/** Prisma's reads are single SELECT statements; its writes (INSERT … RETURNING included) are not. */
const isRead = (sql: string) => /^\s*SELECT\b/i.test(sql);

function serialized(adapter: Adapter, reader: Adapter, key: string): Adapter {
  /** Holds the connection until the returned release is called (from a transaction's commit or rollback). */
  const hold = () =>
    new Promise<() => void>((granted) => {
      void oneAtATime(key, () => new Promise<void>((release) => granted(release)));
    });
  const inTurn = <T>(work: () => Promise<T>) => oneAtATime(key, work);

  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "queryRaw")
        return (query: Parameters<Adapter["queryRaw"]>[0]) =>
          reader !== target && isRead(query.sql) ? reader.queryRaw(query) : inTurn(() => target.queryRaw(query));
      if (property === "executeRaw")
        return (query: Parameters<Adapter["executeRaw"]>[0]) => inTurn(() => target.executeRaw(query));
      if (property === "executeScript") return (script: string) => inTurn(() => target.executeScript(script));
      if (property === "dispose")
        return () => Promise.all([...new Set([reader, target])].map((a) => a.dispose())).then(() => undefined);
      if (property === "startTransaction")
        return async (isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> => {
          const release = await hold();
          try {
            return releasingOnEnd(await target.startTransaction(isolationLevel), release);
          } catch (e) {
            release();
            throw e;
          }
        };
      const value = Reflect.get(target, property, receiver);
      // The adapter keeps private fields: its own methods must run on it, not on this proxy.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const once = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return new Proxy(transaction, {
    get(target, property, receiver) {
      if (property === "commit" || property === "rollback")
        return async () => {
          try {
            await target[property]();
          } finally {
            once();
          }
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
