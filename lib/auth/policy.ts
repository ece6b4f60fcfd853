// The authorization rules, as pure functions of an Actor. Guards (guards.ts) load the actor and apply these;
// domain operations call them too, so a rule holds however the operation is reached.
import type { Actor } from "./actor";

export type Rule =
  | { kind: "signedIn" }
  | { kind: "organizer" }
  | { kind: "firmMember"; firmId: string }
  | { kind: "firmAdmin"; firmId: string }
  /** Members of the firm, or organizers (who act on behalf of every firm). */
  | { kind: "firmMemberOrOrganizer"; firmId: string }
  /** The firm's administrators, or organizers (editing a firm's profile, hosting its tours). */
  | { kind: "firmAdminOrOrganizer"; firmId: string };

export function isOrganizer(actor: Actor): boolean {
  return actor.organizingBodyId !== null;
}

export function isFirmMember(actor: Actor, firmId: string): boolean {
  return actor.memberships.some((m) => m.firmId === firmId);
}

export function isFirmAdmin(actor: Actor, firmId: string): boolean {
  return actor.memberships.some((m) => m.firmId === firmId && m.role === "FIRM_ADMIN");
}

export function allows(actor: Actor | null, rule: Rule): boolean {
  if (!actor) return false;
  switch (rule.kind) {
    case "signedIn":
      return true;
    case "organizer":
      return isOrganizer(actor);
    case "firmMember":
      return isFirmMember(actor, rule.firmId);
    case "firmAdmin":
      return isFirmAdmin(actor, rule.firmId);
    case "firmMemberOrOrganizer":
      return isOrganizer(actor) || isFirmMember(actor, rule.firmId);
    case "firmAdminOrOrganizer":
      return isOrganizer(actor) || isFirmAdmin(actor, rule.firmId);
  }
}
