import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Instance, Schedule } from "@/lib/scheduling/instance";
import { evaluate } from "@/lib/scheduling/evaluate";
import { solveScheduleSync } from "@/lib/scheduling/solve";
import { leximinChange } from "@/lib/scheduling/fair";
import { meetingsPerFirm } from "@/lib/scheduling/distribution";
import { arbInstance, heldOutLike } from "../support/generated-instances";

/**
 * An exchange that would fix an unfair schedule: a firm that asked for meetings has none while another has the
 * most; removing one (not fixed) meeting of a firm with the most, whose firms both keep at least one meeting,
 * lets one of the empty firm's meetings in (the result checked by the validator). Returns it, or null.
 */
function fixingExchange(inst: Instance, schedule: Schedule): string | null {
  const count = new Map<string, number>();
  for (const a of schedule.assignments)
    for (const p of inst.meetings.find((m) => m.id === a.meeting)!.participants) count.set(p, (count.get(p) ?? 0) + 1);
  const most = Math.max(0, ...count.values());
  if (most < 2) return null;
  const fixed = new Set(inst.fixed.map((f) => f.meeting));
  const byId = new Map(inst.meetings.map((m) => [m.id, m]));
  for (const u of inst.meetings) {
    if (!schedule.unscheduled.includes(u.id)) continue;
    const empty = u.participants.find((p) => (count.get(p) ?? 0) === 0);
    if (!empty) continue;
    for (const x of schedule.assignments) {
      if (fixed.has(x.meeting)) continue;
      const firms = byId.get(x.meeting)!.participants;
      if (!firms.some((p) => count.get(p) === most) || firms.some((p) => count.get(p)! < 2)) continue;
      const rest = schedule.assignments.filter((a) => a !== x);
      for (const slot of inst.slots) {
        for (const table of inst.tables) {
          const trial = {
            assignments: [...rest, { meeting: u.id, slot: slot.id, table: table.id }],
            unscheduled: [...schedule.unscheduled.filter((id) => id !== u.id), x.meeting],
          };
          if (evaluate(inst, trial).valid) return `${x.meeting} out, ${u.id} in at ${slot.id}`;
        }
      }
    }
  }
  return null;
}

describe("fair shares", () => {
  it("leximin: raising the least-served firm wins over adding to the best-served", () => {
    expect(leximinChange([0, 3], [1, 2])).toBeGreaterThan(0);
    expect(leximinChange([2, 5], [2, 6])).toBeGreaterThan(0);
    expect(leximinChange([1, 1], [0, 3])).toBeLessThan(0);
    expect(leximinChange([1, 2], [2, 1])).toBe(0);
  });

  it(
    "no firm that asked for meetings ends with none while another has the most, when an exchange would fix it",
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(arbInstance, (inst) => {
          const run = solveScheduleSync(inst, { seed: "f", fair: true, timeLimitMs: 20_000 });
          expect(evaluate(inst, run.schedule).valid).toBe(true);
          expect(fixingExchange(inst, run.schedule)).toBeNull();
        }),
        { numRuns: 150 },
      );
    },
  );

  it("gives a firm with none its meeting through a chain of two moves when no single exchange does", () => {
    // Found by the property above: one interpreter table, m4 can only take am-1, where m1 sits; m1 can move only
    // to m0's slot, and m0's other firm keeps its fixed meeting.
    const inst: Instance = {
      name: "generated",
      slots: [
        { id: "am-0", session: "am" },
        { id: "am-1", session: "am" },
        { id: "am-2", session: "am" },
      ],
      tables: [{ id: "T0" }, { id: "I0-0", interpreter: "ja-vi" }],
      participants: [
        { id: "p0", unavailable: [] },
        { id: "p1", unavailable: ["am-0"] },
        { id: "p2", unavailable: [] },
        { id: "p3", unavailable: [] },
        { id: "p4", unavailable: [] },
        { id: "p5", unavailable: [] },
        { id: "p6", unavailable: [] },
        { id: "p7", unavailable: [] },
      ],
      meetings: [
        { id: "m0", participants: ["p0", "p2"], priority: 1, session: "am", interpreter: "ja-vi" },
        { id: "m1", participants: ["p7", "p0"], priority: 1, session: "am", interpreter: "ja-vi" },
        { id: "m2", participants: ["p0", "p2"], priority: 1, session: "am", interpreter: "ja-vi" },
        { id: "m3", participants: ["p3", "p4"], priority: 1, session: "am" },
        { id: "m4", participants: ["p0", "p1"], priority: 1, session: "am", interpreter: "ja-vi" },
      ],
      fixed: [{ meeting: "m2", slot: "am-2" }],
    };
    const run = solveScheduleSync(inst, { seed: "f", fair: true, timeLimitMs: 20_000 });
    expect(evaluate(inst, run.schedule).valid).toBe(true);
    expect(fixingExchange(inst, run.schedule)).toBeNull();
    expect(run.schedule.unscheduled).not.toContain("m4");
  });

  it(
    "on a held-out-like event, fair shares leave fewer firms without meetings and report the distribution",
    { timeout: 120_000 },
    () => {
      const inst = heldOutLike({ meetings: 400, seed: "fair", skew: 1.4, tableSlack: 0.7 });
      const plain = solveScheduleSync(inst, { seed: "f", timeLimitMs: 20_000 });
      const fair = solveScheduleSync(inst, { seed: "f", fair: true, timeLimitMs: 20_000 });
      expect(evaluate(inst, fair.schedule).valid).toBe(true);
      const a = meetingsPerFirm(inst, plain.schedule);
      const b = meetingsPerFirm(inst, fair.schedule);
      expect(b.withNone).toBeLessThanOrEqual(a.withNone);
      expect(b.minimum).toBeGreaterThanOrEqual(a.minimum);
      // The price of fairness is visible against the same bound.
      expect(fair.weighted).toBeLessThanOrEqual(plain.weighted);
      expect(fair.bound).toBe(plain.bound);
      expect(b.histogram.reduce((sum, h) => sum + h.firms, 0)).toBe(b.firms);
    },
  );
});
