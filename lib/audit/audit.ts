// The audit log: organizer actions that change other people's data, written in the same transaction as the
// change (so a rolled-back change leaves no entry, and a committed one always has its entry).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isOrganizer } from "@/lib/auth/policy";

export const AUDIT_ACTIONS = [
  "firm.approve",
  "firm.reject",
  "firm.reconsider",
  "event.create",
  "event.edit",
  "event.makeCurrent",
  "event.archive",
  "event.restore",
  "staff.invite",
  "staff.remove",
  "staff.accept",
  "staff.role",
  "firm.edit",
  "firms.import",
  "schedule.publish",
  "meeting.move",
  "tourSeat.cancel",
  "tourSeat.approve",
  "tourSeat.decline",
  "meeting.noShow",
  "meeting.standby",
  "meeting.online",
  "meeting.inPerson",
  "meeting.create",
  "meeting.overCap",
  "meeting.cancel",
  "schedule.undo",
  "schedule.sendChanges",
  "setup.sessionAdd",
  "setup.sessionRemove",
  "setup.tables",
  "setup.settings",
  "setup.copy",
  "report.resolve",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The action's message key under audit.action ("firm.approve" -> "firm_approve": message keys have no dots). */
type MessageName<A extends string> = A extends `${infer Head}.${infer Tail}` ? `${Head}_${Tail}` : A;
export const auditActionName = <A extends AuditAction>(action: A) => action.replace(".", "_") as MessageName<A>;

type Client = Prisma.TransactionClient | typeof db;

export async function audit(
  client: Client,
  actor: Actor & { displayName?: string },
  action: AuditAction,
  target: { type: string; id: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await client.auditEntry.create({
    data: {
      actorId: actor.userId,
      actorName: actor.displayName ?? "",
      action,
      targetType: target.type,
      targetId: target.id,
      details: JSON.stringify(details),
    },
  });
}

/** The latest entries for organizers, newest first. */
export async function auditLog(actor: Actor, take = 200) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const rows = await db.auditEntry.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  return rows.map((r) => ({
    ...r,
    // Entries are written only through audit(), with these actions.
    action: r.action as AuditAction,
    details: JSON.parse(r.details) as Record<string, string | number>,
  }));
}
