import { afterAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/database/migrate";
import { providerOf } from "@/lib/database/database-url";
import { db } from "@/lib/db";

const url = process.env.DATABASE_URL!;

afterAll(() => db.$disconnect());

describe("migrations", () => {
  it("are all applied, and applying again changes nothing", async () => {
    const again = await migrate(url, process.cwd());
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations(process.cwd(), providerOf(url)).length);
  });

  it("are recorded where prisma migrate deploy looks for them", async () => {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(
      readMigrations(process.cwd(), providerOf(url)).map((m) => m.name),
    );
  });
});
