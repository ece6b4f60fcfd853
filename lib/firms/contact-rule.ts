import type { Actor } from "@/lib/auth/actor";
import { isFirmMember, isOrganizer } from "@/lib/auth/policy";

/**
 * Who may see a firm's private contacts: its own members, organizers, and firms with a confirmed meeting
 * with it. `confirmedPartnerFirmIds` are the firms the actor's firms have confirmed meetings with.
 */
export function canSeeContacts(
  actor: Actor | null,
  firmId: string,
  confirmedPartnerFirmIds: ReadonlySet<string> = new Set(),
): boolean {
  if (!actor) return false;
  return isOrganizer(actor) || isFirmMember(actor, firmId) || confirmedPartnerFirmIds.has(firmId);
}
