import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";

import { DISMISS_REASONS, type DismissReason } from "./dismiss-reasons";

export { DISMISS_REASONS, type DismissReason };

export const InterestSchema = z.object({
  fromFirmId: z.string().min(1).max(64),
  toFirmId: z.string().min(1).max(64),
  interested: z.enum(["yes", "no", "clear"]),
  // "Not interested, because…": optional; an empty choice is no reason.
  reason: z
    .union([z.literal(""), z.enum(DISMISS_REASONS)])
    .nullish()
    .transform((v) => v || null),
});

/** A member of firm A says whether A is interested in firm B. "clear" takes the answer back. */
export async function setInterest(actor: Actor, options: z.input<typeof InterestSchema>): Promise<{ mutual: boolean }> {
  const parsed = InterestSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid interest", { form: "errors.invalid" });
  const { fromFirmId, toFirmId, interested } = parsed.data;
  const reason = interested === "no" ? parsed.data.reason : null;
  if (!allows(actor, { kind: "firmMember", firmId: fromFirmId }))
    throw new AppError("FORBIDDEN", "not a member of that firm");
  if (fromFirmId === toFirmId) throw new AppError("INVALID_INPUT", "same firm", { form: "errors.invalid" });
  const target = await db.firm.findUnique({ where: { id: toFirmId }, select: { status: true } });
  if (!target || target.status !== "APPROVED") throw new AppError("NOT_FOUND", "no such firm");
  if (interested === "clear") {
    await db.firmInterest.deleteMany({ where: { fromFirmId, toFirmId } });
    return { mutual: false };
  }
  const value = interested === "yes";
  await db.firmInterest.upsert({
    where: { fromFirmId_toFirmId: { fromFirmId, toFirmId } },
    create: { fromFirmId, toFirmId, interested: value, reason, byUserId: actor.userId },
    update: { interested: value, reason, byUserId: actor.userId },
  });
  if (!value) return { mutual: false };
  const back = await db.firmInterest.findUnique({
    where: { fromFirmId_toFirmId: { fromFirmId: toFirmId, toFirmId: fromFirmId } },
  });
  return { mutual: !!back?.interested };
}

/** The firm's answers, and the firms interested in it in return (mutual matches). */
export async function interestsOf(firmId: string) {
  const [given, received] = await Promise.all([
    db.firmInterest.findMany({ where: { fromFirmId: firmId } }),
    db.firmInterest.findMany({ where: { toFirmId: firmId, interested: true }, select: { fromFirmId: true } }),
  ]);
  const interestedIn = new Set(given.filter((g) => g.interested).map((g) => g.toFirmId));
  const dismissed = new Set(given.filter((g) => !g.interested).map((g) => g.toFirmId));
  const reasons = new Map(
    given.filter((g) => !g.interested && g.reason).map((g) => [g.toFirmId, g.reason as DismissReason]),
  );
  const mutual = new Set(received.map((r) => r.fromFirmId).filter((id) => interestedIn.has(id)));
  return { interestedIn, dismissed, reasons, mutual };
}
