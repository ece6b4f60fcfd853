// Staff of an edition, and how people become staff: an event admin offers an address a role (event admin,
// vetting for one organizing body, on-site) at one edition; the holder of that address, signed in with it
// verified, accepts or declines on /invitations (as firm invitations work, lib/firms/invitations.ts). Nobody
// becomes staff without accepting. Admins list the staff with role and last activity, change a role, and
// remove someone (after an explicit confirmation); every change is in the audit log. An edition always keeps
// at least one event admin.
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/audit";
import type { Actor, StaffRole } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { EmailSchema } from "@/lib/auth/sign-up-schema";
import { reserveSends } from "@/lib/auth/send-throttle";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import { fieldErrors } from "@/lib/validation/form-input";
import { invitationState, INVITATION_LIFETIME_MS } from "@/lib/firms/invitations";
import { requireRoleAt } from "./staff-roles";

export const STAFF_ROLES = ["EVENT_ADMIN", "VETTING", "ONSITE"] as const satisfies readonly StaffRole[];
const Id = z.string().min(1).max(64);

export const StaffInviteSchema = z.object({
  eventId: Id,
  email: EmailSchema,
  role: z.enum(STAFF_ROLES),
  bodyId: Id,
});

type Who = Actor & { displayName?: string; locale?: string };

const STAFF_EMAIL = {
  EVENT_ADMIN: "staffInvitationAdmin",
  VETTING: "staffInvitationVetting",
  ONSITE: "staffInvitationOnsite",
} as const;

/** The edition's organizing bodies: the body a staff member acts for must be one of them. */
async function requireEventBody(eventId: string, bodyId: string) {
  const row = await db.eventOrganizer.findUnique({ where: { eventId_bodyId: { eventId, bodyId } } });
  if (!row) throw new AppError("INVALID_INPUT", "not a body of this event", { bodyId: "errors.staff.body" });
}

/**
 * An event admin offers an address a staff role at the edition, and the address gets an email in its holder's
 * language (the inviter's when it has no account). An open offer or a person already staff there is a CONFLICT;
 * after a decline or an expiry a fresh offer is sent.
 */
export async function inviteStaff(
  actor: Who,
  options: z.input<typeof StaffInviteSchema>,
  now = new Date(),
): Promise<{ invitationId: string }> {
  await requireRoleAt(actor, String(options.eventId), ["EVENT_ADMIN"]);
  const parsed = StaffInviteSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid staff invitation", fieldErrors(parsed.error));
  const { eventId, email, role, bodyId } = parsed.data;
  await requireEventBody(eventId, bodyId);
  const already = await db.eventStaff.count({ where: { eventId, user: { email } } });
  if (already) throw new AppError("CONFLICT", "already staff", { email: "errors.staff.alreadyStaff" });
  const previous = await db.staffInvitation.findUnique({ where: { eventId_email: { eventId, email } } });
  if (previous && invitationState(previous, now) === "sent")
    throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
  await reserveSends("invite", email, null);
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const fresh = { status: "SENT" as const, role, bodyId, expiresAt, invitedById: actor.userId, respondedAt: null };
  let invitationId: string;
  try {
    invitationId = await db.$transaction(async (tx) => {
      let id: string;
      if (previous) {
        // Only the row as it was read: two admins re-inviting at once make one offer.
        const updated = await tx.staffInvitation.updateMany({
          where: { id: previous.id, status: previous.status, expiresAt: previous.expiresAt },
          data: { ...fresh, createdAt: now },
        });
        if (updated.count === 0)
          throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
        id = previous.id;
      } else {
        id = (await tx.staffInvitation.create({ data: { eventId, email, ...fresh }, select: { id: true } })).id;
      }
      await audit(tx, actor, "staff.invite", { type: "event", id: eventId }, { email, role, body: bodyId });
      return id;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
    throw e;
  }
  const [event, body, holder] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { nameEn: true, nameJa: true, nameVi: true } }),
    db.organizingBody.findUniqueOrThrow({ where: { id: bodyId }, select: { code: true } }),
    db.user.findUnique({ where: { email }, select: { locale: true } }),
  ]);
  const locale = holder?.locale ?? actor.locale ?? "en";
  const name = locale === "ja" ? event.nameJa : locale === "vi" ? event.nameVi : event.nameEn;
  await sendAccountEmail({
    to: email,
    locale,
    kind: STAFF_EMAIL[role],
    params: { event: name, body: body.code },
    path: "/invitations",
  });
  return { invitationId };
}

/** The open staff offers to the actor's own (verified) address. */
export async function staffInvitationsForMe(actor: Actor & { email: string }, now = new Date()) {
  if (!allows(actor, { kind: "signedIn" })) return [];
  return db.staffInvitation.findMany({
    where: { email: actor.email, status: "SENT", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    include: {
      event: {
        select: { id: true, nameEn: true, nameJa: true, nameVi: true, city: true, startsAt: true, timeZone: true },
      },
      body: { select: { code: true } },
    },
  });
}

export const StaffResponseSchema = z.object({ invitationId: Id, response: z.enum(["accept", "decline"]) });

/**
 * The invited person accepts or declines. Only for an open offer to the actor's own verified address; anyone
 * else gets NOT_FOUND, as for an offer that does not exist. Accepting takes the offer (still SENT, not
 * expired) and makes the staff row in one transaction.
 */
export async function respondToStaffInvitation(
  actor: Actor & { email: string; displayName?: string },
  options: z.input<typeof StaffResponseSchema>,
  now = new Date(),
): Promise<{ event: { nameEn: string; nameJa: string; nameVi: string }; response: "accept" | "decline" }> {
  if (!allows(actor, { kind: "signedIn" })) throw new AppError("FORBIDDEN", "not allowed");
  const parsed = StaffResponseSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad response", { form: "errors.invalid" });
  const { invitationId, response } = parsed.data;
  const notFound = () => new AppError("NOT_FOUND", "no such invitation", { form: "errors.invite.gone" });
  return db.$transaction(async (tx) => {
    const invitation = await tx.staffInvitation.findUnique({
      where: { id: invitationId },
      include: { event: { select: { nameEn: true, nameJa: true, nameVi: true } } },
    });
    if (!invitation || invitation.email !== actor.email) throw notFound();
    const taken = await tx.staffInvitation.updateMany({
      where: { id: invitationId, email: actor.email, status: "SENT", expiresAt: { gt: now } },
      data: { status: response === "accept" ? "ACCEPTED" : "DECLINED", respondedAt: now },
    });
    if (taken.count !== 1) throw notFound();
    if (response === "accept") {
      const { eventId, role, bodyId, invitedById } = invitation;
      await tx.eventStaff.upsert({
        where: { eventId_userId: { eventId, userId: actor.userId } },
        create: { eventId, userId: actor.userId, role, bodyId, addedById: invitedById },
        update: {},
      });
      await audit(
        tx,
        actor,
        "staff.accept",
        { type: "event", id: eventId },
        { user: actor.userId, role, body: bodyId },
      );
    }
    return { event: invitation.event, response };
  });
}

/** The edition's staff (role, body, last activity) and its offers still open or answered, for its admins. */
export async function staffOfEvent(actor: Actor, eventId: string, now = new Date()) {
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  const [staff, invitations, bodies] = await Promise.all([
    db.eventStaff.findMany({
      where: { eventId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        role: true,
        lastActiveAt: true,
        createdAt: true,
        body: { select: { id: true, code: true } },
        user: { select: { id: true, displayName: true, email: true } },
      },
    }),
    db.staffInvitation.findMany({
      where: { eventId, status: { not: "ACCEPTED" } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        email: true,
        role: true,
        status: true,
        expiresAt: true,
        createdAt: true,
        body: { select: { code: true } },
      },
    }),
    db.eventOrganizer.findMany({ where: { eventId }, select: { body: { select: { id: true, code: true } } } }),
  ]);
  return {
    staff,
    invitations: invitations.map((i) => ({ ...i, state: invitationState(i, now) })),
    bodies: bodies.map((b) => b.body),
  };
}

export const StaffChangeSchema = z.object({ eventId: Id, staffId: Id, role: z.enum(STAFF_ROLES), bodyId: Id });
export const StaffRemoveSchema = z.object({ eventId: Id, staffId: Id, confirmed: z.boolean().default(false) });

/** An edition keeps at least one event admin: the last one can be neither demoted nor removed. */
async function refuseLastAdmin(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  eventId: string,
  staffId: string,
) {
  const others = await tx.eventStaff.count({ where: { eventId, role: "EVENT_ADMIN", id: { not: staffId } } });
  if (others === 0) throw new AppError("CONFLICT", "last admin", { form: "errors.staff.lastAdmin" });
}

/** An event admin changes a staff member's role (and the body they act for); audited with before and after. */
export async function changeStaffRole(actor: Who, options: z.input<typeof StaffChangeSchema>): Promise<void> {
  await requireRoleAt(actor, String(options.eventId), ["EVENT_ADMIN"]);
  const parsed = StaffChangeSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid role", fieldErrors(parsed.error));
  const { eventId, staffId, role, bodyId } = parsed.data;
  await requireEventBody(eventId, bodyId);
  await db.$transaction(async (tx) => {
    const row = await tx.eventStaff.findFirst({ where: { id: staffId, eventId } });
    if (!row) throw new AppError("NOT_FOUND", "no such staff member", { form: "errors.staff.gone" });
    if (row.role === role && row.bodyId === bodyId) return;
    if (row.role === "EVENT_ADMIN" && role !== "EVENT_ADMIN") await refuseLastAdmin(tx, eventId, staffId);
    await tx.eventStaff.update({ where: { id: staffId }, data: { role, bodyId } });
    await audit(
      tx,
      actor,
      "staff.role",
      { type: "event", id: eventId },
      { user: row.userId, from: row.role, to: role, body: bodyId },
    );
  });
}

/** An event admin removes a staff member, after confirming; the last event admin stays. */
export async function removeStaff(actor: Who, options: z.input<typeof StaffRemoveSchema>): Promise<void> {
  await requireRoleAt(actor, String(options.eventId), ["EVENT_ADMIN"]);
  const parsed = StaffRemoveSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid", { form: "errors.invalid" });
  const { eventId, staffId, confirmed } = parsed.data;
  if (!confirmed) throw new AppError("INVALID_INPUT", "not confirmed", { form: "errors.staff.confirmRemove" });
  await db.$transaction(async (tx) => {
    const row = await tx.eventStaff.findFirst({ where: { id: staffId, eventId } });
    if (!row) throw new AppError("NOT_FOUND", "no such staff member", { form: "errors.staff.gone" });
    if (row.role === "EVENT_ADMIN") await refuseLastAdmin(tx, eventId, staffId);
    await tx.eventStaff.delete({ where: { id: staffId } });
    await audit(tx, actor, "staff.remove", { type: "event", id: eventId }, { user: row.userId, role: row.role });
  });
}

/** An event admin withdraws an offer not yet answered. */
export const StaffRevokeSchema = z.object({ eventId: Id, invitationId: Id });
export async function revokeStaffInvitation(actor: Who, options: z.input<typeof StaffRevokeSchema>): Promise<void> {
  await requireRoleAt(actor, String(options.eventId), ["EVENT_ADMIN"]);
  const parsed = StaffRevokeSchema.parse(options);
  const gone = await db.staffInvitation.deleteMany({
    where: { id: parsed.invitationId, eventId: parsed.eventId, status: { not: "ACCEPTED" } },
  });
  if (gone.count === 0) throw new AppError("NOT_FOUND", "no such invitation", { form: "errors.invite.gone" });
}
