// Firms live in the registry across editions and register for each edition they take part in (Participation).
// Their profile carries over: it is the registry's, edited in one place. A firm registers itself (its admins),
// or the edition's admins register it.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { isFirmAdmin } from "@/lib/auth/policy";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { assertEventIdOpen } from "./event-guard";
import { roleAt } from "./staff-roles";

export async function registerForEvent(actor: Actor, input: { firmId: string; eventId: string }): Promise<void> {
  const admin = (await roleAt(actor, input.eventId)) === "EVENT_ADMIN";
  if (!admin && !isFirmAdmin(actor, input.firmId)) throw new AppError("FORBIDDEN", "firm administrators only");
  await assertEventIdOpen(input.eventId);
  const firm = await db.firm.findUnique({ where: { id: input.firmId }, select: { status: true } });
  if (!firm || firm.status === "REJECTED") throw new AppError("NOT_FOUND", "no such firm");
  try {
    await db.participation.create({ data: { eventId: input.eventId, firmId: input.firmId } });
  } catch (e) {
    // Registered already: nothing to do.
    if (!isUniqueViolation(e)) throw e;
  }
}

/** The editions a firm is registered for and those it may still register for (not over, not archived). */
export async function participationsOf(actor: Actor, firmId: string) {
  if (!isFirmAdmin(actor, firmId) && !actor.memberships.some((m) => m.firmId === firmId))
    throw new AppError("FORBIDDEN", "members only");
  const [registered, open] = await Promise.all([
    db.participation.findMany({
      where: { firmId },
      include: {
        event: {
          select: {
            id: true,
            slug: true,
            nameEn: true,
            nameJa: true,
            nameVi: true,
            startsAt: true,
            endsAt: true,
            timeZone: true,
            city: true,
          },
        },
      },
      orderBy: { event: { startsAt: "desc" } },
    }),
    db.event.findMany({
      where: { archivedAt: null, endsAt: { gt: new Date() }, participants: { none: { firmId } } },
      orderBy: { startsAt: "asc" },
      select: {
        id: true,
        slug: true,
        nameEn: true,
        nameJa: true,
        nameVi: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        city: true,
      },
    }),
  ]);
  return { registered: registered.map((p) => ({ ...p.event, registeredAt: p.registeredAt })), open };
}
