// The challenge board: a firm posts a real business problem, other firms answer with a proposed solution, the
// poster shortlists and may record a pilot order on the spot. Answers are the answering firm's business: only
// the poster's members, organizers and the answering firm itself read an answer.
import { z } from "zod";
import { BUDGET_BANDS } from "@/lib/enums";
import { LOCALES } from "@/lib/i18n/routing";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { allows, isOrganizer } from "@/lib/auth/policy";
import { CalendarDate } from "@/lib/time/calendar-date";
import { fieldErrors, formText } from "@/lib/validation/form-input";

const required = (max: number) => formText(max).refine((s) => s.length > 0, { error: "errors.required" });
const Band = z.enum(BUDGET_BANDS, { error: "errors.choice" });

async function approvedMember(actor: Actor, firmId: string) {
  if (!allows(actor, { kind: "firmMember", firmId })) throw new AppError("FORBIDDEN", "not a member of that firm");
  const firm = await db.firm.findUnique({ where: { id: firmId }, select: { status: true } });
  if (!firm || firm.status !== "APPROVED")
    throw new AppError("FORBIDDEN", "firm not approved", { form: "errors.meetings.notApproved" });
}

/** Participants (members of approved firms) and organizers see the board. */
async function requireBoardReader(actor: Actor | null) {
  if (!actor) throw new AppError("UNAUTHENTICATED", "sign in first");
  if (isOrganizer(actor)) return;
  const approved = await db.firm.count({
    where: { id: { in: actor.memberships.map((m) => m.firmId) }, status: "APPROVED" },
  });
  if (approved === 0) throw new AppError("FORBIDDEN", "participants only");
}

const optional = (max: number) => formText(max).default("");

/**
 * A challenge's title and description in up to three languages: at least one title and one description; readers
 * see theirs, or another with the note saying which language it is in (lib/i18n/text-for-reader.ts).
 */
export const ChallengeSchema = z
  .object({
    firmId: z.string().min(1).max(64),
    titleEn: optional(160),
    titleJa: optional(160),
    titleVi: optional(160),
    descriptionEn: optional(4000),
    descriptionJa: optional(4000),
    descriptionVi: optional(4000),
    sectorId: z.string().max(64).default(""),
    budgetBand: Band,
    languages: z.array(z.enum(LOCALES, { error: "errors.choice" })).min(1, { error: "errors.tours.languages" }),
  })
  .superRefine((c, ctx) => {
    if (!c.titleEn && !c.titleJa && !c.titleVi)
      ctx.addIssue({ code: "custom", path: ["titleEn"], message: "errors.challenge.titleRequired" });
    if (!c.descriptionEn && !c.descriptionJa && !c.descriptionVi)
      ctx.addIssue({ code: "custom", path: ["descriptionEn"], message: "errors.description.required" });
  });

export async function postChallenge(
  actor: Actor,
  { eventId, ...challenge }: { eventId: string } & z.input<typeof ChallengeSchema>,
) {
  const parsed = ChallengeSchema.safeParse(challenge);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid challenge", fieldErrors(parsed.error));
  const c = parsed.data;
  await approvedMember(actor, c.firmId);
  if (c.sectorId && !(await db.taxonomyNode.findFirst({ where: { id: c.sectorId, kind: "SECTOR" } })))
    throw new AppError("INVALID_INPUT", "unknown sector", { sectorId: "errors.choice" });
  return db.challenge.create({
    data: {
      eventId,
      firmId: c.firmId,
      titleEn: c.titleEn,
      titleJa: c.titleJa,
      titleVi: c.titleVi,
      descriptionEn: c.descriptionEn,
      descriptionJa: c.descriptionJa,
      descriptionVi: c.descriptionVi,
      sectorId: c.sectorId || null,
      budgetBand: c.budgetBand,
      languages: c.languages.join(","),
      createdById: actor.userId,
    },
  });
}

export async function challengesFor(actor: Actor | null, eventId: string) {
  await requireBoardReader(actor);
  return db.challenge.findMany({
    where: { eventId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: { firm: { select: { id: true, nameLocal: true } }, _count: { select: { answers: true } } },
  });
}

/** A challenge with the answers the actor may read. */
export async function challengeFor(actor: Actor | null, id: string) {
  await requireBoardReader(actor);
  const c = await db.challenge.findUnique({
    where: { id: String(id) },
    include: { firm: { select: { id: true, nameLocal: true, nameEn: true } } },
  });
  if (!c) throw new AppError("NOT_FOUND", "no such challenge");
  const poster = isOrganizer(actor!) || allows(actor, { kind: "firmMember", firmId: c.firmId });
  const mine = actor!.memberships.map((m) => m.firmId);
  const answers = await db.challengeAnswer.findMany({
    where: { challengeId: c.id, ...(poster ? {} : { firmId: { in: mine } }) },
    orderBy: [{ shortlisted: "desc" }, { createdAt: "asc" }],
    include: { firm: { select: { id: true, nameLocal: true, nameEn: true } }, pilotOrder: true },
  });
  return {
    ...c,
    answers,
    poster,
    posterAdmin: allows(actor, { kind: "firmAdmin", firmId: c.firmId }),
    answeredBy: answers.filter((a) => mine.includes(a.firmId)).map((a) => a.firmId),
  };
}

export const AnswerSchema = z.object({
  challengeId: z.string().min(1).max(64),
  firmId: z.string().min(1).max(64),
  body: required(4000),
});

export async function answerChallenge(actor: Actor, options: z.input<typeof AnswerSchema>) {
  const parsed = AnswerSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid answer", fieldErrors(parsed.error));
  const { challengeId, firmId, body } = parsed.data;
  await approvedMember(actor, firmId);
  const c = await db.challenge.findUnique({ where: { id: challengeId }, select: { firmId: true } });
  if (!c) throw new AppError("NOT_FOUND", "no such challenge");
  if (c.firmId === firmId) throw new AppError("CONFLICT", "own challenge", { form: "errors.challenge.own" });
  try {
    return await db.challengeAnswer.create({ data: { challengeId, firmId, body, createdById: actor.userId } });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already answered", { form: "errors.challenge.alreadyAnswered" });
    throw e;
  }
}

async function posterAdminOf(actor: Actor, answerId: string) {
  const a = await db.challengeAnswer.findUnique({
    where: { id: String(answerId) },
    include: { challenge: { select: { firmId: true } } },
  });
  if (!a || !allows(actor, { kind: "firmAdmin", firmId: a.challenge.firmId }))
    throw new AppError("NOT_FOUND", "no such answer");
  return a;
}

export const ShortlistSchema = z.object({ answerId: z.string().min(1).max(64), shortlisted: z.boolean() });

export async function setShortlisted(actor: Actor, options: z.input<typeof ShortlistSchema>) {
  const parsed = ShortlistSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid", { form: "errors.invalid" });
  const a = await posterAdminOf(actor, parsed.data.answerId);
  await db.challengeAnswer.update({ where: { id: a.id }, data: { shortlisted: parsed.data.shortlisted } });
}

export const PilotOrderSchema = z.object({
  answerId: z.string().min(1).max(64),
  scope: required(1000),
  valueBand: Band,
  orderedOn: CalendarDate,
});

export async function recordPilotOrder(actor: Actor, options: z.input<typeof PilotOrderSchema>) {
  const parsed = PilotOrderSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid pilot order", fieldErrors(parsed.error));
  const a = await posterAdminOf(actor, parsed.data.answerId);
  if (!a.shortlisted) throw new AppError("CONFLICT", "not shortlisted", { form: "errors.challenge.shortlistFirst" });
  try {
    return await db.pilotOrder.create({
      data: {
        answerId: a.id,
        scope: parsed.data.scope,
        valueBand: parsed.data.valueBand,
        orderedOn: new Date(`${parsed.data.orderedOn}T00:00:00Z`),
        createdById: actor.userId,
      },
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already ordered", { form: "errors.challenge.alreadyOrdered" });
    throw e;
  }
}

/** What organizers count: opportunities by status, challenges, answers and pilot orders at the event. */
export async function boardCounts(actor: Actor, eventId: string) {
  if (!isOrganizer(actor)) throw new AppError("FORBIDDEN", "organizers only");
  const [byStatus, challenges, answers, pilots] = await Promise.all([
    db.opportunity.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.challenge.count({ where: { eventId } }),
    db.challengeAnswer.count({ where: { challenge: { eventId } } }),
    db.pilotOrder.count({ where: { answer: { challenge: { eventId } } } }),
  ]);
  return {
    opportunities: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Record<string, number>,
    challenges,
    answers,
    pilots,
  };
}
