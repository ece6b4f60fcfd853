import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMITS, afterFailure, isLocked, type ThrottleState } from "@/lib/auth/throttle-rules";

const t0 = new Date("2026-02-04T01:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, start: ThrottleState | null = null, stepMs = 1000): ThrottleState | null {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, later(i * stepMs), ACCOUNT_LIMITS);
  return state;
}

describe("sign-in throttling", () => {
  it("does not lock below the limit", () => {
    const state = fail(ACCOUNT_LIMITS.maxFailures - 1);
    expect(state?.failures).toBe(4);
    expect(isLocked(state, later(5000))).toBe(false);
  });

  it("locks at the limit, for the lock period", () => {
    const state = fail(ACCOUNT_LIMITS.maxFailures);
    expect(isLocked(state, later(5000))).toBe(true);
    expect(isLocked(state, later(4000 + ACCOUNT_LIMITS.lockMs + 1))).toBe(false);
  });

  it("starts a new window when the old one has passed", () => {
    const state = fail(4);
    const next = afterFailure(state, later(ACCOUNT_LIMITS.windowMs + 1), ACCOUNT_LIMITS);
    expect(next.failures).toBe(1);
    expect(isLocked(next, later(ACCOUNT_LIMITS.windowMs + 2))).toBe(false);
  });

  it("failures spread wider than the window never lock", () => {
    const state = fail(20, null, ACCOUNT_LIMITS.windowMs / 2 + 1);
    expect(isLocked(state, later(20 * (ACCOUNT_LIMITS.windowMs / 2 + 1)))).toBe(false);
  });

  it("a missing record is not locked", () => {
    expect(isLocked(null, t0)).toBe(false);
  });
});
