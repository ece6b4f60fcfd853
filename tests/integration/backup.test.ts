// npm run db:backup while the database is being written to: the copy is consistent (SQLite: it passes
// integrity_check and has every firm; PostgreSQL: pg_restore can read the dump).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const dir = mkdtempSync(path.join(tmpdir(), "kakehashi-backup-"));
afterAll(async () => {
  await db.notification.deleteMany({ where: { kind: "backupTest" } });
  rmSync(dir, { recursive: true, force: true });
  await db.$disconnect();
});

function backup(out: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/db-backup.ts", "--out", out], {
      env: process.env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("db:backup", () => {
  it("copies the database while the app writes to it", async () => {
    const user = await db.user.findFirstOrThrow({ where: { email: "admin.vn@demo.kakehashi.example" } });
    const firms = await db.firm.count();
    const postgres = !process.env.DATABASE_URL?.startsWith("file:");
    const out = path.join(dir, postgres ? "kakehashi.dump" : "kakehashi.db");
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        await db.notification.create({ data: { userId: user.id, kind: "backupTest" } });
        writes++;
        // SQLite's driver answers synchronously: let the event loop hear from the backup process too.
        await new Promise((r) => setImmediate(r));
      }
    })();
    const result = await backup(out);
    writing = false;
    await writer;
    expect(result.code, result.stderr).toBe(0);
    expect(writes).toBeGreaterThan(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1)!);
    expect(report.backup).toBe(out);
    expect(report.bytes).toBeGreaterThan(10_000);
    if (postgres) {
      const list = spawnSync("pg_restore", ["--list", out], { encoding: "utf8" });
      expect(list.status, list.stderr).toBe(0);
      expect(list.stdout).toContain("TABLE DATA public Firm");
    } else {
      expect(report.integrity).toBe("ok");
      expect(report.firms).toBe(firms);
    }
  }, 120_000);
});
