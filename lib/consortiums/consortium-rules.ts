// Who may see and change a bid opportunity, and how its status moves. Pure.
import type { Actor } from "@/lib/auth/actor";
import { isFirmAdmin, isFirmMember, isOrganizer } from "@/lib/auth/policy";

export type Status = "FORMING" | "READY" | "SUBMITTED" | "WON" | "LOST";
export type MemberView = { firmId: string; status: "INVITED" | "ACCEPTED" | "DECLINED" };
export type OpportunityView = {
  leadFirmId: string;
  visibility: "OPEN" | "CONFIDENTIAL";
  members: readonly MemberView[];
};

/** Forming until the team is ready, then submitted, then won or lost; a ready team may go back to forming. */
const NEXT: Record<Status, Status[]> = {
  FORMING: ["READY"],
  READY: ["FORMING", "SUBMITTED"],
  SUBMITTED: ["WON", "LOST"],
  WON: [],
  LOST: [],
};

export function nextStatuses(status: Status): Status[] {
  return NEXT[status];
}

/**
 * Open opportunities: every member of an approved firm and organizers. Confidential ones: organizers and the
 * firms in the consortium (invited ones included, so they can answer the invitation).
 */
export function canSee(actor: Actor | null, o: OpportunityView, actorHasApprovedFirm: boolean): boolean {
  if (!actor) return false;
  if (isOrganizer(actor)) return true;
  if (o.members.some((m) => m.status !== "DECLINED" && isFirmMember(actor, m.firmId))) return true;
  return o.visibility === "OPEN" && actorHasApprovedFirm;
}

/** Accepted members (and organizers) read the notes and the members' contact route; others do not. */
export function isInside(actor: Actor | null, o: OpportunityView): boolean {
  if (!actor) return false;
  return isOrganizer(actor) || o.members.some((m) => m.status === "ACCEPTED" && isFirmMember(actor, m.firmId));
}

/** Only the lead's administrators change requirements, status and invitations. */
export function isLeadAdmin(actor: Actor | null, o: Pick<OpportunityView, "leadFirmId">): boolean {
  return !!actor && isFirmAdmin(actor, o.leadFirmId);
}
