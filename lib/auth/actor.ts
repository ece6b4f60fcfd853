// Who is acting, as the authorization rules see it. Loaded from the database on every check, never trusted
// from the session cookie alone, so a removed membership or organizer role takes effect at once.
export type MembershipRole = "FIRM_ADMIN" | "ATTENDEE";

export type Actor = {
  userId: string;
  organizingBodyId: string | null;
  memberships: ReadonlyArray<{ firmId: string; role: MembershipRole }>;
  /**
   * Set when the account's email address is not verified yet. Such an actor is loaded with no organizer role
   * and no memberships (load-actor.ts), and the rules allow it nothing but its own account (policy.ts).
   */
  unverified?: true;
};

/** The role a user lands as: organizers first, then firm administrators, then attendees. */
export type LandingRole = "organizer" | "firmAdmin" | "attendee" | "member" | "unverified";

export function landingRole(actor: Actor): LandingRole {
  if (actor.unverified) return "unverified";
  if (actor.organizingBodyId) return "organizer";
  if (actor.memberships.some((m) => m.role === "FIRM_ADMIN")) return "firmAdmin";
  if (actor.memberships.length > 0) return "attendee";
  return "member";
}

/** The page each role starts on after signing in (without the locale prefix). */
export const LANDING_PATH: Record<LandingRole, string> = {
  organizer: "/organizer",
  firmAdmin: "/firm",
  attendee: "/agenda",
  member: "/account",
  unverified: "/verify",
};
