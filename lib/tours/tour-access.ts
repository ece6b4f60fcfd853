// Who may manage which tours, and the hosts a person may create tours for.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { allows, isOrganizer } from "@/lib/auth/policy";

export function canManageTour(actor: Actor | null, hostFirmId: string): boolean {
  return !!actor && (isOrganizer(actor) || allows(actor, { kind: "firmAdmin", firmId: hostFirmId }));
}

/** Organizers host tours for any approved firm; a firm's administrators for their own approved firms. */
export async function hostChoices(actor: Actor) {
  const where = isOrganizer(actor)
    ? { status: "APPROVED" as const }
    : {
        status: "APPROVED" as const,
        id: { in: actor.memberships.filter((m) => m.role === "FIRM_ADMIN").map((m) => m.firmId) },
      };
  const firms = await db.firm.findMany({ where, select: { id: true, nameLocal: true }, orderBy: { nameLocal: "asc" } });
  return firms.map((f) => ({ id: f.id, name: f.nameLocal }));
}

/** A tour with its event's zone, for its editor; null when there is none or the actor may not manage it. */
export async function tourForEditing(actor: Actor, tourId: string) {
  const tour = await db.tour.findUnique({ where: { id: tourId }, include: { event: { select: { timeZone: true } } } });
  return tour && canManageTour(actor, tour.hostFirmId) ? tour : null;
}
