import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Country } from "@/lib/enums";

/** The organizer's first figures for an event: registrations by country, the registry by status, people. */
export async function eventOverview(eventId: string) {
  const [byCountry, byStatus, users, organizers, admins, attendees, recent] = await Promise.all([
    db.firm.groupBy({ by: ["country"], where: { participations: { some: { eventId } } }, _count: { _all: true } }),
    db.firm.groupBy({ by: ["status"], _count: { _all: true } }),
    db.user.count(),
    db.user.count({ where: { organizingBodyId: { not: null } } }),
    db.membership.count({ where: { role: "FIRM_ADMIN" } }),
    db.membership.count({ where: { role: "ATTENDEE" } }),
    db.participation.findMany({
      where: { eventId },
      orderBy: [{ registeredAt: "desc" }, { id: "asc" }],
      take: 10,
      select: {
        registeredAt: true,
        firm: { select: { id: true, nameEn: true, nameLocal: true, country: true, status: true } },
      },
    }),
  ]);
  return {
    registrationsByCountry: Object.fromEntries(byCountry.map((r) => [r.country, r._count._all])) as Partial<
      Record<"VN" | "JP" | "OTHER", number>
    >,
    firmsByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Partial<
      Record<"PENDING" | "APPROVED" | "REJECTED", number>
    >,
    people: { users, organizers, admins, attendees },
    recent,
  };
}

/** Approved firms taking part in the event, by country: the public home page's figures. */
export async function approvedParticipantsByCountry(eventId: string): Promise<Partial<Record<Country, number>>> {
  const rows = await db.firm.groupBy({
    by: ["country"],
    where: { status: "APPROVED", participations: { some: { eventId } } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.country, r._count._all]));
}

/** The organizing body the organizer belongs to (named in the overview's subtitle). */
export async function organizingBodyOf(actor: Actor) {
  return actor.organizingBodyId ? db.organizingBody.findUnique({ where: { id: actor.organizingBodyId } }) : null;
}
