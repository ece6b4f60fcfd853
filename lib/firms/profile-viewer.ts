// What a firm's profile page offers the person reading it, beyond the profile itself: whether they may edit it,
// and for a member of another firm, that firm's interest in this one, the live meeting request between them, and
// whether the two firms may write to each other (a request, a mutual match or a meeting between them).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import type { RequestStatus } from "@/lib/enums";
import { activePairKey } from "@/lib/meetings/request-rules";
import { relationshipBetween } from "@/lib/conversations/relationship";

export type ProfileViewerState = {
  canEdit: boolean;
  isOrganizer: boolean;
  /** The reader's own firm, when they belong to another firm and this one is approved. */
  ownFirmId: string | null;
  /** That firm's answer about this one: interested, not interested, or none yet. */
  ownInterest: boolean | null;
  /** The live (pending or accepted) request between the two firms at the event. */
  liveRequest: { status: RequestStatus; fromFirmId: string } | null;
  /** The reader's firm has a reason to write to this one (lib/conversations/relationship.ts). */
  canMessage: boolean;
};

export async function profileViewerState(
  actor: Actor | null,
  firm: { id: string; status: string },
  eventId: string | null,
): Promise<ProfileViewerState> {
  const ownFirmId =
    actor && firm.status === "APPROVED" ? (actor.memberships.find((m) => m.firmId !== firm.id)?.firmId ?? null) : null;
  const [interest, liveRequest, relationship] = await Promise.all([
    ownFirmId
      ? db.firmInterest.findUnique({
          where: { fromFirmId_toFirmId: { fromFirmId: ownFirmId, toFirmId: firm.id } },
          select: { interested: true },
        })
      : null,
    ownFirmId && eventId
      ? db.meetingRequest.findUnique({
          where: { activePairKey: activePairKey(eventId, ownFirmId, firm.id) },
          select: { status: true, fromFirmId: true },
        })
      : null,
    ownFirmId ? relationshipBetween(ownFirmId, firm.id) : null,
  ]);
  return {
    canEdit: !!actor && allows(actor, { kind: "firmAdminOrOrganizer", firmId: firm.id }),
    isOrganizer: !!actor && allows(actor, { kind: "organizer" }),
    ownFirmId,
    ownInterest: interest ? interest.interested : null,
    liveRequest,
    canMessage: relationship !== null,
  };
}
