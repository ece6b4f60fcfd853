// Counting requests by state as the firms see them (pure): a pending request past the deadline is expired,
// through the one definition in request-rules.ts (`effectiveStatus`).
import { effectiveStatus, type RequestStatus } from "./request-rules";

export const REQUEST_STATES = ["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "WITHDRAWN"] as const;
export type RequestStateCounts = Record<RequestStatus, number>;

/** Stored-status counts turned into counts by state at `now`. */
export function countsAt(
  stored: Partial<Record<RequestStatus, number>>,
  deadline: Date | null,
  now: Date,
): RequestStateCounts {
  const out = Object.fromEntries(REQUEST_STATES.map((s) => [s, 0])) as RequestStateCounts;
  for (const status of REQUEST_STATES) out[effectiveStatus(status, deadline, now)] += stored[status] ?? 0;
  return out;
}
