// What a firm's people may do with the firm's meetings, decided once (issue 21): the people at the table (any
// member, administrators and attendees alike) ask for meetings, book open slots, take back their own firm's
// unanswered request, mark a meeting held or the partner absent, record outcomes and ask for a meeting to be
// held online. Commitments the firm makes or breaks (accepting or declining a request, cancelling an agreed
// meeting, agreeing to move it online) are its administrators'. Pure; request-rules.ts, meeting-day.ts,
// online-meetings.ts and self-booking.ts ask here, and the authorization matrix tests each line.
import type { Actor } from "@/lib/auth/actor";
import { isFirmAdmin, isFirmMember } from "@/lib/auth/policy";

export type MeetingAction =
  | "request"
  | "withdraw"
  | "accept"
  | "decline"
  | "cancel"
  | "book"
  | "markHeld"
  | "markNoShow"
  | "recordOutcome"
  | "askOnline"
  | "answerOnline";

export const MEETING_RIGHTS: Record<MeetingAction, "member" | "admin"> = {
  request: "member",
  withdraw: "member",
  accept: "admin",
  decline: "admin",
  cancel: "admin",
  book: "member",
  markHeld: "member",
  markNoShow: "member",
  recordOutcome: "member",
  askOnline: "member",
  answerOnline: "admin",
};

/** Whether the actor may do `action` for `firmId` (as one of its people, not as an organizer). */
export function mayActForFirm(actor: Actor, firmId: string, action: MeetingAction): boolean {
  return MEETING_RIGHTS[action] === "admin" ? isFirmAdmin(actor, firmId) : isFirmMember(actor, firmId);
}
