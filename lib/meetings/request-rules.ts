// The life of a meeting request, as pure rules: who may do what in which state.
import type { Actor } from "@/lib/auth/actor";
import { mayActForFirm } from "./meeting-rights";

export type RequestStatus = "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "WITHDRAWN" | "CANCELLED";
export type RequestAction = "accept" | "decline" | "withdraw" | "cancel";
export type RequestView = { fromFirmId: string; toFirmId: string; status: RequestStatus };

/** The status as it stands at `now`: a pending request past the deadline has expired, written or not. */
export function effectiveStatus(status: RequestStatus, deadline: Date | null, now: Date): RequestStatus {
  return status === "PENDING" && deadline && now.getTime() > deadline.getTime() ? "EXPIRED" : status;
}

/** The key that makes a second live request between two firms at one event impossible (see the schema). */
export function activePairKey(eventId: string, a: string, b: string): string {
  return a < b ? `${eventId}:${a}:${b}` : `${eventId}:${b}:${a}`;
}

/**
 * The recipient's administrators accept or decline a pending request; the sender's people withdraw it; either
 * side's administrators cancel an accepted one (the meeting is off, its slot and table free again), which is
 * CANCELLED, not WITHDRAWN: the two read differently to the firms. Returns the new status, or null when the
 * actor may not do this now (meeting-rights.ts says who may do what).
 */
export function transition(actor: Actor, request: RequestView, action: RequestAction): RequestStatus | null {
  const recipient = mayActForFirm(actor, request.toFirmId, action);
  const sender = mayActForFirm(actor, request.fromFirmId, action);
  switch (action) {
    case "accept":
      return recipient && request.status === "PENDING" ? "ACCEPTED" : null;
    case "decline":
      return recipient && request.status === "PENDING" ? "DECLINED" : null;
    case "withdraw":
      return sender && request.status === "PENDING" ? "WITHDRAWN" : null;
    case "cancel":
      return (recipient || sender) && request.status === "ACCEPTED" ? "CANCELLED" : null;
  }
}

/** Live statuses hold the pair key; finished ones release it so the firms may ask again. */
export function holdsPair(status: RequestStatus): boolean {
  return status === "PENDING" || status === "ACCEPTED";
}
