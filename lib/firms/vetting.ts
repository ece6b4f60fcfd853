// Organizers approve or reject new firms. Vetting can be split between organizing bodies by the firm's
// country (VettingRule); a country without a rule is in every organizer's queue.
import { z } from "zod";
import { COUNTRIES } from "@/lib/enums";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrors } from "@/lib/validation/form-input";

async function queueScope(actor: Actor): Promise<Prisma.FirmWhereInput> {
  if (!actor.organizingBodyId) throw new AppError("FORBIDDEN", "organizers only");
  const rules = await db.vettingRule.findMany();
  const mine = rules.filter((r) => r.bodyId === actor.organizingBodyId).map((r) => r.country);
  const unassigned = COUNTRIES.filter((c) => !rules.some((r) => r.country === c));
  return { country: { in: [...mine, ...unassigned] } };
}

/** The organizer's body and the countries it vets (none: it sees every country no body has). */
export async function vettingBody(actor: Actor) {
  if (!actor.organizingBodyId) throw new AppError("FORBIDDEN", "organizers only");
  const [body, rules] = await Promise.all([
    db.organizingBody.findUnique({ where: { id: actor.organizingBodyId } }),
    db.vettingRule.findMany({ where: { bodyId: actor.organizingBodyId } }),
  ]);
  return { body, countries: rules.map((r) => r.country) };
}

/** The firms waiting for this organizer's body, oldest first. */
export async function vettingQueue(actor: Actor) {
  const scope = await queueScope(actor);
  return db.firm.findMany({
    where: { ...scope, status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    include: {
      sectors: { include: { sector: true } },
      members: { where: { role: "FIRM_ADMIN" }, include: { user: { select: { displayName: true, email: true } } } },
    },
  });
}

export const DecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), firmId: z.string().min(1).max(64) }),
  z.object({
    decision: z.literal("reject"),
    firmId: z.string().min(1).max(64),
    reason: z
      .string({ error: "errors.rejection.required" })
      .trim()
      .min(5, { error: "errors.rejection.required" })
      .max(1000, { error: "errors.text.tooLong" }),
  }),
]);

/** Approve or reject (with a reason the firm sees). Only firms in the organizer's own queue. */
export async function vetFirm(actor: Actor, options: z.input<typeof DecisionSchema>): Promise<void> {
  const parsed = DecisionSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid decision", fieldErrors(parsed.error));
  }
  const scope = await queueScope(actor);
  const d = parsed.data;
  // Compare-and-set on the status: two organizers deciding at once cannot both win. The audit entry is written
  // in the same transaction.
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.firm.updateMany({
      where: { ...scope, id: d.firmId, status: "PENDING" },
      data:
        d.decision === "approve"
          ? { status: "APPROVED", rejectionReason: null, vettedAt: new Date(), vettedById: actor.userId }
          : { status: "REJECTED", rejectionReason: d.reason, vettedAt: new Date(), vettedById: actor.userId },
    });
    if (count > 0) {
      const firm = await tx.firm.findUniqueOrThrow({ where: { id: d.firmId }, select: { nameLocal: true } });
      await audit(
        tx,
        actor,
        d.decision === "approve" ? "firm.approve" : "firm.reject",
        { type: "firm", id: d.firmId },
        { firm: firm.nameLocal, ...(d.decision === "reject" ? { reason: d.reason } : {}) },
      );
    }
    return count;
  });
  if (count === 0) {
    const exists = await db.firm.findFirst({ where: { ...scope, id: d.firmId }, select: { status: true } });
    if (!exists) throw new AppError("NOT_FOUND", "not in your queue");
    throw new AppError("CONFLICT", "already decided", { form: "errors.vetting.alreadyDecided" });
  }
}
