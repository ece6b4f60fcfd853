// The one Prisma client. The driver adapter follows DATABASE_URL; the generated client must have been
// generated for the same provider (npm run setup does both). Server code only: a client component that imported
// it would fail the build ("server-only"); scripts run by tsx resolve it with --conditions=react-server, the
// tests through an alias (vitest.config.mts).
import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadEnvForDatabase } from "./database/load-database-env";
import { sqlitePath } from "./database/database-url";
import { containsNul } from "./database/nul-characters";
import { serializedSqlite } from "./database/sqlite-serialized";
import { busyTransactionsAsAppError } from "./database/busy-transactions";
import { AppError } from "./errors";

/** How long a transaction may wait for a connection, and how long it may then run (milliseconds). */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

function createClient(): PrismaClient {
  const { url, provider } = loadEnvForDatabase();
  // A busy timeout lets concurrent SQLite writers queue instead of failing at once with SQLITE_BUSY.
  const adapter =
    provider === "sqlite"
      ? serializedSqlite({ url: sqlitePath(url, process.cwd()), timeout: 10_000 })
      : new PrismaPg({ connectionString: url, max: 10 });
  // The same client with one check on every query, also inside transactions: a NUL character is bad input
  // (PostgreSQL cannot store it and would fail the query). The type stays PrismaClient's: the extension adds
  // nothing to the API.
  // A rush of bookings queues for the pool's connections; Prisma's default (give up on starting a transaction
  // after 2 s) turned a busy minute into errors, where waiting a little longer books or refuses cleanly.
  // Past that wait, a transaction fails as AppError("BUSY"), which forms and APIs show as "try again".
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }).$extends({
    query: {
      async $allOperations({ args, query }) {
        if (containsNul(args))
          throw new AppError("INVALID_INPUT", "NUL character in input", { form: "errors.text.control" });
        return query(args);
      },
    },
  });
  return busyTransactionsAsAppError(client) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
