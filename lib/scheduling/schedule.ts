// The scheduler's synchronous entry, kept for callers that need no bound: the same search as solve.ts without
// HiGHS, returning only the schedule. Deterministic for a seed as long as the run ends before its time budget
// (small events prove optimality or stall well before it).
import type { Instance, Schedule } from "./instance";
import { solveScheduleSync, type SolveOptions } from "./solve";

export type ScheduleOptions = Pick<SolveOptions, "seed" | "timeLimitMs" | "fair" | "effort">;

export function scheduleMeetings(inst: Instance, options: ScheduleOptions = {}): Schedule {
  return solveScheduleSync(inst, options).schedule;
}
