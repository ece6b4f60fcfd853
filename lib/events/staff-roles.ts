// Staff roles at an event (EventStaff): who may run which part of which edition. The actor carries its role
// at the event in scope; an operation on another edition asks the database.
import { db } from "@/lib/db";
import type { Actor, StaffAtEvent, StaffRole } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/** The person's role at the edition and the body they act for there, or null. */
export async function staffAt(actor: Actor, eventId: string): Promise<StaffAtEvent | null> {
  if (actor.staff?.eventId === eventId) return actor.staff;
  return db.eventStaff.findUnique({
    where: { eventId_userId: { eventId, userId: actor.userId } },
    select: { eventId: true, role: true, bodyId: true },
  });
}

export async function roleAt(actor: Actor, eventId: string): Promise<StaffRole | null> {
  return (await staffAt(actor, eventId))?.role ?? null;
}

/** Refuses (FORBIDDEN) unless the person has one of the roles at the edition. */
export async function requireRoleAt(actor: Actor, eventId: string, roles: StaffRole[]): Promise<StaffAtEvent> {
  const staff = await staffAt(actor, eventId);
  if (!staff || !roles.includes(staff.role)) throw new AppError("FORBIDDEN", "no such role at this event");
  return staff;
}

/** Notes that the person did something as staff (the staff list shows it); at most once a minute a person. */
export async function touchStaffActivity(actor: Actor): Promise<void> {
  if (!actor.staff) return;
  const aMinuteAgo = new Date(Date.now() - 60_000);
  await db.eventStaff.updateMany({
    where: {
      eventId: actor.staff.eventId,
      userId: actor.userId,
      OR: [{ lastActiveAt: null }, { lastActiveAt: { lt: aMinuteAgo } }],
    },
    data: { lastActiveAt: new Date() },
  });
}
