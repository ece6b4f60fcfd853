// Sign-in throttling rules, pure: how failures in a window turn into a lock-out.
export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type ThrottleLimits = { maxFailures: number; windowMs: number; lockMs: number };

// Per account: 5 wrong passwords in 15 minutes lock it for 15 minutes. Per address (IP): more room, since
// an office or a venue's Wi-Fi puts many people behind one address.
export const ACCOUNT_LIMITS: ThrottleLimits = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_LIMITS: ThrottleLimits = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

export function afterFailure(state: ThrottleState | null, now: Date, limits: ThrottleLimits): ThrottleState {
  const windowOpen = state && now.getTime() - state.windowStart.getTime() < limits.windowMs;
  const failures = windowOpen ? state.failures + 1 : 1;
  const windowStart = windowOpen ? state.windowStart : now;
  const lockedUntil =
    failures >= limits.maxFailures ? new Date(now.getTime() + limits.lockMs) : (state?.lockedUntil ?? null);
  return { failures, windowStart, lockedUntil };
}
