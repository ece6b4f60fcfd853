import { db } from "@/lib/db";
import type { Actor } from "./actor";

export type LoadedActor = Actor & {
  email: string;
  displayName: string;
  locale: "en" | "ja" | "vi";
  /** Compared with the version in the session token (guards.ts): a lower one is a revoked session. */
  sessionVersion: number;
};

/** The user as the rules see them, with their staff role at `eventId` (the event in scope), if any. */
export async function loadActor(userId: string, eventId?: string | null): Promise<LoadedActor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      locale: true,
      organizingBodyId: true,
      emailVerifiedAt: true,
      sessionVersion: true,
      memberships: { select: { firmId: true, role: true } },
      // No event in scope ("" matches none): no staff role.
      staffRoles: { where: { eventId: eventId ?? "" }, select: { eventId: true, role: true, bodyId: true }, take: 1 },
    },
  });
  if (!user) return null;
  const verified = user.emailVerifiedAt !== null;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
    // Until the address is verified the account holds no role at all, so no check anywhere (the rules, or a
    // page testing isOrganizer or isFirmMember directly) can grant it anything.
    organizingBodyId: verified ? user.organizingBodyId : null,
    memberships: verified ? user.memberships : [],
    staff: verified ? (user.staffRoles[0] ?? null) : null,
    ...(verified ? {} : { unverified: true as const }),
  };
}
