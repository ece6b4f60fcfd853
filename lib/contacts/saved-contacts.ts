// Lead capture: at the event, a person saves another attendee by scanning their badge's QR code with the phone's
// camera (or typing the code), with a note and a rating. The saved person sees who saved them and may withdraw
// their details; the saver then keeps their own note, not the name, address or firm. Contacts belong to the
// person who saved them (not their firm), and export as vCard or CSV (contact-export.ts).
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { isConfirmed } from "@/lib/undo/undo-rules";
import { fieldErrors, formText } from "@/lib/validation/form-input";
import { badgeCodeFromScan } from "./scan-code";
import { toCsv, toVCard, type CsvLayout, type ExportContact } from "./contact-export";

const Id = z.string().min(1).max(64);
const Rating = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : v),
  z.coerce
    .number({ error: "errors.contacts.rating" })
    .int({ error: "errors.contacts.rating" })
    .min(1, { error: "errors.contacts.rating" })
    .max(5, { error: "errors.contacts.rating" })
    .nullable(),
);

/** Only people of an approved firm registered for the event collect contacts there. */
async function requireParticipant(actor: Actor, eventId: string) {
  const firmIds = actor.memberships.map((m) => m.firmId);
  const ok =
    firmIds.length > 0 &&
    (await db.participation.count({
      where: { eventId, firmId: { in: firmIds }, firm: { status: "APPROVED" } },
    })) > 0;
  if (!ok) throw new AppError("FORBIDDEN", "participants only", { form: "errors.contacts.participantsOnly" });
}

/** The firm a person came with to the event: an approved participating firm first, else any of theirs. */
async function firmAtEvent(userId: string, eventId: string): Promise<string | null> {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: {
      firmId: true,
      firm: { select: { status: true, participations: { where: { eventId }, select: { id: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const rank = (m: (typeof memberships)[number]) =>
    (m.firm.participations.length ? 0 : 2) + (m.firm.status === "APPROVED" ? 0 : 1);
  return [...memberships].sort((a, b) => rank(a) - rank(b))[0]?.firmId ?? null;
}

export const SaveContactInput = z.object({
  code: z.string().max(500),
  note: formText(1000).default(""),
  rating: Rating.default(null),
});

/**
 * Saves the person whose badge was scanned (or typed). A second scan of the same person updates the note and
 * rating (one row per pair, held by a unique key). Refused with a message: a code that is no badge, a badge of
 * another event, your own badge, a person who withdrew their details from you.
 */
export async function saveContact(
  actor: Actor,
  eventId: string,
  input: z.input<typeof SaveContactInput>,
): Promise<{ id: string; created: boolean; name: string }> {
  const parsed = SaveContactInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid contact", fieldErrors(parsed.error));
  await requireParticipant(actor, eventId);
  const code = badgeCodeFromScan(parsed.data.code);
  if (!code) throw new AppError("INVALID_INPUT", "not a badge", { code: "errors.contacts.notBadge" });
  const badge = await db.badge.findUnique({ where: { code } });
  if (!badge) throw new AppError("NOT_FOUND", "unknown badge", { code: "errors.contacts.unknownBadge" });
  if (badge.eventId !== eventId)
    throw new AppError("CONFLICT", "badge of another event", { code: "errors.contacts.otherEvent" });
  if (badge.userId === actor.userId) throw new AppError("CONFLICT", "own badge", { code: "errors.contacts.self" });
  const person = await db.user.findUniqueOrThrow({ where: { id: badge.userId }, select: { displayName: true } });
  const key = { eventId_ownerId_contactId: { eventId, ownerId: actor.userId, contactId: badge.userId } };
  const { note, rating } = parsed.data;
  for (let tries = 1; ; tries++) {
    const existing = await db.savedContact.findUnique({ where: key });
    if (existing?.withdrawnAt) throw new AppError("CONFLICT", "withdrawn", { code: "errors.contacts.withdrawn" });
    try {
      if (existing) {
        await db.savedContact.update({ where: { id: existing.id }, data: { note, rating } });
        return { id: existing.id, created: false, name: person.displayName };
      }
      const created = await db.savedContact.create({
        data: {
          eventId,
          ownerId: actor.userId,
          contactId: badge.userId,
          contactFirmId: await firmAtEvent(badge.userId, eventId),
          note,
          rating,
        },
      });
      return { id: created.id, created: true, name: person.displayName };
    } catch (e) {
      // The same person scanned twice at once (two taps): the second becomes an update of the first.
      if (!isUniqueViolation(e) || tries === 2) throw e;
    }
  }
}

export const UpdateContactInput = z.object({ id: Id, note: formText(1000).default(""), rating: Rating.default(null) });

/** The saver changes their note and rating. */
export async function updateSavedContact(actor: Actor, input: z.input<typeof UpdateContactInput>): Promise<void> {
  const parsed = UpdateContactInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid contact", { form: "errors.invalid" });
  const { count } = await db.savedContact.updateMany({
    where: { id: parsed.data.id, ownerId: actor.userId },
    data: { note: parsed.data.note, rating: parsed.data.rating },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "no such contact");
}

export const DeleteContactInput = z.object({ id: Id, confirm: z.unknown().optional() });

/** The saver deletes a saved contact; asked to confirm first (it cannot be undone). */
export async function deleteSavedContact(actor: Actor, input: z.input<typeof DeleteContactInput>): Promise<void> {
  const parsed = DeleteContactInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid contact", { form: "errors.invalid" });
  const mine = await db.savedContact.findFirst({ where: { id: parsed.data.id, ownerId: actor.userId } });
  if (!mine) throw new AppError("NOT_FOUND", "no such contact");
  if (!isConfirmed(parsed.data.confirm))
    throw new AppError("CONFLICT", "confirm first", { form: "errors.confirm.needed" });
  await db.savedContact.deleteMany({ where: { id: mine.id, ownerId: actor.userId } });
}

export const WithdrawInput = z.object({ id: Id, withdrawn: z.boolean() });

/**
 * The saved person withdraws their details from one saver (or shares them again): the saver keeps the note,
 * no longer the name, address or firm, in the app and in every export.
 */
export async function setDetailsWithdrawn(
  actor: Actor,
  input: z.input<typeof WithdrawInput>,
  now = new Date(),
): Promise<void> {
  const parsed = WithdrawInput.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid withdrawal", { form: "errors.invalid" });
  const { count } = await db.savedContact.updateMany({
    where: { id: parsed.data.id, contactId: actor.userId },
    data: { withdrawnAt: parsed.data.withdrawn ? now : null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "no such contact");
}

const firmSelect = { nameLocal: true, nameEn: true, country: true, website: true } as const;

/** The actor's saved contacts at the event, newest first; a withdrawn one keeps only the actor's own note. */
export async function savedContactsOf(actor: Actor, eventId: string) {
  const rows = await db.savedContact.findMany({
    where: { eventId, ownerId: actor.userId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    include: { contact: { select: { displayName: true, email: true, locale: true } } },
  });
  const firms = await db.firm.findMany({
    where: { id: { in: rows.flatMap((r) => (r.contactFirmId ? [r.contactFirmId] : [])) } },
    select: { id: true, ...firmSelect },
  });
  const firmOf = new Map(firms.map((f) => [f.id, f]));
  return rows.map((r) => ({
    id: r.id,
    note: r.note,
    rating: r.rating,
    savedAt: r.createdAt,
    updatedAt: r.updatedAt,
    withdrawn: r.withdrawnAt !== null,
    person: r.withdrawnAt
      ? null
      : {
          name: r.contact.displayName,
          email: r.contact.email,
          language: r.contact.locale,
          firm: r.contactFirmId ? (firmOf.get(r.contactFirmId) ?? null) : null,
        },
  }));
}

/** Who saved the actor at the event (name and firm), and whether the actor withdrew their details from them. */
export async function savedByOthersOf(actor: Actor, eventId: string) {
  const rows = await db.savedContact.findMany({
    where: { eventId, contactId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      owner: {
        select: {
          displayName: true,
          memberships: { select: { firm: { select: { nameLocal: true, nameEn: true } } }, take: 1 },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.owner.displayName,
    firm: r.owner.memberships[0]?.firm ?? null,
    savedAt: r.createdAt,
    withdrawn: r.withdrawnAt !== null,
  }));
}

export type ContactExportFormat = "vcard" | CsvLayout;
export const CONTACT_EXPORT_FORMATS: readonly ContactExportFormat[] = ["vcard", "plain", "hubspot", "salesforce"];

/** The actor's saved contacts as a file; withdrawn ones are left out (nothing of the person is in them). */
export async function exportSavedContacts(
  actor: Actor,
  event: { id: string; slug: string; nameEn: string; nameJa: string; nameVi: string },
  format: ContactExportFormat,
  locale: AppLocale,
): Promise<{ filename: string; contentType: string; body: string }> {
  if (!CONTACT_EXPORT_FORMATS.includes(format)) throw new AppError("INVALID_INPUT", "unknown format");
  const eventName = localized(event, "name", locale);
  const rows: ExportContact[] = (await savedContactsOf(actor, event.id)).flatMap((c) =>
    c.person
      ? [
          {
            name: c.person.name,
            email: c.person.email,
            firmLocal: c.person.firm?.nameLocal ?? "",
            firmEn: c.person.firm?.nameEn ?? "",
            country: c.person.firm?.country ?? null,
            website: c.person.firm?.website ?? null,
            language: c.person.language,
            note: c.note,
            rating: c.rating,
            eventName,
            savedAt: c.savedAt,
          },
        ]
      : [],
  );
  if (format === "vcard")
    return { filename: `${event.slug}-contacts.vcf`, contentType: "text/vcard; charset=utf-8", body: toVCard(rows) };
  return {
    filename: `${event.slug}-contacts-${format}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: toCsv(rows, format),
  };
}
