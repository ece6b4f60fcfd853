import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isFirmMember, isOrganizer } from "@/lib/auth/policy";

/**
 * Who may see a firm's private contacts: its own members, organizers, and firms with a confirmed meeting
 * with it. `confirmedPartnerFirmIds` are the firms the actor's firms have confirmed meetings with (none
 * until 1:1 matching exists); the rule itself is pure and unit-tested.
 */
export function canSeeContacts(actor: Actor | null, firmId: string, confirmedPartnerFirmIds: ReadonlySet<string> = new Set()): boolean {
  if (!actor) return false;
  return isOrganizer(actor) || isFirmMember(actor, firmId) || confirmedPartnerFirmIds.has(firmId);
}

/** The firm's contacts, or null when the actor may not see them. The only way contacts are read. */
export async function contactsFor(actor: Actor | null, firmId: string) {
  if (!canSeeContacts(actor, firmId)) return null;
  return db.firmContact.findMany({ where: { firmId }, orderBy: { id: "asc" } });
}
