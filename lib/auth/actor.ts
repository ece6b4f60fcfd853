// Who is acting, as the authorization rules see it. Loaded from the database on every check, never trusted
// from the session cookie alone, so a removed membership or staff role takes effect at once.
export type MembershipRole = "FIRM_ADMIN" | "ATTENDEE";
export type StaffRole = "EVENT_ADMIN" | "VETTING" | "ONSITE";

/** The person's role at the event in scope (the event the page or action is about). */
export type StaffAtEvent = { eventId: string; role: StaffRole; bodyId: string };

export type Actor = {
  userId: string;
  /** The organizing body the person works for (VINASA, JETRO…): they may create events. Rights at an event
   * come from `staff`, not from this. */
  organizingBodyId: string | null;
  memberships: ReadonlyArray<{ firmId: string; role: MembershipRole }>;
  staff: StaffAtEvent | null;
  /**
   * Set when the account's email address is not verified yet. Such an actor is loaded with no organizing body,
   * no staff role and no memberships (load-actor.ts), and the rules allow it nothing but verifying its address
   * and signing out (policy.ts).
   */
  unverified?: true;
};

/** The role a user lands as: staff of the event first, then firm administrators, then attendees. */
export type LandingRole =
  "organizer" | "vetting" | "onsite" | "bodyMember" | "firmAdmin" | "attendee" | "member" | "unverified";

export function landingRole(actor: Actor): LandingRole {
  if (actor.unverified) return "unverified";
  if (actor.staff?.role === "EVENT_ADMIN") return "organizer";
  if (actor.staff?.role === "VETTING") return "vetting";
  if (actor.staff?.role === "ONSITE") return "onsite";
  if (actor.memberships.some((m) => m.role === "FIRM_ADMIN")) return "firmAdmin";
  if (actor.memberships.length > 0) return "attendee";
  if (actor.organizingBodyId) return "bodyMember";
  return "member";
}

/** The page each role starts on after signing in (without the locale prefix). */
export const LANDING_PATH: Record<LandingRole, string> = {
  organizer: "/organizer",
  vetting: "/organizer/vetting",
  onsite: "/organizer/check-in",
  bodyMember: "/organizer/events",
  // The firm home (issue 21): what needs doing and the next meeting, for administrators and attendees alike.
  firmAdmin: "/home",
  attendee: "/home",
  member: "/account",
  unverified: "/verify",
};
