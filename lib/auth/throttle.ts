// Sign-in throttling kept in the database, so every app server sees the same counts.
import { db } from "@/lib/db";
import { ACCOUNT_LIMITS, ADDRESS_LIMITS, afterFailure, isLocked, type ThrottleLimits } from "./throttle-rules";

type Key = { key: string; limits: ThrottleLimits };

export function throttleKeys(email: string, address: string | null): Key[] {
  const keys: Key[] = [{ key: `email:${email}`, limits: ACCOUNT_LIMITS }];
  if (address) keys.push({ key: `ip:${address}`, limits: ADDRESS_LIMITS });
  return keys;
}

export async function isThrottled(keys: Key[], now = new Date()): Promise<boolean> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return rows.some((r) => isLocked(r, now));
}

export async function recordFailure(keys: Key[], now = new Date()): Promise<void> {
  for (const { key, limits } of keys) {
    await db.$transaction(async (tx) => {
      const current = await tx.signInThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, now, limits);
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
    });
  }
}

/** A correct password clears the account's count (not the address's: one good sign-in should not unlock a
 * whole address that is guessing at other accounts). */
export async function recordSuccess(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email}` } });
}
