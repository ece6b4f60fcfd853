// Invitations are offers. A firm's administrator invites an address; the person who holds that address, signed
// in with it verified, accepts or declines (an in-app list and the email's link both lead there). Nobody is
// ever added to a firm without accepting, and an address registered before the invitation does not join by
// itself. The inviter sees only the offer's state (sent, accepted, declined, expired), never whether the
// address has an account or whose it is.
import { z } from "zod";
import { db } from "@/lib/db";
import { FIRM_NAME_SELECT, firmLabel } from "@/lib/firms/firm-name";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor, MembershipRole } from "@/lib/auth/actor";
import { allows } from "@/lib/auth/policy";
import { EmailSchema } from "@/lib/auth/sign-up-schema";
import { reserveSends } from "@/lib/auth/send-throttle";
import { sendAccountEmail } from "@/lib/notifications/account-emails";

export const INVITATION_LIFETIME_MS = 14 * 24 * 3600_000;

export type InvitationState = "sent" | "accepted" | "declined" | "expired";

export function invitationState(i: { status: string; expiresAt: Date }, now = new Date()): InvitationState {
  if (i.status === "ACCEPTED") return "accepted";
  if (i.status === "DECLINED") return "declined";
  return i.expiresAt.getTime() <= now.getTime() ? "expired" : "sent";
}

export const InviteSchema = z.object({ firmId: z.string().min(1).max(64), email: EmailSchema });

/**
 * A firm's administrator offers an address a place as an attendee, and the address gets an email. Inviting an
 * address again after a decline or an expiry sends a fresh offer; one still open is a CONFLICT.
 */
export async function inviteColleague(
  actor: Actor & { locale?: string },
  options: z.input<typeof InviteSchema>,
  now = new Date(),
): Promise<"sent"> {
  const firmId = String(options.firmId);
  if (!allows(actor, { kind: "firmAdmin", firmId }))
    throw new AppError("FORBIDDEN", "only the firm's administrators invite");
  const parsed = InviteSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid email", { email: "errors.email.invalid" });
  await offerFirmPlace(
    { firmId, email: parsed.data.email, role: "ATTENDEE", invitedById: actor.userId, locale: actor.locale },
    now,
  );
  return "sent";
}

export type FirmOffer = {
  firmId: string;
  /** Normalized already (EmailSchema): offers are matched to the verified address of whoever signs in. */
  email: string;
  role: MembershipRole;
  /** Who made the offer (a firm's administrator, an organizer importing firms, ...). */
  invitedById: string;
  /**
   * The email's language when the address has no account yet (an account's own language wins): the inviter's,
   * or for an imported contact the language of the firm's country.
   */
  locale?: string;
};

/**
 * Makes an offer of a place in a firm (as attendee or administrator) and emails the address in its holder's
 * language; the person joins only by accepting it (respondToInvitation). No permission check here: callers
 * decide who may offer (inviteColleague: the firm's administrators; an organizer importing a firm's contacts).
 * An open offer to the same address is a CONFLICT; after a decline or an expiry a fresh one is sent; a member
 * already is a CONFLICT. Sends are throttled per address. Returns the offer's id.
 */
export async function offerFirmPlace(
  offer: FirmOffer,
  now = new Date(),
): Promise<{ invitationId: string; delivered: boolean }> {
  const { firmId, email, role, invitedById } = offer;
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const previous = await db.firmInvitation.findUnique({ where: { firmId_email: { firmId, email } } });
  if (previous && invitationState(previous, now) === "sent")
    throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
  if (await isMemberByAddress(firmId, email))
    throw new AppError("CONFLICT", "already a member", { email: "errors.invite.alreadyMember" });
  await reserveSends("invite", email, null);
  const fresh = {
    status: "SENT" as const,
    role,
    expiresAt,
    invitedById,
    respondedAt: null,
    acceptedAt: null,
    sendFailedAt: null,
  };
  let invitationId: string;
  try {
    if (previous) {
      // Only the row as it was read: two administrators re-inviting at once make one offer.
      const updated = await db.firmInvitation.updateMany({
        where: { id: previous.id, status: previous.status, expiresAt: previous.expiresAt },
        data: { ...fresh, createdAt: now },
      });
      if (updated.count === 0)
        throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
      invitationId = previous.id;
    } else {
      invitationId = (await db.firmInvitation.create({ data: { firmId, email, ...fresh }, select: { id: true } })).id;
    }
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "already invited", { email: "errors.invite.alreadyInvited" });
    throw e;
  }
  const [firm, holder] = await Promise.all([
    db.firm.findUniqueOrThrow({ where: { id: firmId }, select: FIRM_NAME_SELECT }),
    db.user.findUnique({ where: { email }, select: { locale: true } }),
  ]);
  // The address's own language when it has an account, otherwise the one the caller names (nothing of this
  // is shown to the inviter).
  const locale = holder?.locale ?? offer.locale ?? "en";
  const delivered = await sendAccountEmail({
    to: email,
    locale,
    kind: role === "FIRM_ADMIN" ? "firmAdminInvitation" : "firmInvitation",
    params: { firm: firmLabel(firm, locale) },
    path: "/invitations",
  });
  // A failed send is kept on the offer: the organizers' list of imported firms shows it as bounced.
  if (!delivered) await db.firmInvitation.update({ where: { id: invitationId }, data: { sendFailedAt: now } });
  return { invitationId, delivered };
}

async function isMemberByAddress(firmId: string, email: string): Promise<boolean> {
  return (await db.membership.count({ where: { firmId, user: { email } } })) > 0;
}

/** The inviter's view: each invitation of the firm with its state, newest first. */
export async function invitationsOfFirm(actor: Actor, firmId: string, now = new Date()) {
  if (!allows(actor, { kind: "firmAdmin", firmId })) throw new AppError("FORBIDDEN", "not allowed");
  const rows = await db.firmInvitation.findMany({
    where: { firmId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, email: true, role: true, status: true, expiresAt: true, createdAt: true, respondedAt: true },
  });
  return rows.map((r) => ({ ...r, state: invitationState(r, now) }));
}

/** The open offers to the actor's own (verified) address. */
export async function invitationsForMe(actor: Actor & { email: string }, now = new Date()) {
  if (!allows(actor, { kind: "signedIn" })) return [];
  const rows = await db.firmInvitation.findMany({
    where: { email: actor.email, status: "SENT", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    include: { firm: { select: { ...FIRM_NAME_SELECT, city: true } } },
  });
  return rows.filter((r) => !actor.memberships.some((m) => m.firmId === r.firmId));
}

export const InvitationResponseSchema = z.object({
  invitationId: z.string().min(1).max(64),
  response: z.enum(["accept", "decline"]),
});

/**
 * The invited person accepts or declines. Only for an open offer to the actor's own verified address; anyone
 * else gets NOT_FOUND, as for an offer that does not exist. Accepting is one conditional update of the offer
 * (still SENT, not expired) and the membership, in one transaction.
 */
export async function respondToInvitation(
  actor: Actor & { email: string },
  options: z.input<typeof InvitationResponseSchema>,
  now = new Date(),
): Promise<{ firmId: string; firmName: string; response: "accept" | "decline" }> {
  if (!allows(actor, { kind: "signedIn" })) throw new AppError("FORBIDDEN", "not allowed");
  const parsed = InvitationResponseSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad response", { form: "errors.invalid" });
  const { invitationId, response } = parsed.data;
  const notFound = () => new AppError("NOT_FOUND", "no such invitation", { form: "errors.invite.gone" });
  return db.$transaction(async (tx) => {
    const invitation = await tx.firmInvitation.findUnique({
      where: { id: invitationId },
      include: { firm: { select: { nameLocal: true } } },
    });
    if (!invitation || invitation.email !== actor.email) throw notFound();
    const taken = await tx.firmInvitation.updateMany({
      where: { id: invitationId, email: actor.email, status: "SENT", expiresAt: { gt: now } },
      data:
        response === "accept"
          ? { status: "ACCEPTED", respondedAt: now, acceptedAt: now }
          : { status: "DECLINED", respondedAt: now },
    });
    if (taken.count !== 1) throw notFound();
    if (response === "accept")
      await tx.membership.upsert({
        where: { userId_firmId: { userId: actor.userId, firmId: invitation.firmId } },
        create: { userId: actor.userId, firmId: invitation.firmId, role: invitation.role },
        update: {},
      });
    return { firmId: invitation.firmId, firmName: invitation.firm.nameLocal, response };
  });
}
