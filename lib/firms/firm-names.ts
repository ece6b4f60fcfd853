// Firms by name: the small read many pages and answers need (the firm switcher on a member's pages, a banner
// naming a partner). One query, so each page does not write its own.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type FirmName = { id: string; nameLocal: string; nameEn: string; status: "PENDING" | "APPROVED" | "REJECTED" };

const NAME = { id: true, nameLocal: true, nameEn: true, status: true } as const;

/** The named firms, in the order asked; unknown ids are left out. */
export async function firmNamesOf(ids: readonly string[]): Promise<FirmName[]> {
  if (ids.length === 0) return [];
  const found = new Map(
    (await db.firm.findMany({ where: { id: { in: [...ids] } }, select: NAME })).map((f) => [f.id, f]),
  );
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** The actor's own firms ("my firms"), for the switcher on member pages; `role` limits them to one role. */
export async function myFirmNames(actor: Actor, role?: "FIRM_ADMIN" | "ATTENDEE"): Promise<FirmName[]> {
  return firmNamesOf(actor.memberships.filter((m) => !role || m.role === role).map((m) => m.firmId));
}
