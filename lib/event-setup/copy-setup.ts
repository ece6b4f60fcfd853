// Next year's edition starts from last year's set-up: its sessions (same local times, same day of the edition),
// tables with their interpreters, the cap per firm, self-booking, the request deadline and the registration
// deadline (as many days before the start). Only into an edition that has no sessions or tables yet, by an admin
// of both editions.
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { assertEventOpen } from "@/lib/events/event-guard";
import { requireRoleAt } from "@/lib/events/staff-roles";
import { localInstant } from "@/lib/time/event-time";
import { generateSlots } from "./generate-slots";
import { planCopiedSetup } from "./copy-plan";

export const CopySetupSchema = z.object({
  eventId: z.string().min(1).max(64),
  fromEventId: z.string().min(1).max(64, { error: "errors.required" }),
});

export async function copySetup(
  actor: Actor & { displayName?: string },
  options: z.input<typeof CopySetupSchema>,
): Promise<{ sessions: number; tables: number }> {
  const parsed = CopySetupSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "choose an edition", { fromEventId: "errors.required" });
  const { eventId, fromEventId } = parsed.data;
  if (eventId === fromEventId)
    throw new AppError("INVALID_INPUT", "same edition", { fromEventId: "errors.setup.copySame" });
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  await requireRoleAt(actor, fromEventId, ["EVENT_ADMIN"]);
  const [target, source] = await Promise.all([
    db.event.findUnique({ where: { id: eventId } }),
    db.event.findUnique({
      where: { id: fromEventId },
      include: { sessions: { orderBy: { startsAt: "asc" } }, tables: { orderBy: { number: "asc" } } },
    }),
  ]);
  if (!target || !source) throw new AppError("NOT_FOUND", "no such event");
  assertEventOpen(target);
  const plan = planCopiedSetup(source, target);
  return db.$transaction(async (tx) => {
    const [sessions, tables] = await Promise.all([
      tx.matchingSession.count({ where: { eventId } }),
      tx.meetingTable.count({ where: { eventId } }),
    ]);
    if (sessions + tables > 0)
      throw new AppError("CONFLICT", "set-up exists", { fromEventId: "errors.setup.copyNotEmpty" });
    for (const s of plan.sessions) {
      const slots = generateSlots({ ...s, timeZone: target.timeZone });
      const session = await tx.matchingSession.create({
        data: {
          eventId,
          name: s.name,
          nameJa: s.nameJa,
          nameVi: s.nameVi,
          startsAt: slots[0]!.startsAt,
          endsAt: slots.at(-1)!.endsAt,
          slotMinutes: s.slotMinutes,
          breakMinutes: s.breakMinutes,
        },
      });
      await tx.slot.createMany({ data: slots.map((slot) => ({ eventId, sessionId: session.id, ...slot })) });
    }
    await tx.meetingTable.createMany({
      data: source.tables.map((t) => ({ eventId, number: t.number, interpreter: t.interpreter })),
    });
    await tx.event.update({
      where: { id: eventId },
      data: {
        meetingCapPerFirm: source.meetingCapPerFirm,
        selfBooking: source.selfBooking,
        requestDeadline: plan.deadline ? localInstant(plan.deadline.date, plan.deadline.time, target.timeZone) : null,
        // A registration deadline the new edition was given already stays.
        registrationClosesAt:
          target.registrationClosesAt ??
          (plan.registrationCloses
            ? localInstant(plan.registrationCloses.date, plan.registrationCloses.time, target.timeZone)
            : null),
      },
    });
    await audit(
      tx,
      actor,
      "setup.copy",
      { type: "event", id: eventId },
      { from: source.nameEn, sessions: plan.sessions.length, tables: source.tables.length },
    );
    return { sessions: plan.sessions.length, tables: source.tables.length };
  });
}
