// How many of an event's meeting requests are in each state, as the firms see them: a pending request past the
// deadline counts as expired whether or not `expireOverdueRequests` has written it yet. The dashboard, its CSV
// and the event report count through here, and the firms' lists through `effectiveStatus` (request-rules.ts), so
// all of them apply the one definition of expired and agree.
import { db } from "@/lib/db";
import type { RequestStatus } from "./request-rules";
import { countsAt, type RequestStateCounts } from "./request-state";

export { REQUEST_STATES, type RequestStateCounts } from "./request-state";

/** The event's requests by state at `now`, from one grouped count. */
export async function requestStateCounts(eventId: string, now = new Date()): Promise<RequestStateCounts> {
  const [event, grouped] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: { requestDeadline: true } }),
    db.meetingRequest.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
  ]);
  const stored = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<
    Record<RequestStatus, number>
  >;
  return countsAt(stored, event?.requestDeadline ?? null, now);
}
