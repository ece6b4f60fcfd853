// A firm mutes or blocks another. Muted: its messages raise no unread count and no digest. Blocked: no more
// meeting requests or messages from it (it is refused without being told why). Firm administrators decide.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { Id } from "@/lib/validation/form-input";
import type { BlockState } from "./conversation-rules";

type Reader = Pick<Prisma.TransactionClient, "firmBlock">;

export const FirmBlockSchema = z.object({
  firmId: Id,
  otherFirmId: Id,
  state: z.enum(["none", "mute", "block"], { error: "errors.choice" }),
});

/** Mutes, blocks or clears what `firmId` set for `otherFirmId`; the firm's administrators only. */
export async function setFirmBlock(actor: Actor, options: z.input<typeof FirmBlockSchema>): Promise<BlockState> {
  const parsed = FirmBlockSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid block", { form: "errors.invalid" });
  const { firmId, otherFirmId, state } = parsed.data;
  if (!allows(actor, { kind: "firmAdmin", firmId })) throw new AppError("FORBIDDEN", "firm administrators only");
  if (firmId === otherFirmId || !(await db.firm.findUnique({ where: { id: otherFirmId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "no such firm");
  if (state === "none") {
    await db.firmBlock.deleteMany({ where: { firmId, otherFirmId } });
  } else {
    const kind = state === "mute" ? "MUTE" : "BLOCK";
    await db.firmBlock.upsert({
      where: { firmId_otherFirmId: { firmId, otherFirmId } },
      create: { firmId, otherFirmId, kind, byUserId: actor.userId },
      update: { kind, byUserId: actor.userId },
    });
  }
  return state;
}

/** What `firmId` has set for `otherFirmId`. */
export async function blockState(firmId: string, otherFirmId: string, tx: Reader = db): Promise<BlockState> {
  const row = await tx.firmBlock.findUnique({ where: { firmId_otherFirmId: { firmId, otherFirmId } } });
  return row ? (row.kind === "MUTE" ? "mute" : "block") : "none";
}

/** Whether `firmId` has blocked `otherFirmId` (requests and messages from the other are refused). */
export async function hasBlocked(firmId: string, otherFirmId: string, tx: Reader = db): Promise<boolean> {
  return (await blockState(firmId, otherFirmId, tx)) === "block";
}

/** The firms any of `firmIds` muted or blocked: their messages count as read. */
export async function silencedFirms(firmIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.firmBlock.findMany({ where: { firmId: { in: [...firmIds] } }, select: { otherFirmId: true } });
  return new Set(rows.map((r) => r.otherFirmId));
}
