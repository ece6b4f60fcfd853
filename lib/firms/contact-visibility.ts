// The one way a firm's private contacts are read. Who may see them is the pure rule in contact-rule.ts; this
// module supplies the part of it that needs the database: the firms the actor's firms are confirmed partners
// of (an accepted request, or a meeting placed and not cancelled). Without that set the rule saw only members
// and organizers, so a confirmed partner never saw the contacts (issue 19).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";
import { canSeeContacts } from "./contact-rule";

/**
 * The firms any of the actor's firms has a confirmed meeting with: a request accepted (placed or not yet), or a
 * meeting scheduled or held. A cancelled meeting (its request withdrawn) or a declined request confirms nothing.
 * `among` narrows the look-up to the firms about to be shown.
 */
export async function confirmedPartnerFirmIds(actor: Actor, among?: readonly string[]): Promise<Set<string>> {
  const mine = actor.memberships.map((m) => m.firmId);
  if (mine.length === 0) return new Set();
  const others = among ? { in: [...among] } : undefined;
  const [requests, meetings] = await Promise.all([
    db.meetingRequest.findMany({
      where: {
        status: "ACCEPTED",
        OR: [
          { fromFirmId: { in: mine }, ...(others ? { toFirmId: others } : {}) },
          { toFirmId: { in: mine }, ...(others ? { fromFirmId: others } : {}) },
        ],
      },
      select: { fromFirmId: true, toFirmId: true },
    }),
    db.meeting.findMany({
      where: {
        status: { in: ["SCHEDULED", "HELD"] },
        OR: [
          { firmAId: { in: mine }, ...(others ? { firmBId: others } : {}) },
          { firmBId: { in: mine }, ...(others ? { firmAId: others } : {}) },
        ],
      },
      select: { firmAId: true, firmBId: true },
    }),
  ]);
  const partners = new Set<string>();
  const own = new Set(mine);
  for (const [a, b] of [
    ...requests.map((r) => [r.fromFirmId, r.toFirmId] as const),
    ...meetings.map((m) => [m.firmAId, m.firmBId] as const),
  ]) {
    if (own.has(a) && !own.has(b)) partners.add(b);
    if (own.has(b) && !own.has(a)) partners.add(a);
  }
  return partners;
}

/** The firm's contacts, or null when the actor may not see them. */
export async function contactsFor(actor: Actor | null, firmId: string) {
  return (await contactsOfFirms(actor, [firmId])).get(firmId) ?? null;
}

export type FirmContactView = { id: string; name: string; title: string; email: string; phone: string };

/**
 * Several firms' contacts at once (an agenda's partners): each firm the actor may see maps to its contacts; the
 * others map to null.
 */
export async function contactsOfFirms(
  actor: Actor | null,
  firmIds: readonly string[],
): Promise<Map<string, FirmContactView[] | null>> {
  const ids = [...new Set(firmIds)];
  const partners = actor && !isOrganizer(actor) ? await confirmedPartnerFirmIds(actor, ids) : new Set<string>();
  const visible = ids.filter((id) => canSeeContacts(actor, id, partners));
  const rows = visible.length
    ? await db.firmContact.findMany({
        where: { firmId: { in: visible } },
        orderBy: { id: "asc" },
        select: { id: true, firmId: true, name: true, title: true, email: true, phone: true },
      })
    : [];
  const result = new Map<string, FirmContactView[] | null>(ids.map((id) => [id, null]));
  for (const id of visible) result.set(id, []);
  for (const { firmId, ...contact } of rows) result.get(firmId)!.push(contact);
  return result;
}
