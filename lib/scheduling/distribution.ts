// Meetings per firm in a schedule, for the organizer's preview: how many firms that asked for meetings got
// none, one, two..., the least and the most, so fairness can be seen (and compared with the fair-shares option).
import type { Instance, Schedule } from "./instance";

export type MeetingsPerFirm = {
  /** Firms with at least one requested meeting. */
  firms: number;
  withNone: number;
  minimum: number;
  maximum: number;
  mean: number;
  /** Number of firms per count of meetings, ascending, counts with no firm left out. */
  histogram: { meetings: number; firms: number }[];
};

export function meetingsPerFirm(inst: Instance, schedule: Schedule): MeetingsPerFirm {
  const count = new Map<string, number>();
  for (const m of inst.meetings) for (const p of m.participants) count.set(p, 0);
  const byId = new Map(inst.meetings.map((m) => [m.id, m]));
  for (const a of schedule.assignments)
    for (const p of byId.get(a.meeting)?.participants ?? []) count.set(p, (count.get(p) ?? 0) + 1);
  const values = [...count.values()];
  const perCount = new Map<number, number>();
  for (const v of values) perCount.set(v, (perCount.get(v) ?? 0) + 1);
  return {
    firms: values.length,
    withNone: perCount.get(0) ?? 0,
    minimum: values.length ? Math.min(...values) : 0,
    maximum: values.length ? Math.max(...values) : 0,
    mean: values.length ? values.reduce((x, y) => x + y, 0) / values.length : 0,
    histogram: [...perCount].sort((x, y) => x[0] - y[0]).map(([meetings, firms]) => ({ meetings, firms })),
  };
}
