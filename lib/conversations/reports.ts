// A member reports a message: the only way an organizer sees anything of a conversation. The event admins of the
// event in scope see each reported message of a thread in which either firm takes part in that event (threads
// belong to a pair of firms, not to an event), with its sender and both firms, and mark the report dealt with.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { FIRM_NAME_SELECT } from "@/lib/firms/firm-name";
import { fieldErrors, formText, Id } from "@/lib/validation/form-input";
import { audit } from "@/lib/audit/audit";

export const ReportSchema = z.object({ messageId: Id, reason: formText(500).default("") });

/** Reports a message of the other firm in a thread the actor is in; reporting it again changes nothing. */
export async function reportMessage(actor: Actor, options: z.input<typeof ReportSchema>): Promise<{ id: string }> {
  const parsed = ReportSchema.safeParse(options);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.messageId) throw new AppError("NOT_FOUND", "no such message");
    throw new AppError("INVALID_INPUT", "invalid report", errors);
  }
  const { messageId, reason } = parsed.data;
  const message = await db.message.findUnique({
    where: { id: messageId },
    select: { senderFirmId: true, conversation: { select: { firmAId: true, firmBId: true } } },
  });
  const inThread =
    message &&
    [message.conversation.firmAId, message.conversation.firmBId].some((firmId) =>
      allows(actor, { kind: "firmMember", firmId }),
    );
  if (!message || !inThread) throw new AppError("NOT_FOUND", "no such message");
  if (allows(actor, { kind: "firmMember", firmId: message.senderFirmId }))
    throw new AppError("INVALID_INPUT", "own firm's message", { form: "errors.messages.reportOwn" });
  const existing = await db.messageReport.findUnique({
    where: { messageId_reporterId: { messageId, reporterId: actor.userId } },
    select: { id: true },
  });
  if (existing) return existing;
  try {
    return await db.messageReport.create({
      data: { messageId, reporterId: actor.userId, reason },
      select: { id: true },
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return db.messageReport.findUniqueOrThrow({
      where: { messageId_reporterId: { messageId, reporterId: actor.userId } },
      select: { id: true },
    });
  }
}

/** The reports an event admin deals with: threads in which either firm takes part in the event in scope. */
function inScope(actor: Actor): Prisma.MessageReportWhereInput {
  const atEvent = { participations: { some: { eventId: actor.staff?.eventId ?? "" } } };
  return { message: { conversation: { OR: [{ firmA: atEvent }, { firmB: atEvent }] } } };
}

/** Open reports first, then the latest dealt with; the event admins of the event in scope only. */
export async function reportedMessages(actor: Actor, take = 100) {
  if (!allows(actor, { kind: "organizer" })) throw new AppError("FORBIDDEN", "organizers only");
  const rows = await db.messageReport.findMany({
    where: inScope(actor),
    orderBy: [{ resolvedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take,
    include: {
      reporter: { select: { displayName: true } },
      message: {
        select: {
          id: true,
          body: true,
          locale: true,
          createdAt: true,
          senderFirmId: true,
          sender: { select: { displayName: true } },
          conversation: { select: { firmA: { select: FIRM_NAME_SELECT }, firmB: { select: FIRM_NAME_SELECT } } },
        },
      },
    },
  });
  return rows.map((r) => {
    const { firmA, firmB } = r.message.conversation;
    const [senderFirm, otherFirm] = r.message.senderFirmId === firmA.id ? [firmA, firmB] : [firmB, firmA];
    return {
      id: r.id,
      reason: r.reason,
      reportedAt: r.createdAt,
      resolvedAt: r.resolvedAt,
      reporterName: r.reporter.displayName,
      message: {
        id: r.message.id,
        body: r.message.body,
        locale: r.message.locale,
        sentAt: r.message.createdAt,
        senderName: r.message.sender.displayName,
      },
      senderFirm,
      otherFirm,
    };
  });
}

export const ResolveReportSchema = z.object({ reportId: Id });

/** An event admin marks a report dealt with (audited: it is an organizer acting on firms' messages). */
export async function resolveReport(
  actor: Actor & { displayName?: string },
  options: z.input<typeof ResolveReportSchema>,
): Promise<void> {
  if (!allows(actor, { kind: "organizer" })) throw new AppError("FORBIDDEN", "organizers only");
  const parsed = ResolveReportSchema.safeParse(options);
  if (!parsed.success) throw new AppError("NOT_FOUND", "no such report");
  const now = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.messageReport.updateMany({
      where: { id: parsed.data.reportId, resolvedAt: null, ...inScope(actor) },
      data: { resolvedAt: now, resolvedById: actor.userId },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "no open report");
    await audit(tx, actor, "report.resolve", { type: "MessageReport", id: parsed.data.reportId });
  });
}

/** Open reports, for the organizers' overview. */
export async function openReportCount(actor: Actor): Promise<number> {
  if (!allows(actor, { kind: "organizer" })) return 0;
  return db.messageReport.count({ where: { resolvedAt: null, ...inScope(actor) } });
}
