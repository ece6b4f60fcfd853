import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EmailSchema } from "@/lib/auth/sign-up-schema";

export const InviteSchema = z.object({ firmId: z.string().min(1).max(64), email: EmailSchema });

/**
 * A firm's administrator invites a colleague as an attendee. Someone who already has an account joins at
 * once; otherwise the invitation waits until that address signs up (claimInvitations).
 */
export async function inviteColleague(
  actor: Actor,
  options: z.input<typeof InviteSchema>,
): Promise<"joined" | "invited"> {
  const firmId = String(options.firmId);
  if (!allows(actor, { kind: "firmAdmin", firmId }))
    throw new AppError("FORBIDDEN", "only the firm's administrators invite");
  const parsed = InviteSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid email", { email: "errors.email.invalid" });
  const email = parsed.data.email;
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (user) {
        const member = await tx.membership.findUnique({ where: { userId_firmId: { userId: user.id, firmId } } });
        if (member) throw new AppError("CONFLICT", "already a member", { email: "errors.invite.alreadyMember" });
        await tx.membership.create({ data: { userId: user.id, firmId, role: "ATTENDEE" } });
        await tx.firmInvitation.create({ data: { firmId, email, invitedById: actor.userId, acceptedAt: new Date() } });
        return "joined" as const;
      }
      await tx.firmInvitation.create({ data: { firmId, email, invitedById: actor.userId } });
      return "invited" as const;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
    throw e;
  }
}

/** On sign-up: the waiting invitations for this address become memberships, in the sign-up's transaction. */
export async function claimInvitations(tx: Prisma.TransactionClient, userId: string, email: string): Promise<number> {
  const waiting = await tx.firmInvitation.findMany({ where: { email, acceptedAt: null } });
  for (const invitation of waiting) {
    await tx.membership.upsert({
      where: { userId_firmId: { userId, firmId: invitation.firmId } },
      create: { userId, firmId: invitation.firmId, role: invitation.role },
      update: {},
    });
    await tx.firmInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
  }
  return waiting.length;
}
