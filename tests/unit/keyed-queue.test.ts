import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { oneAtATime, queuedKeys } from "@/lib/concurrency/keyed-queue";

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("oneAtATime", () => {
  it("never runs two pieces of work for one key at once, and runs each key's work in arrival order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.nat(3), fc.boolean()), { minLength: 1, maxLength: 30 }),
        async (jobs) => {
          const running = new Map<string, number>();
          const order = new Map<string, number[]>();
          let overlap = false;
          const results = await Promise.allSettled(
            jobs.map(([key, waits, fails], i) =>
              oneAtATime(key, async () => {
                running.set(key, (running.get(key) ?? 0) + 1);
                if (running.get(key)! > 1) overlap = true;
                order.set(key, [...(order.get(key) ?? []), i]);
                for (let w = 0; w < waits; w++) await tick();
                running.set(key, running.get(key)! - 1);
                if (fails) throw new Error(`job ${i}`);
                return i;
              }),
            ),
          );
          expect(overlap).toBe(false);
          for (const list of order.values()) expect(list).toEqual([...list].sort((x, y) => x - y));
          // Each caller gets its own outcome: a failure does not spill into the next job of the key.
          results.forEach((r, i) => expect(r.status).toBe(jobs[i]![2] ? "rejected" : "fulfilled"));
          await tick();
          expect(queuedKeys()).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("lets work for different keys run side by side", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = oneAtATime("x", () => gate);
    let otherRan = false;
    await oneAtATime("y", async () => {
      otherRan = true;
    });
    expect(otherRan).toBe(true);
    release();
    await first;
  });
});
