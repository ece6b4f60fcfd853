import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/**
 * The firms the actor belongs to, with their team and registrations. Team contact details (emails) are
 * returned because only the firm's own members reach this query.
 */
export async function firmsOfActor(actor: Actor) {
  const firmIds = actor.memberships.map((m) => m.firmId);
  if (firmIds.length === 0) return [];
  return db.firm.findMany({
    where: { id: { in: firmIds } },
    orderBy: { nameEn: "asc" },
    include: {
      sectors: { include: { sector: true } },
      members: { orderBy: [{ role: "asc" }, { createdAt: "asc" }], include: { user: { select: { displayName: true, email: true } } } },
      participations: { select: { eventId: true } },
    },
  });
}
