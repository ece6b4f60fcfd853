// Slots a firm's delegation cannot meet in. Any member of the firm may set them (the delegation knows its
// own day); the scheduler and booking treat them as unavailable.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { assertEventIdOpen } from "@/lib/events/event-guard";

export const UnavailabilitySchema = z.object({
  firmId: z.string().min(1).max(64),
  unavailableSlotIds: z.array(z.string().min(1).max(64)).max(500),
});

/** Replaces the firm's unavailable slots at the event with the given ones (all must be the event's slots). */
export async function setUnavailability(
  actor: Actor,
  { eventId, ...options }: { eventId: string } & z.input<typeof UnavailabilitySchema>,
): Promise<number> {
  const firmId = String(options.firmId);
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  await assertEventIdOpen(eventId);
  const parsed = UnavailabilitySchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid slots", { form: "errors.invalid" });
  const ids = [...new Set(parsed.data.unavailableSlotIds)];
  return db.$transaction(async (tx) => {
    const known = await tx.slot.count({ where: { eventId, id: { in: ids } } });
    if (known !== ids.length) throw new AppError("INVALID_INPUT", "unknown slot", { form: "errors.invalid" });
    await tx.firmUnavailability.deleteMany({ where: { firmId, slot: { eventId } } });
    await tx.firmUnavailability.createMany({ data: ids.map((slotId) => ({ firmId, slotId })) });
    return ids.length;
  });
}

export async function availabilityOf(actor: Actor, firmId: string, eventId: string) {
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const [sessions, unavailable] = await Promise.all([
    db.matchingSession.findMany({
      where: { eventId },
      orderBy: { startsAt: "asc" },
      include: { slots: { orderBy: { startsAt: "asc" } } },
    }),
    db.firmUnavailability.findMany({ where: { firmId, slot: { eventId } }, select: { slotId: true } }),
  ]);
  return { sessions, unavailable: new Set(unavailable.map((u) => u.slotId)) };
}
