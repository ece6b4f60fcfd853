// Throttling rules, pure. An attempt is reserved before the work it guards (a password check, an email sent):
// the first `free` attempts in a window pass at once; past them each attempt must wait a delay that grows with
// the count, up to `maxDelayMs`. There is no hard lock: whoever triggers the delays, the owner of an account
// waits at most `maxDelayMs` (and not at all from a device they signed in on before: trusted-device.ts).
export type ThrottleState = { failures: number; windowStart: Date; nextAttemptAt: Date | null };

export type ThrottlePolicy = {
  /** Attempts in a window that pass without waiting. */
  free: number;
  /** The count starts again this long after the window's first attempt. */
  windowMs: number;
  /** The wait after the first attempt past `free`; it doubles with each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
};

const MINUTE = 60_000;

/**
 * Wrong passwords for one account from devices it has not signed in on: 5 free, then 10 s, 20 s, 40 s and 60 s
 * between attempts (counted from the last failure). At most about 65 guesses an hour (ASVS 2.2.1 allows 100);
 * the owner waits a minute at worst.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  free: 5,
  windowMs: 60 * MINUTE,
  firstDelayMs: 10_000,
  maxDelayMs: 60_000,
};

/**
 * Wrong passwords from one network address, whatever the account: more room, since a venue's Wi-Fi puts
 * hundreds of people behind one address; it slows spraying one password over many accounts.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  free: 50,
  windowMs: 60 * MINUTE,
  firstDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/** Wrong passwords from a device the account signed in on before (its own budget, untouched by others). */
export const DEVICE_POLICY: ThrottlePolicy = {
  free: 10,
  windowMs: 60 * MINUTE,
  firstDelayMs: 10_000,
  maxDelayMs: 60_000,
};

/** Emails a person can cause to one address (verification, reset, sign-up notices): 3 an hour, then waits. */
export const SEND_PER_RECIPIENT: ThrottlePolicy = {
  free: 3,
  windowMs: 60 * MINUTE,
  firstDelayMs: 10 * MINUTE,
  maxDelayMs: 60 * MINUTE,
};

/** Sign-ups, reset requests and resends from one network address: a venue's worth, then waits. */
export const SEND_PER_ADDRESS: ThrottlePolicy = {
  free: 100,
  windowMs: 60 * MINUTE,
  firstDelayMs: 10_000,
  maxDelayMs: 5 * MINUTE,
};

/** The wait required after `failures` attempts in the window (0 while they are free). */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  const doublings = Math.min(failures - policy.free, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

export type Decision = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterMs: number };

/** Whether one more attempt may go ahead now, and the state that reserving it writes. */
export function decide(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): Decision {
  const windowOpen = state !== null && now.getTime() - state.windowStart.getTime() < policy.windowMs;
  const failures = windowOpen ? state.failures : 0;
  const windowStart = windowOpen ? state.windowStart : now;
  const waitUntil = windowOpen ? state.nextAttemptAt : null;
  if (failures >= policy.free && waitUntil && waitUntil.getTime() > now.getTime())
    return { allowed: false, retryAfterMs: waitUntil.getTime() - now.getTime() };
  const delay = delayAfter(failures + 1, policy);
  return {
    allowed: true,
    next: { failures: failures + 1, windowStart, nextAttemptAt: delay > 0 ? new Date(now.getTime() + delay) : null },
  };
}
