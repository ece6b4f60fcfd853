// Events and editions: organizers create an edition, edit it, make it the one the site shows, archive and
// restore it. Authorization is inside: creating needs membership of an organizing body (the creator becomes
// the edition's admin); everything else needs the admin role at that edition.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import { fieldErrors } from "@/lib/validation/form-input";
import {
  EventFormSchema,
  eventSpan,
  overlaps,
  slugOf,
  vettingRows,
  type EventForm,
  type EventFormInput,
} from "./event-form";
import { requireRoleAt } from "./staff-roles";

function parseForm(input: EventFormInput): EventForm {
  const parsed = EventFormSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid event", fieldErrors(parsed.error));
  return parsed.data;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The checks against what is stored: a unique English name, editions of a series that do not overlap. */
async function checkAgainstStored(
  tx: Tx,
  form: EventForm,
  span: { startsAt: Date; endsAt: Date },
  exceptId: string | null,
) {
  const others = await tx.event.findMany({
    where: exceptId ? { id: { not: exceptId } } : {},
    select: { id: true, nameEn: true, series: true, startsAt: true, endsAt: true },
  });
  const fields: Record<string, ErrorKey> = {};
  if (others.some((o) => o.nameEn.trim().toLowerCase() === form.nameEn.toLowerCase()))
    fields.nameEn = "errors.event.nameTaken";
  if (others.some((o) => o.series === form.series && overlaps(o, span))) fields.startDate = "errors.event.overlap";
  const bodies = await tx.organizingBody.count({ where: { id: { in: form.bodies } } });
  if (bodies !== new Set(form.bodies).size) fields.bodies = "errors.event.bodies";
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "event clashes", fields);
}

function spanOrRefuse(form: EventForm) {
  const span = eventSpan(form);
  if ("error" in span) throw new AppError("INVALID_INPUT", "ends before it starts", { endDate: span.error });
  return span;
}

async function uniqueSlug(tx: Tx, nameEn: string): Promise<string> {
  const base = slugOf(nameEn);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.event.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** Creates an edition; its creator becomes its admin. Returns the new event's id. */
export async function createEvent(actor: Actor & { displayName?: string }, input: EventFormInput): Promise<string> {
  if (!actor.organizingBodyId) throw new AppError("FORBIDDEN", "organizing bodies only");
  const form = parseForm(input);
  const span = spanOrRefuse(form);
  const bodies = [...new Set([...form.bodies, actor.organizingBodyId])];
  return db.$transaction(async (tx) => {
    await checkAgainstStored(tx, { ...form, bodies }, span, null);
    const event = await tx.event.create({
      data: {
        slug: await uniqueSlug(tx, form.nameEn),
        series: form.series,
        nameEn: form.nameEn,
        nameJa: form.nameJa,
        nameVi: form.nameVi,
        city: form.city,
        venue: form.venue,
        timeZone: form.timeZone,
        ...span,
        organizers: { create: bodies.map((bodyId) => ({ bodyId })) },
        vettingRules: { create: vettingRows(form) },
        staff: { create: { userId: actor.userId, role: "EVENT_ADMIN", bodyId: actor.organizingBodyId! } },
      },
    });
    await audit(tx, actor, "event.create", { type: "event", id: event.id }, { event: form.nameEn });
    return event.id;
  });
}

/**
 * Saves an edition's details. `version` is the one the form was loaded with: a save based on an older copy is
 * refused ("changed meanwhile") instead of silently overwriting another admin's change.
 */
export async function updateEvent(
  actor: Actor & { displayName?: string },
  input: EventFormInput & { eventId: string; version: number },
): Promise<void> {
  await requireRoleAt(actor, input.eventId, ["EVENT_ADMIN"]);
  const form = parseForm(input);
  const span = spanOrRefuse(form);
  await db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: input.eventId } });
    if (!before) throw new AppError("NOT_FOUND", "no such event");
    await checkAgainstStored(tx, form, span, input.eventId);
    const { count } = await tx.event.updateMany({
      where: { id: input.eventId, version: input.version },
      data: {
        series: form.series,
        nameEn: form.nameEn,
        nameJa: form.nameJa,
        nameVi: form.nameVi,
        city: form.city,
        venue: form.venue,
        timeZone: form.timeZone,
        ...span,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "changed meanwhile", { form: "errors.event.changedMeanwhile" });
    await tx.eventOrganizer.deleteMany({ where: { eventId: input.eventId, bodyId: { notIn: form.bodies } } });
    for (const bodyId of form.bodies)
      await tx.eventOrganizer.upsert({
        where: { eventId_bodyId: { eventId: input.eventId, bodyId } },
        create: { eventId: input.eventId, bodyId },
        update: {},
      });
    await tx.eventVettingRule.deleteMany({ where: { eventId: input.eventId } });
    await tx.eventVettingRule.createMany({
      data: vettingRows(form).map((r) => ({ ...r, eventId: input.eventId })),
    });
    const changed: string[] = (["nameEn", "nameJa", "nameVi", "city", "venue", "timeZone", "series"] as const).filter(
      (k) => before[k] !== form[k],
    );
    if (before.startsAt.getTime() !== span.startsAt.getTime()) changed.push("startsAt");
    if (before.endsAt.getTime() !== span.endsAt.getTime()) changed.push("endsAt");
    await audit(tx, actor, "event.edit", { type: "event", id: input.eventId }, { event: form.nameEn, changed });
  });
}

/** Makes the edition the one the site shows to everybody who has not chosen another. */
export async function makeCurrentEvent(actor: Actor & { displayName?: string }, eventId: string): Promise<void> {
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new AppError("NOT_FOUND", "no such event");
    if (event.archivedAt) throw new AppError("CONFLICT", "archived", { form: "errors.event.archived" });
    await tx.event.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
    await tx.event.update({ where: { id: eventId }, data: { isCurrent: true } });
    await audit(tx, actor, "event.makeCurrent", { type: "event", id: eventId }, { event: event.nameEn });
  });
}

/** What archiving would put away: the caller confirms when meetings are scheduled. */
export async function archiveImpact(eventId: string) {
  const [meetings, participants] = await Promise.all([
    db.meeting.count({ where: { eventId, status: "SCHEDULED" } }),
    db.participation.count({ where: { eventId } }),
  ]);
  return { meetings, participants };
}

/**
 * Archives an edition: it leaves the switcher and stops taking changes; everything stays readable and it can be
 * restored. With scheduled meetings the caller must confirm (`confirmed`), else it is refused with a message.
 */
export async function archiveEvent(
  actor: Actor & { displayName?: string },
  input: { eventId: string; confirmed?: boolean },
): Promise<void> {
  await requireRoleAt(actor, input.eventId, ["EVENT_ADMIN"]);
  const { meetings } = await archiveImpact(input.eventId);
  if (meetings > 0 && !input.confirmed)
    throw new AppError("CONFLICT", "confirm first", { form: "errors.event.archiveConfirm" });
  await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: input.eventId } });
    if (!event) throw new AppError("NOT_FOUND", "no such event");
    if (event.archivedAt) return;
    await tx.event.update({ where: { id: input.eventId }, data: { archivedAt: new Date(), isCurrent: false } });
    await audit(tx, actor, "event.archive", { type: "event", id: input.eventId }, { event: event.nameEn, meetings });
  });
}

export async function restoreEvent(actor: Actor & { displayName?: string }, eventId: string): Promise<void> {
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event) throw new AppError("NOT_FOUND", "no such event");
    await tx.event.update({ where: { id: eventId }, data: { archivedAt: null } });
    await audit(tx, actor, "event.restore", { type: "event", id: eventId }, { event: event.nameEn });
  });
}

/** The editions an organizer manages (admin somewhere) and every other, newest first, for the events page. */
export async function eventsForOrganizer(actor: Actor) {
  if (!actor.organizingBodyId) throw new AppError("FORBIDDEN", "organizing bodies only");
  const [events, roles] = await Promise.all([
    db.event.findMany({
      orderBy: [{ startsAt: "desc" }],
      include: {
        organizers: { include: { body: true }, orderBy: { body: { code: "asc" } } },
        _count: { select: { participants: true, meetings: { where: { status: "SCHEDULED" } } } },
      },
    }),
    db.eventStaff.findMany({ where: { userId: actor.userId }, select: { eventId: true, role: true } }),
  ]);
  const roleOf = new Map(roles.map((r) => [r.eventId, r.role]));
  return events.map((e) => ({ ...e, myRole: roleOf.get(e.id) ?? null }));
}

/** One edition as its edit form shows it (local times in its zone), for its admins. */
export async function eventForEditing(actor: Actor, eventId: string) {
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  const event = await db.event.findUnique({
    where: { id: eventId },
    include: { organizers: true, vettingRules: true },
  });
  if (!event) throw new AppError("NOT_FOUND", "no such event");
  return event;
}

/** The organizing bodies an edition may name, for its form. */
export async function organizingBodies() {
  return db.organizingBody.findMany({
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameEn: true, nameJa: true, nameVi: true },
  });
}

/** The editions a person administers that still take changes (not over, not archived): where they may import. */
export async function editionsAdministeredBy(actor: Actor) {
  const rows = await db.eventStaff.findMany({
    where: { userId: actor.userId, role: "EVENT_ADMIN", event: { archivedAt: null, endsAt: { gt: new Date() } } },
    select: { event: { select: { id: true, nameEn: true, nameJa: true, nameVi: true, startsAt: true } } },
  });
  return rows.map((r) => r.event).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
