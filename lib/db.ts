// The one Prisma client. The driver adapter follows DATABASE_URL; the generated client must have been
// generated for the same provider (npm run setup does both).
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadEnvForDatabase } from "./database/load-database-env";
import { sqlitePath } from "./database/database-url";

function createClient(): PrismaClient {
  const { url, provider } = loadEnvForDatabase();
  if (provider === "sqlite") {
    // A busy timeout lets concurrent writers queue instead of failing at once with SQLITE_BUSY.
    const adapter = new PrismaBetterSqlite3({ url: sqlitePath(url, process.cwd()), timeout: 10_000 });
    return new PrismaClient({ adapter });
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
