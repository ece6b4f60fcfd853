import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/**
 * The firms the actor belongs to, with their team and registrations. Team contact details (emails) are
 * returned because only the firm's own members reach this query.
 */
export async function firmsOfActor(actor: Actor) {
  const firmIds = actor.memberships.map((m) => m.firmId);
  if (firmIds.length === 0) return [];
  const firms = await db.firm.findMany({
    where: { id: { in: firmIds } },
    orderBy: { nameEn: "asc" },
    include: {
      sectors: { include: { sector: true } },
      members: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { user: { select: { displayName: true, email: true } } },
      },
      participations: { select: { eventId: true } },
      invitations: { orderBy: [{ createdAt: "desc" }, { id: "asc" }] },
    },
  });
  // Administrators first. Sorted here, not by the database: SQLite orders the enum as text, PostgreSQL by
  // declaration, and both must show the same page.
  const rank = { FIRM_ADMIN: 0, ATTENDEE: 1 } as const;
  for (const firm of firms) firm.members.sort((a, b) => rank[a.role] - rank[b.role]);
  return firms;
}
