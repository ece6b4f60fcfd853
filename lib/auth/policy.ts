// The authorization rules, as pure functions of an Actor. Guards (guards.ts) load the actor and apply these;
// domain operations call them too, so a rule holds however the operation is reached.
import type { Actor } from "./actor";

export type Rule =
  /** Any signed-in account, verified or not: only for verifying the address and signing out. */
  | { kind: "account" }
  /** A signed-in account whose email address is verified. */
  | { kind: "signedIn" }
  | { kind: "organizer" }
  | { kind: "firmMember"; firmId: string }
  | { kind: "firmAdmin"; firmId: string }
  /** Members of the firm, or organizers (who act on behalf of every firm). */
  | { kind: "firmMemberOrOrganizer"; firmId: string };

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
  // An account whose address is not verified may do nothing but verify it (and sign out).
  if (actor.unverified) return rule.kind === "account";
  switch (rule.kind) {
    case "account":
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
  }
}
