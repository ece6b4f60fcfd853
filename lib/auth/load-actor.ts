import { db } from "@/lib/db";
import type { Actor } from "./actor";

export type LoadedActor = Actor & { email: string; displayName: string; locale: "en" | "ja" | "vi" };

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
      memberships: { select: { firmId: true, role: true } },
      // No event in scope ("" matches none): no staff role.
      staffRoles: { where: { eventId: eventId ?? "" }, select: { eventId: true, role: true, bodyId: true }, take: 1 },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    organizingBodyId: user.organizingBodyId,
    memberships: user.memberships,
    staff: user.staffRoles[0] ?? null,
  };
}
