// Organizers approve or reject new firms. Vetting is split between organizing bodies by the firm's country,
// per event (EventVettingRule: VINASA Vietnamese firms, JETRO Japanese ones); a country without a rule is in
// every vetting organizer's queue. The split holds everywhere a firm can be approved: the queue, bulk approval
// and the CSV import. Every decision is audited with the body that took it and emailed to the firm's admins.
import { z } from "zod";
import { COUNTRIES } from "@/lib/enums";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { canVet } from "@/lib/auth/policy";
import type { Country, Prisma } from "@/lib/generated/prisma/client";
import { sendEmails, recipientsOfFirms } from "@/lib/notifications/emails";
import { fieldErrors } from "@/lib/validation/form-input";

/** The countries a body vets at an event: those its rules name, and those no rule names. */
export async function countriesVettedBy(eventId: string, bodyId: string): Promise<Set<Country>> {
  const rules = await db.eventVettingRule.findMany({ where: { eventId } });
  return new Set(
    COUNTRIES.filter((c) => {
      const rule = rules.find((r) => r.country === c);
      return !rule || rule.bodyId === bodyId;
    }),
  );
}

async function queueScope(actor: Actor): Promise<Prisma.FirmWhereInput & { country: { in: Country[] } }> {
  if (!actor.staff || !canVet(actor)) throw new AppError("FORBIDDEN", "vetting staff only");
  return { country: { in: [...(await countriesVettedBy(actor.staff.eventId, actor.staff.bodyId))] } };
}

/** The body the actor vets for, and the countries it vets at the event in scope (for the queue's heading). */
export async function vettingBody(actor: Actor) {
  const scope = await queueScope(actor);
  const body = await db.organizingBody.findUniqueOrThrow({ where: { id: actor.staff!.bodyId } });
  return { body, countries: scope.country.in };
}

const listInclude = {
  sectors: { include: { sector: true } },
  members: { where: { role: "FIRM_ADMIN" }, include: { user: { select: { displayName: true, email: true } } } },
} as const satisfies Prisma.FirmInclude;

/** The firms waiting for this organizer's body, oldest first. */
export async function vettingQueue(actor: Actor) {
  const scope = await queueScope(actor);
  return db.firm.findMany({
    where: { ...scope, status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    include: listInclude,
  });
}

/** Firms this body rejected or may reconsider, most recent decision first. */
export async function rejectedFirms(actor: Actor) {
  const scope = await queueScope(actor);
  return db.firm.findMany({
    where: { ...scope, status: "REJECTED" },
    orderBy: [{ vettedAt: "desc" }, { id: "asc" }],
    take: 200,
    include: listInclude,
  });
}

const FirmId = z.string().min(1).max(64);
export const DecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), firmId: FirmId }),
  z.object({
    decision: z.literal("reject"),
    firmId: FirmId,
    reason: z
      .string({ error: "errors.rejection.required" })
      .trim()
      .min(5, { error: "errors.rejection.required" })
      .max(1000, { error: "errors.text.tooLong" }),
  }),
  // A rejected firm back into the queue, its reason cleared, to be decided again.
  z.object({ decision: z.literal("reconsider"), firmId: FirmId }),
]);
export type VettingDecision = z.input<typeof DecisionSchema>;

const FROM_STATUS = { approve: "PENDING", reject: "PENDING", reconsider: "REJECTED" } as const;
const AUDIT_ACTION = { approve: "firm.approve", reject: "firm.reject", reconsider: "firm.reconsider" } as const;

async function bodyCode(actor: Actor): Promise<string> {
  const body = await db.organizingBody.findUnique({ where: { id: actor.staff!.bodyId }, select: { code: true } });
  return body?.code ?? "";
}

/** Approve or reject (with a reason the firm sees), or reconsider a rejection. Only firms in the body's scope. */
export async function vetFirm(actor: Actor & { displayName?: string }, input: VettingDecision): Promise<void> {
  const parsed = DecisionSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid decision", fieldErrors(parsed.error));
  }
  const scope = await queueScope(actor);
  const d = parsed.data;
  const body = await bodyCode(actor);
  const now = new Date();
  // Compare-and-set on the status: two organizers deciding at once cannot both win. The audit entry is written
  // in the same transaction.
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.firm.updateMany({
      where: { ...scope, id: d.firmId, status: FROM_STATUS[d.decision] },
      data:
        d.decision === "approve"
          ? { status: "APPROVED", rejectionReason: null, vettedAt: now, vettedById: actor.userId }
          : d.decision === "reject"
            ? { status: "REJECTED", rejectionReason: d.reason, vettedAt: now, vettedById: actor.userId }
            : { status: "PENDING", rejectionReason: null, vettedAt: null, vettedById: null },
    });
    if (count > 0) {
      const firm = await tx.firm.findUniqueOrThrow({ where: { id: d.firmId }, select: { nameLocal: true } });
      await audit(
        tx,
        actor,
        AUDIT_ACTION[d.decision],
        { type: "firm", id: d.firmId },
        { firm: firm.nameLocal, body, ...(d.decision === "reject" ? { reason: d.reason } : {}) },
      );
    }
    return count;
  });
  if (count === 0) {
    const exists = await db.firm.findFirst({ where: { ...scope, id: d.firmId }, select: { status: true } });
    if (!exists) throw new AppError("NOT_FOUND", "not in your queue");
    throw new AppError("CONFLICT", "already decided", { form: "errors.vetting.alreadyDecided" });
  }
  if (d.decision !== "reconsider") await emailDecision([d.firmId], d.decision === "approve" ? null : d.reason);
}

const Bulk = z.object({ firmIds: z.array(FirmId).min(1, { error: "errors.vetting.noneChosen" }).max(200) });

/**
 * Approves several pending firms at once: those of the list still pending in the body's scope; the others (just
 * decided by a colleague, or outside the scope) are left as they are. Returns how many were approved.
 */
export async function approveFirms(
  actor: Actor & { displayName?: string },
  input: z.input<typeof Bulk>,
): Promise<number> {
  const parsed = Bulk.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "nothing chosen", fieldErrors(parsed.error));
  const scope = await queueScope(actor);
  const body = await bodyCode(actor);
  const now = new Date();
  const approved = await db.$transaction(async (tx) => {
    const firms = await tx.firm.findMany({
      where: { ...scope, id: { in: parsed.data.firmIds }, status: "PENDING" },
      select: { id: true, nameLocal: true },
    });
    const { count } = await tx.firm.updateMany({
      where: { id: { in: firms.map((f) => f.id) }, status: "PENDING" },
      data: { status: "APPROVED", rejectionReason: null, vettedAt: now, vettedById: actor.userId },
    });
    if (count !== firms.length)
      throw new AppError("CONFLICT", "decided meanwhile", { form: "errors.vetting.alreadyDecided" });
    for (const f of firms)
      await audit(tx, actor, "firm.approve", { type: "firm", id: f.id }, { firm: f.nameLocal, body });
    return firms.map((f) => f.id);
  });
  await emailDecision(approved, null);
  return approved.length;
}

/** Tells each firm's administrators of the decision, in their language. Never fails the decision. */
async function emailDecision(firmIds: string[], rejectionReason: string | null): Promise<void> {
  if (!firmIds.length) return;
  const [byFirm, firms] = await Promise.all([
    recipientsOfFirms(firmIds, { adminsOnly: true }),
    db.firm.findMany({ where: { id: { in: firmIds } }, select: { id: true, nameLocal: true, nameEn: true } }),
  ]);
  for (const firm of firms) {
    const recipients = byFirm.get(firm.id) ?? [];
    if (rejectionReason === null)
      await sendEmails(recipients, "firmApproved", { firm: firm.nameLocal }, { link: "/firm" });
    else
      await sendEmails(
        recipients,
        "firmRejected",
        { firm: firm.nameLocal, reason: rejectionReason },
        { link: "/firm" },
      );
  }
}
