// Imported firms get their people: each imported contact is offered the firm's administrator place (an offer
// its holder accepts after signing in with the address verified: lib/firms/invitations.ts), emailed in the
// contact's language (the firm's country's unless the import names one). Event admins see the firms of their
// edition that nobody has joined yet, with the state of the offer (sent, accepted, declined, expired, or
// bounced: the mail could not be sent), and can resend, change the address, or invite all not yet invited.
import { z } from "zod";
import { db } from "@/lib/db";
import { FIRM_NAME_SELECT } from "@/lib/firms/firm-name";
import type { Actor } from "@/lib/auth/actor";
import { EmailSchema } from "@/lib/auth/sign-up-schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/form-input";
import { requireRoleAt } from "@/lib/events/staff-roles";
import { contactLocale } from "./contact-locale";
import { invitationState, offerFirmPlace, type InvitationState } from "./invitations";

export type OfferState = InvitationState | "bounced" | "none";

/**
 * Offers each firm's contacts the administrator place; an address with an open offer, or already a member, is
 * passed over. Returns how many offers went out. Permission is the caller's (an import by the edition's admin).
 */
export async function offerContactsAdminPlace(
  actor: Actor,
  firmIds: readonly string[],
  now = new Date(),
): Promise<{ sent: number; bounced: number }> {
  let sent = 0;
  let bounced = 0;
  // One read for every firm (an import offers dozens at once), then one offer (and one mail) per contact.
  const firms = new Map(
    (
      await db.firm.findMany({
        where: { id: { in: [...firmIds] } },
        select: {
          id: true,
          country: true,
          contacts: { select: { email: true, locale: true }, orderBy: { id: "asc" } },
        },
      })
    ).map((f) => [f.id, f]),
  );
  for (const firmId of firmIds) {
    const firm = firms.get(firmId);
    for (const contact of firm?.contacts ?? []) {
      const email = EmailSchema.safeParse(contact.email);
      if (!email.success) continue;
      try {
        const r = await offerFirmPlace(
          {
            firmId,
            email: email.data,
            role: "FIRM_ADMIN",
            invitedById: actor.userId,
            locale: contactLocale(firm!.country, contact.locale),
          },
          now,
        );
        if (r.delivered) sent += 1;
        else bounced += 1;
      } catch (e) {
        if (e instanceof AppError && (e.code === "CONFLICT" || e.code === "RATE_LIMITED")) continue;
        throw e;
      }
    }
  }
  return { sent, bounced };
}

/** The edition's firms that nobody has joined yet, with their contact and the state of its latest offer. */
export async function firmsWithoutPeople(actor: Actor, eventId: string, now = new Date()) {
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  const firms = await db.firm.findMany({
    where: { participations: { some: { eventId } }, members: { none: {} } },
    orderBy: [{ nameEn: "asc" }, { id: "asc" }],
    select: {
      ...FIRM_NAME_SELECT,
      status: true,
      contacts: { select: { id: true, name: true, email: true }, orderBy: { id: "asc" }, take: 1 },
      invitations: {
        where: { role: "FIRM_ADMIN" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true, status: true, expiresAt: true, createdAt: true, sendFailedAt: true },
      },
    },
  });
  return firms.map((f) => {
    const offer = f.invitations[0];
    const state: OfferState = !offer
      ? "none"
      : offer.sendFailedAt && offer.status === "SENT"
        ? "bounced"
        : invitationState(offer, now);
    return { ...f, contact: f.contacts[0] ?? null, offer: offer ?? null, state };
  });
}

/** How many of the edition's firms nobody has joined yet (the overview's flag). */
export async function countFirmsWithoutPeople(eventId: string): Promise<number> {
  return db.firm.count({ where: { participations: { some: { eventId } }, members: { none: {} } } });
}

export const ResendOfferSchema = z.object({
  eventId: z.string().min(1).max(64),
  firmId: z.string().min(1).max(64),
  /** A new address for the firm's contact; empty: the contact's address as it is. */
  email: z.union([z.literal(""), EmailSchema]).default(""),
});

/**
 * An event admin (re)sends a firm's administrator offer, to its contact's address or to a new one (which
 * becomes the contact's address). A firm someone has joined already, or not at the edition, is refused.
 */
export async function resendFirmOffer(actor: Actor, options: z.input<typeof ResendOfferSchema>, now = new Date()) {
  await requireRoleAt(actor, String(options.eventId), ["EVENT_ADMIN"]);
  const parsed = ResendOfferSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid address", fieldErrors(parsed.error));
  const { eventId, firmId, email } = parsed.data;
  const firm = await db.firm.findFirst({
    where: { id: firmId, participations: { some: { eventId } } },
    select: {
      country: true,
      _count: { select: { members: true } },
      contacts: { select: { id: true, email: true, locale: true }, orderBy: { id: "asc" }, take: 1 },
    },
  });
  if (!firm) throw new AppError("NOT_FOUND", "no such firm at this edition");
  if (firm._count.members > 0) throw new AppError("CONFLICT", "someone joined", { form: "errors.firmPeople.joined" });
  const contact = firm.contacts[0];
  const address = email || contact?.email || "";
  if (!address) throw new AppError("INVALID_INPUT", "no address", { email: "errors.firmPeople.noAddress" });
  if (email && contact && contact.email !== email)
    await db.firmContact.update({ where: { id: contact.id }, data: { email } });
  else if (email && !contact) await db.firmContact.create({ data: { firmId, name: "", email } });
  // A resend replaces an offer still open to the same address (its link keeps working).
  await db.firmInvitation.updateMany({
    where: { firmId, email: address, status: "SENT" },
    data: { expiresAt: now },
  });
  const r = await offerFirmPlace(
    {
      firmId,
      email: address,
      role: "FIRM_ADMIN",
      invitedById: actor.userId,
      locale: contactLocale(firm.country, contact?.locale),
    },
    now,
  );
  return { email: address, delivered: r.delivered };
}

export const InviteAllSchema = z.object({ eventId: z.string().min(1).max(64) });

/** Offers the administrator place to the contacts of every firm of the edition not invited yet. */
export async function inviteAllNotInvited(actor: Actor, options: z.input<typeof InviteAllSchema>, now = new Date()) {
  const { eventId } = InviteAllSchema.parse(options);
  await requireRoleAt(actor, eventId, ["EVENT_ADMIN"]);
  const firms = await db.firm.findMany({
    where: {
      participations: { some: { eventId } },
      members: { none: {} },
      invitations: { none: { role: "FIRM_ADMIN" } },
      contacts: { some: {} },
    },
    select: { id: true },
  });
  return offerContactsAdminPlace(
    actor,
    firms.map((f) => f.id),
    now,
  );
}
