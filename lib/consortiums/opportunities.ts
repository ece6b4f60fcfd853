// Bid opportunities and their consortiums. Authorization lives here: confidential opportunities are invisible
// (NOT_FOUND) to outsiders; only the lead's administrators change requirements, status and invitations.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { issueKey } from "@/lib/validation/form-input";
import { BUDGET_BANDS, CLIENT_TYPES, CONSORTIUM_ROLES, CONSORTIUM_STATUSES, MARKETS } from "@/lib/enums";
import { LOCALES } from "@/lib/i18n/routing";
import type { Actor } from "@/lib/auth/actor";
import { allows, isOrganizer } from "@/lib/auth/policy";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { registryEngine } from "@/lib/matching/registry-engine";
import { canSee, isInside, isLeadAdmin, nextStatuses, type Status } from "./consortium-rules";
import { coverage, suggestPartners, type Requirement } from "./coverage";
import { sendEmails } from "@/lib/notifications/emails";
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import { CalendarDate } from "@/lib/time/calendar-date";
import { deadlineInZone, isFutureDeadline } from "@/lib/time/zoned-deadline";
import { fieldErrors, formText } from "@/lib/validation/form-input";

export const RequirementSchema = z.object({
  capabilityId: z.string().min(1).max(64),
  mustHave: z.boolean(),
  weight: z.coerce
    .number({ error: "errors.number.invalid" })
    .int({ error: "errors.number.invalid" })
    .min(1, { error: "errors.consortium.weight" })
    .max(5, { error: "errors.consortium.weight" }),
});
const Requirements = z
  .array(RequirementSchema)
  .min(1, { error: "errors.consortium.requirements" })
  .max(30, { error: "errors.tooMany" })
  .refine((list) => new Set(list.map((r) => r.capabilityId)).size === list.length, {
    error: "errors.consortium.duplicateRequirement",
  });

export const OpportunitySchema = z.object({
  leadFirmId: z.string().min(1).max(64),
  title: formText(160).refine((s) => s.length > 0, { error: "errors.required" }),
  description: formText(4000).default(""),
  region: z.enum(MARKETS, { error: "errors.choice" }),
  country: formText(60).default(""),
  sectorId: z.string().max(64).default(""),
  clientType: z.enum(CLIENT_TYPES, { error: "errors.choice" }),
  budgetBand: z.enum(BUDGET_BANDS, { error: "errors.choice" }),
  // A local date (and time, default 23:59) in the event's zone; not one already past.
  deadline: z.union([z.literal(""), CalendarDate]).default(""),
  deadlineTime: z
    .union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "errors.setup.time" })])
    .default(""),
  languages: z.array(z.enum(LOCALES, { error: "errors.choice" })).min(1, { error: "errors.tours.languages" }),
  visibility: z.enum(["OPEN", "CONFIDENTIAL"], { error: "errors.choice" }),
  requirements: Requirements,
});

/** An opportunity as forms and tests hand it in (parsed inside). */
export type OpportunityFields = z.input<typeof OpportunitySchema>;

async function checkCapabilities(ids: string[]) {
  const found = await db.taxonomyNode.count({ where: { id: { in: ids }, kind: "CAPABILITY" } });
  if (found !== new Set(ids).size)
    throw new AppError("INVALID_INPUT", "unknown capability", { requirements: "errors.consortium.unknownCapability" });
}

/** The lead firm's administrator posts an opportunity; the lead is its first member. */
export async function createOpportunity(
  actor: Actor,
  { eventId, ...opportunity }: { eventId: string } & z.input<typeof OpportunitySchema>,
  now = new Date(),
) {
  const parsed = OpportunitySchema.safeParse(opportunity);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid opportunity", fieldErrors(parsed.error));
  const o = parsed.data;
  if (!allows(actor, { kind: "firmAdmin", firmId: o.leadFirmId }))
    throw new AppError("FORBIDDEN", "the lead's administrators only");
  const lead = await db.firm.findUnique({ where: { id: o.leadFirmId }, select: { status: true } });
  if (!lead || lead.status !== "APPROVED")
    throw new AppError("FORBIDDEN", "firm not approved", { form: "errors.meetings.notApproved" });
  await checkCapabilities(o.requirements.map((r) => r.capabilityId));
  const event = await db.event.findUnique({ where: { id: eventId }, select: { timeZone: true } });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  const deadline = o.deadline ? deadlineInZone(o.deadline, event.timeZone, o.deadlineTime || undefined) : null;
  if (deadline && !isFutureDeadline(deadline, now))
    throw new AppError("INVALID_INPUT", "deadline passed", { deadline: "errors.consortium.deadlinePast" });
  if (o.sectorId && !(await db.taxonomyNode.findFirst({ where: { id: o.sectorId, kind: "SECTOR" } })))
    throw new AppError("INVALID_INPUT", "unknown sector", { sectorId: "errors.choice" });
  return db.$transaction(async (tx) => {
    const created = await tx.opportunity.create({
      data: {
        eventId,
        leadFirmId: o.leadFirmId,
        title: o.title,
        description: o.description,
        region: o.region,
        country: o.country,
        sectorId: o.sectorId || null,
        clientType: o.clientType,
        budgetBand: o.budgetBand,
        deadline,
        languages: o.languages.join(","),
        visibility: o.visibility,
        createdById: actor.userId,
        requirements: { create: o.requirements },
      },
    });
    await tx.consortiumMember.create({
      data: {
        opportunityId: created.id,
        firmId: o.leadFirmId,
        role: "LEAD",
        status: "ACCEPTED",
        invitedById: actor.userId,
      },
    });
    return created;
  });
}

async function approvedFirmMember(actor: Actor): Promise<boolean> {
  if (actor.memberships.length === 0) return false;
  return (
    (await db.firm.count({ where: { id: { in: actor.memberships.map((m) => m.firmId) }, status: "APPROVED" } })) > 0
  );
}

/** An opportunity as the actor may see it; NOT_FOUND when they may not (a confidential one stays secret). */
export async function opportunityFor(actor: Actor | null, id: string) {
  const o = await db.opportunity.findUnique({
    where: { id: String(id) },
    include: {
      // Its deadline is shown in the event's zone, like every other time.
      event: { select: { timeZone: true } },
      lead: { select: { id: true, nameLocal: true, nameEn: true, country: true } },
      requirements: {
        include: { capability: true },
        orderBy: [{ mustHave: "desc" }, { weight: "desc" }, { id: "asc" }],
      },
      members: {
        include: { firm: { select: { id: true, nameLocal: true, nameEn: true, country: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!o || !actor || !canSee(actor, o, await approvedFirmMember(actor)))
    throw new AppError("NOT_FOUND", "no such opportunity");
  return { ...o, inside: isInside(actor, o), leadAdmin: isLeadAdmin(actor, o) };
}

/** The opportunities the actor may see at the event, newest first. */
export async function opportunitiesFor(actor: Actor | null, eventId: string) {
  if (!actor) return [];
  const all = await db.opportunity.findMany({
    where: { eventId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      lead: { select: { nameLocal: true } },
      members: { select: { firmId: true, status: true } },
      _count: { select: { requirements: true } },
    },
  });
  const approved = await approvedFirmMember(actor);
  return all.filter((o) => canSee(actor, o, approved));
}

/** Each requirement with the accepted members covering it (the lead included). */
export async function coverageOf(o: Awaited<ReturnType<typeof opportunityFor>>) {
  const tree = await loadTaxonomy();
  const accepted = o.members.filter((m) => m.status === "ACCEPTED");
  const offers = await db.firmCapability.findMany({
    where: { firmId: { in: accepted.map((m) => m.firmId) }, direction: "OFFER" },
    select: { firmId: true, nodeId: true },
  });
  const members = accepted.map((m) => ({
    firmId: m.firmId,
    offers: new Set(offers.filter((x) => x.firmId === m.firmId).map((x) => x.nodeId)),
  }));
  return coverage(o.requirements, members, (id) => tree.descendantIds(id));
}

/** Partner suggestions for what is still open: the lead's administrators (and organizers) only. */
export async function partnerSuggestions(actor: Actor, id: string, k = 5) {
  const o = await opportunityFor(actor, id);
  if (!o.leadAdmin && !isOrganizer(actor)) throw new AppError("FORBIDDEN", "the lead only");
  const rows = await coverageOf(o);
  const open: Requirement[] = rows.filter((r) => r.coveredBy.length === 0).map((r) => r.requirement);
  if (open.length === 0) return { open, suggestions: [] };
  const tree = await loadTaxonomy();
  const wanted = [...new Set(open.flatMap((r) => [r.capabilityId, ...tree.descendantIds(r.capabilityId)]))];
  const memberIds = o.members.filter((m) => m.status !== "DECLINED").map((m) => m.firmId);
  const offers = await db.firmCapability.findMany({
    where: {
      nodeId: { in: wanted },
      direction: "OFFER",
      firmId: { notIn: memberIds },
      firm: { status: "APPROVED", participations: { some: { eventId: o.eventId } } },
    },
    select: { firmId: true, nodeId: true },
  });
  const byFirm = new Map<string, Set<string>>();
  for (const x of offers) byFirm.set(x.firmId, (byFirm.get(x.firmId) ?? new Set()).add(x.nodeId));
  const engine = await registryEngine();
  const candidates = [...byFirm].map(([firmId, set]) => ({
    firmId,
    offers: set,
    fit: engine.score(o.leadFirmId, firmId, { sameCountry: true })?.score ?? 0,
  }));
  const picks = suggestPartners(open, candidates, (cid) => tree.descendantIds(cid), k);
  const firms = await db.firm.findMany({
    where: { id: { in: picks.map((p) => p.firmId) } },
    select: { id: true, nameLocal: true, nameEn: true, country: true },
  });
  return { open, suggestions: picks.map((p) => ({ ...p, firm: firms.find((f) => f.id === p.firmId)! })) };
}

async function leadOnly(actor: Actor, id: string) {
  const o = await db.opportunity.findUnique({
    where: { id: String(id) },
    select: { id: true, leadFirmId: true, status: true, eventId: true },
  });
  if (!o) throw new AppError("NOT_FOUND", "no such opportunity");
  if (!isLeadAdmin(actor, o)) throw new AppError("FORBIDDEN", "the lead only");
  return o;
}

export const ConsortiumInviteSchema = z.object({
  opportunityId: z.string().min(1).max(64),
  firmId: z.string().min(1).max(64),
  role: z.enum(CONSORTIUM_ROLES, { error: "errors.choice" }),
});

export async function inviteToConsortium(actor: Actor, options: z.input<typeof ConsortiumInviteSchema>) {
  const parsed = ConsortiumInviteSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid invitation", fieldErrors(parsed.error));
  const o = await leadOnly(actor, parsed.data.opportunityId);
  const firm = await db.firm.findUnique({ where: { id: parsed.data.firmId }, select: { status: true } });
  if (!firm || firm.status !== "APPROVED") throw new AppError("NOT_FOUND", "no such firm");
  let member;
  try {
    member = await db.consortiumMember.create({
      data: {
        opportunityId: o.id,
        firmId: parsed.data.firmId,
        role: parsed.data.role,
        status: "INVITED",
        invitedById: actor.userId,
      },
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already in the consortium", { form: "errors.consortium.alreadyMember" });
    throw e;
  }
  const [full, admins] = await Promise.all([
    db.opportunity.findUniqueOrThrow({
      where: { id: o.id },
      select: { title: true, lead: { select: FIRM_NAME_SELECT } },
    }),
    db.membership.findMany({
      where: { firmId: parsed.data.firmId, role: "FIRM_ADMIN" },
      include: { user: { select: { id: true, email: true, locale: true } } },
    }),
  ]);
  await sendEmails(
    admins.map((a) => a.user),
    "consortiumInvitation",
    (locale) => ({ lead: firmLabel(full.lead, locale), title: full.title, role: parsed.data.role }),
    { link: `/consortiums/${o.id}` },
  );
  return member;
}

export const AnswerInvitationSchema = z.object({ memberId: z.string().min(1).max(64), accept: z.boolean() });

/** The invited firm's administrator accepts or declines. */
export async function answerInvitation(actor: Actor, options: z.input<typeof AnswerInvitationSchema>) {
  const parsed = AnswerInvitationSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid answer", { form: "errors.invalid" });
  const m = await db.consortiumMember.findUnique({ where: { id: parsed.data.memberId } });
  if (!m || !allows(actor, { kind: "firmAdmin", firmId: m.firmId }))
    throw new AppError("NOT_FOUND", "no such invitation");
  const { count } = await db.consortiumMember.updateMany({
    where: { id: m.id, status: "INVITED" },
    data: { status: parsed.data.accept ? "ACCEPTED" : "DECLINED" },
  });
  if (count === 0) throw new AppError("CONFLICT", "already answered", { form: "errors.consortium.answered" });
}

export const OpportunityStatusSchema = z.object({
  opportunityId: z.string().min(1).max(64),
  status: z.enum(CONSORTIUM_STATUSES),
});

export async function setOpportunityStatus(actor: Actor, options: z.input<typeof OpportunityStatusSchema>) {
  const parsed = OpportunityStatusSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid status", { form: "errors.invalid" });
  const o = await leadOnly(actor, parsed.data.opportunityId);
  if (!nextStatuses(o.status as Status).includes(parsed.data.status))
    throw new AppError("CONFLICT", "not from this status", { form: "errors.consortium.status" });
  const { count } = await db.opportunity.updateMany({
    where: { id: o.id, status: o.status },
    data: { status: parsed.data.status },
  });
  if (count === 0) throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.consortium.status" });
}

/** The lead replaces the requirements (one transaction: never half a list). */
export async function setRequirements(
  actor: Actor,
  { opportunityId, requirements }: { opportunityId: string; requirements: z.input<typeof Requirements> },
) {
  const o = await leadOnly(actor, opportunityId);
  const parsed = Requirements.safeParse(requirements);
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", "invalid requirements", {
      requirements: parsed.error.issues[0] ? issueKey(parsed.error.issues[0]) : "errors.invalid",
    });
  await checkCapabilities(parsed.data.map((r) => r.capabilityId));
  await db.$transaction([
    db.opportunityRequirement.deleteMany({ where: { opportunityId: o.id } }),
    db.opportunityRequirement.createMany({ data: parsed.data.map((r) => ({ ...r, opportunityId: o.id })) }),
  ]);
}

export const NoteSchema = z.object({
  opportunityId: z.string().min(1).max(64),
  body: formText(2000).refine((s) => s.length > 0, { error: "errors.required" }),
});

export const AddRequirementSchema = RequirementSchema.extend({ opportunityId: z.string().min(1).max(64) });

/** The lead adds one requirement to the list. */
export async function addRequirement(actor: Actor, options: z.input<typeof AddRequirementSchema>) {
  const { opportunityId, ...requirement } = options;
  const o = await opportunityFor(actor, String(opportunityId));
  await setRequirements(actor, { opportunityId: o.id, requirements: [...currentRequirements(o), requirement] });
}

export const RemoveRequirementSchema = z.object({
  opportunityId: z.string().min(1).max(64),
  capabilityId: z.string().min(1).max(64),
});

/** The lead removes one requirement (the list keeps at least one). */
export async function removeRequirement(actor: Actor, options: z.input<typeof RemoveRequirementSchema>) {
  const o = await opportunityFor(actor, String(options.opportunityId));
  const rest = currentRequirements(o).filter((r) => r.capabilityId !== options.capabilityId);
  await setRequirements(actor, { opportunityId: o.id, requirements: rest });
}

const currentRequirements = (o: Awaited<ReturnType<typeof opportunityFor>>) =>
  o.requirements.map(({ capabilityId, mustHave, weight }) => ({ capabilityId, mustHave, weight }));

/** Notes inside the consortium: accepted members write and read them (organizers read). */
export async function addNote(actor: Actor, options: z.input<typeof NoteSchema>) {
  const parsed = NoteSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid note", fieldErrors(parsed.error));
  const o = await opportunityFor(actor, parsed.data.opportunityId);
  const firm = o.members.find((m) => m.status === "ACCEPTED" && actor.memberships.some((x) => x.firmId === m.firmId));
  if (!firm) throw new AppError("FORBIDDEN", "members only", { form: "errors.forbidden" });
  return db.consortiumNote.create({
    data: { opportunityId: o.id, firmId: firm.firmId, authorId: actor.userId, body: parsed.data.body },
  });
}

export async function notesOf(actor: Actor, opportunityId: string) {
  const o = await opportunityFor(actor, opportunityId);
  if (!o.inside) throw new AppError("FORBIDDEN", "members only");
  const notes = await db.consortiumNote.findMany({ where: { opportunityId: o.id }, orderBy: { createdAt: "asc" } });
  const authors = await db.user.findMany({
    where: { id: { in: notes.map((n) => n.authorId) } },
    select: { id: true, displayName: true },
  });
  return notes.map((n) => ({ ...n, author: authors.find((a) => a.id === n.authorId)?.displayName ?? "" }));
}
