// Against the real database DATABASE_URL names (SQLite or PostgreSQL): uniqueness and throttling are the
// database's job, so they are tested there.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signUp } from "@/lib/auth/sign-up";
import { isThrottled, recordFailure, recordSuccess, throttleKeys } from "@/lib/auth/throttle";

const DOMAIN = "integration.kakehashi.example";
const valid = (local: string) => ({
  displayName: "Phạm Thu Trang",
  email: `${local}@${DOMAIN}`,
  password: "Sakura-2026-bridge",
  locale: "vi" as const,
});

async function clean() {
  await db.user.deleteMany({ where: { email: { endsWith: `@${DOMAIN}` } } });
  await db.signInThrottle.deleteMany({ where: { key: { contains: DOMAIN } } });
}

beforeEach(clean);
afterAll(async () => {
  await clean();
  await db.$disconnect();
});

describe("sign-up against the database", () => {
  it("stores a user with a hashed password and the chosen language", async () => {
    const { userId } = await signUp(valid("trang"));
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe(`trang@${DOMAIN}`);
    expect(user.locale).toBe("vi");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.passwordHash).not.toContain("Sakura");
  });

  it("refuses an address already taken, whatever its case, and keeps the first account", async () => {
    await signUp(valid("taken"));
    const error = await signUp({ ...valid("TAKEN"), displayName: "Someone else" }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("CONFLICT");
    expect(error.fields).toEqual({ email: "errors.email.taken" });
    const users = await db.user.findMany({ where: { email: `taken@${DOMAIN}` } });
    expect(users.map((u) => u.displayName)).toEqual(["Phạm Thu Trang"]);
  });

  it("stores nothing for bad input", async () => {
    const error = await signUp({ ...valid("weak"), password: "password123" }).catch((e) => e);
    expect(error.code).toBe("INVALID_INPUT");
    expect(await db.user.count({ where: { email: `weak@${DOMAIN}` } })).toBe(0);
  });

  it("lets exactly one of ten simultaneous sign-ups with one address through", async () => {
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => signUp(valid("race"))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason.code).toBe("CONFLICT");
    }
    expect(await db.user.count({ where: { email: `race@${DOMAIN}` } })).toBe(1);
  });
});

describe("sign-in throttling in the database", () => {
  it("locks an account after five failures and a success clears it", async () => {
    const keys = throttleKeys(`locked@${DOMAIN}`, null);
    for (let i = 0; i < 4; i++) await recordFailure(keys);
    expect(await isThrottled(keys)).toBe(false);
    await recordFailure(keys);
    expect(await isThrottled(keys)).toBe(true);
    await recordSuccess(`locked@${DOMAIN}`);
    expect(await isThrottled(keys)).toBe(false);
  });
});
