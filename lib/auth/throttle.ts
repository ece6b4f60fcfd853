// Attempt throttling kept in the database, so every app server shares one count. An attempt is *reserved*
// before the work it guards (a password check, an email): one conditional write, an update whose WHERE holds
// the count it read (compare-and-swap), so of any number of parallel attempts only as many as the rules allow
// are ever reserved, on SQLite and on PostgreSQL alike. Reading the row and writing it back without that
// condition let 40 parallel wrong passwords all be checked.
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { decide, delayAfter, type ThrottlePolicy } from "./throttle-rules";

export type ThrottleKey = { key: string; policy: ThrottlePolicy };
export type Reservation = { allowed: true } | { allowed: false; retryAfterMs: number };

// Losing the compare-and-swap means another attempt for the key was reserved meanwhile: read again and decide
// again. Only under heavy contention does this run out; the attempt is then refused as throttled.
const MAX_ROUNDS = 64;

export async function reserve({ key, policy }: ThrottleKey, now = new Date()): Promise<Reservation> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const row = await db.signInThrottle.findUnique({ where: { key } });
    const decision = decide(row, now, policy);
    if (!decision.allowed) return decision;
    if (!row) {
      try {
        await db.signInThrottle.create({ data: { key, ...decision.next } });
        return { allowed: true };
      } catch (e) {
        if (isUniqueViolation(e)) continue;
        throw e;
      }
    }
    const swapped = await db.signInThrottle.updateMany({
      where: { key, failures: row.failures, windowStart: row.windowStart },
      data: decision.next,
    });
    if (swapped.count === 1) return { allowed: true };
  }
  return { allowed: false, retryAfterMs: 1_000 };
}

/**
 * Reserves an attempt under every key, or none: when one key refuses, the reservations already made are
 * given back, so a refused attempt counts nowhere.
 */
export async function reserveAll(keys: readonly ThrottleKey[], now = new Date()): Promise<Reservation> {
  const made: ThrottleKey[] = [];
  for (const k of keys) {
    const r = await reserve(k, now);
    if (!r.allowed) {
      for (const m of made) await giveBack(m.key);
      return r;
    }
    made.push(k);
  }
  return { allowed: true };
}

/**
 * After a failed check: the wait runs from now, not from when the attempt was reserved, so a burst whose
 * checks queue up behind each other (hashing takes time) cannot outlast the wait and slip more guesses in.
 * Only ever lengthens the wait.
 */
export async function extendWait({ key, policy }: ThrottleKey, now = new Date()): Promise<void> {
  const row = await db.signInThrottle.findUnique({ where: { key } });
  const delay = row ? delayAfter(row.failures, policy) : 0;
  if (!row || delay === 0) return;
  const until = new Date(now.getTime() + delay);
  await db.signInThrottle.updateMany({
    where: { key, windowStart: row.windowStart, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lt: until } }] },
    data: { nextAttemptAt: until },
  });
}

/** Un-counts one reserved attempt (it succeeded, or another key refused it). */
export async function giveBack(key: string): Promise<void> {
  await db.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/** Forgets a key's count: the account's owner proved the password, or reset it. */
export async function clearKey(key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

/**
 * True once per window, for the attempt that finds the count at `atLeast` or more and no notice sent in this
 * window yet (a conditional update, so parallel failures send one notice).
 */
export async function claimNotice(key: string, atLeast: number, now = new Date()): Promise<boolean> {
  const row = await db.signInThrottle.findUnique({ where: { key } });
  if (!row || row.failures < atLeast) return false;
  const claimed = await db.signInThrottle.updateMany({
    where: {
      key,
      windowStart: row.windowStart,
      OR: [{ noticeSentAt: null }, { noticeSentAt: { lt: row.windowStart } }],
    },
    data: { noticeSentAt: now },
  });
  return claimed.count === 1;
}
