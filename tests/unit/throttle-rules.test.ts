import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ACCOUNT_POLICY, decide, delayAfter, type ThrottleState } from "@/lib/auth/throttle-rules";

const t0 = new Date("2026-02-04T01:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

/** Attempts at the given times, each reserved when allowed; returns how many were allowed. */
function run(times: number[], state: ThrottleState | null = null) {
  let allowed = 0;
  for (const ms of times) {
    const d = decide(state, at(ms), ACCOUNT_POLICY);
    if (d.allowed) {
      allowed++;
      state = d.next;
    }
  }
  return { allowed, state };
}

describe("throttle rules", () => {
  it("lets the free attempts through at once, then asks for growing waits", () => {
    expect([0, 4, 5, 6, 7, 8, 9, 20].map((n) => delayAfter(n, ACCOUNT_POLICY))).toEqual([
      0, 0, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000,
    ]);
  });

  it("a burst at one instant gets exactly the free attempts", () => {
    expect(run(Array(40).fill(0)).allowed).toBe(ACCOUNT_POLICY.free);
  });

  it("after the wait, one more attempt; never a lock longer than the longest wait", () => {
    const { state } = run(Array(5).fill(0));
    expect(decide(state, at(9_999), ACCOUNT_POLICY)).toMatchObject({ allowed: false, retryAfterMs: 1 });
    expect(decide(state, at(10_000), ACCOUNT_POLICY).allowed).toBe(true);
  });

  it("a new window starts the count again", () => {
    const { state } = run(
      Array(12)
        .fill(0)
        .map((_, i) => i * 61_000),
    );
    const d = decide(state, at(ACCOUNT_POLICY.windowMs + 1), ACCOUNT_POLICY);
    expect(d.allowed && d.next.failures).toBe(1);
  });

  it("whatever the timing, nobody waits longer than the maximum delay and an hour holds at most 100 attempts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_600_000 }), { maxLength: 400 }), (raw) => {
        const times = [...raw].sort((a, b) => a - b);
        let state: ThrottleState | null = null;
        let allowed = 0;
        for (const ms of times) {
          const d = decide(state, at(ms), ACCOUNT_POLICY);
          if (d.allowed) {
            allowed++;
            state = d.next;
          } else expect(d.retryAfterMs).toBeLessThanOrEqual(ACCOUNT_POLICY.maxDelayMs);
        }
        expect(allowed).toBeLessThanOrEqual(100);
      }),
    );
  });
});
