// The authorization rules, as pure functions of an Actor. Guards (guards.ts) load the actor and apply these;
// domain operations call them too, so a rule holds however the operation is reached.
// Organizer rights are per event (EventStaff): the actor carries its role at the event in scope.
import type { Actor } from "./actor";

export type Rule =
  | { kind: "signedIn" }
  /** An event admin of the event in scope: everything for that event. */
  | { kind: "organizer" }
  /** Vetting: event admins, and vetting staff (within their body's countries, checked by the operation). */
  | { kind: "vetting" }
  /** On-site work (check-in, meeting status): event admins and on-site staff. */
  | { kind: "onsite" }
  /** Any staff role at the event in scope (the organizer area's shell). */
  | { kind: "staff" }
  /** A member of an organizing body: may create events (and becomes their admin). */
  | { kind: "bodyMember" }
  /** The organizer area's shell: staff at the event in scope, or a member of an organizing body. */
  | { kind: "organizerArea" }
  | { kind: "firmMember"; firmId: string }
  | { kind: "firmAdmin"; firmId: string }
  /** Members of the firm, or organizers (who act on behalf of every firm). */
  | { kind: "firmMemberOrOrganizer"; firmId: string }
  /** The firm's administrators, or organizers (editing a firm's profile, hosting its tours). */
  | { kind: "firmAdminOrOrganizer"; firmId: string };

export function isOrganizer(actor: Actor): boolean {
  return actor.staff?.role === "EVENT_ADMIN";
}

export function canVet(actor: Actor): boolean {
  return actor.staff?.role === "EVENT_ADMIN" || actor.staff?.role === "VETTING";
}

export function isOnsiteStaff(actor: Actor): boolean {
  return actor.staff?.role === "EVENT_ADMIN" || actor.staff?.role === "ONSITE";
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
    case "vetting":
      return canVet(actor);
    case "onsite":
      return isOnsiteStaff(actor);
    case "staff":
      return actor.staff !== null;
    case "bodyMember":
      return actor.organizingBodyId !== null;
    case "organizerArea":
      return actor.staff !== null || actor.organizingBodyId !== null;
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
