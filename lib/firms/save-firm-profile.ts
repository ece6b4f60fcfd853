// Registering a firm and editing its profile. Authorization is checked here, so it holds however the
// operation is reached (page, action, or a direct POST).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { ErrorKey } from "@/lib/i18n/message-keys";
import { allows } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/audit";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FirmProfileSchema, issuesToFields, type FirmProfileInput } from "./firm-profile-schema";
import { searchNameOf, searchTextOf } from "./search-text";
import { readingIndex } from "@/lib/matching/registry-engine";
import { readingColumns, readProfileText, type ProfileTexts } from "@/lib/matching/read-profile-text";
import type { Logo } from "./logo";

type Tx = Prisma.TransactionClient;

/** A profile as forms, the import and tests hand it in: parsed (and defaulted) inside. */
export type FirmProfileFields = z.input<typeof FirmProfileSchema>;

function parse(input: FirmProfileFields): FirmProfileInput {
  const parsed = FirmProfileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid profile", issuesToFields(parsed.error));
  return parsed.data;
}

/** Every chosen sector and capability must exist and be of the right kind. */
async function checkTaxonomy(tx: Tx, profile: FirmProfileInput) {
  const ids = [
    ...new Set([...profile.sectorIds, ...profile.offers.map((o) => o.nodeId), ...profile.seeks.map((s) => s.nodeId)]),
  ];
  const nodes = await tx.taxonomyNode.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } });
  const kind = new Map(nodes.map((n) => [n.id, n.kind]));
  const fields: Record<string, ErrorKey> = {};
  profile.sectorIds.forEach((id) => kind.get(id) !== "SECTOR" && (fields.sectorIds = "errors.choice"));
  profile.offers.forEach(
    (o, i) => kind.get(o.nodeId) !== "CAPABILITY" && (fields[`offers.${i}.nodeId`] = "errors.choice"),
  );
  profile.seeks.forEach(
    (o, i) => kind.get(o.nodeId) !== "CAPABILITY" && (fields[`seeks.${i}.nodeId`] = "errors.choice"),
  );
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "unknown taxonomy node", fields);
}

/** The firm row's own columns for a profile, search columns included. Shared by the editor and the import. */
export function firmColumns(p: FirmProfileInput) {
  return {
    nameLocal: p.nameLocal,
    nameEn: p.nameEn,
    nameJa: p.nameJa,
    country: p.country,
    city: p.city,
    yearFounded: p.yearFounded,
    employeeBand: p.employeeBand,
    website: p.website,
    descriptionEn: p.descriptionEn,
    descriptionJa: p.descriptionJa,
    descriptionVi: p.descriptionVi,
    japaneseSpeakers: p.japaneseSpeakers,
    bridgeEngineers: p.bridgeEngineers,
    jlptN1: p.jlptN1,
    jlptN2: p.jlptN2,
    englishSpeakers: p.englishSpeakers,
    offersText: p.offersText,
    seeksText: p.seeksText,
    firmType: p.firmType,
    minPartnerEmployees: p.minPartnerEmployees,
    partnerOnsite: p.partnerOnsite,
    ...(p.ref ? { ref: p.ref } : {}),
    searchName: searchNameOf(p),
    searchText: searchTextOf(p),
  };
}

/** Replaces the firm's lists (sectors, offers, seeks, markets, certifications, tags, contacts). */
export async function writeFirmLists(tx: Tx, firmId: string, p: FirmProfileInput) {
  await Promise.all([
    tx.firmSector.deleteMany({ where: { firmId } }),
    tx.firmCapability.deleteMany({ where: { firmId } }),
    tx.firmMarket.deleteMany({ where: { firmId } }),
    tx.firmCertification.deleteMany({ where: { firmId } }),
    tx.firmRequiredCertification.deleteMany({ where: { firmId } }),
    tx.firmTag.deleteMany({ where: { firmId } }),
    tx.firmContact.deleteMany({ where: { firmId } }),
    tx.firmIntent.deleteMany({ where: { firmId } }),
    tx.firmPartnerLanguage.deleteMany({ where: { firmId } }),
    tx.firmPartnerPresence.deleteMany({ where: { firmId } }),
  ]);
  const dedupe = <T>(rows: T[], key: (r: T) => string) => [...new Map(rows.map((r) => [key(r), r])).values()];
  await tx.firmSector.createMany({ data: [...new Set(p.sectorIds)].map((sectorId) => ({ firmId, sectorId })) });
  await tx.firmCapability.createMany({
    data: [
      ...dedupe(p.offers, (o) => o.nodeId).map((o) => ({
        firmId,
        nodeId: o.nodeId,
        direction: "OFFER" as const,
        note: o.note,
      })),
      ...dedupe(p.seeks, (o) => o.nodeId).map((o) => ({
        firmId,
        nodeId: o.nodeId,
        direction: "SEEK" as const,
        note: o.note,
      })),
    ],
  });
  await tx.firmMarket.createMany({ data: [...new Set(p.markets)].map((market) => ({ firmId, market })) });
  await tx.firmCertification.createMany({
    data: [...new Set(p.certifications)].map((kind) => ({ firmId, kind, level: kind === "CMMI" ? p.cmmiLevel : null })),
  });
  await tx.firmRequiredCertification.createMany({
    data: [...new Set(p.requiredCertifications)].map((kind) => ({ firmId, kind })),
  });
  await tx.firmTag.createMany({ data: p.tags.map((tag) => ({ firmId, tag })) });
  await tx.firmContact.createMany({ data: p.contacts.map((c) => ({ firmId, ...c })) });
  await tx.firmIntent.createMany({ data: [...new Set(p.intents)].map((intent) => ({ firmId, intent })) });
  await tx.firmPartnerLanguage.createMany({
    data: [...new Set(p.partnerLanguages)].map((language) => ({ firmId, language })),
  });
  await tx.firmPartnerPresence.createMany({
    data: [...new Set(p.partnerPresence)].map((place) => ({ firmId, place })),
  });
}

/** The texts of a profile that the matching reads. */
export function profileTexts(p: FirmProfileInput): ProfileTexts {
  return {
    offersText: p.offersText,
    seeksText: p.seeksText,
    descriptionEn: p.descriptionEn,
    descriptionJa: p.descriptionJa,
    descriptionVi: p.descriptionVi,
    tags: p.tags,
    offerNotes: p.offers.map((o) => o.note),
    seekNotes: p.seeks.map((s) => s.note),
  };
}

/** Reads the profile's texts for the matching, outside the transaction (the analyser is slow to load once). */
async function readTexts(p: FirmProfileInput) {
  return readingColumns(await readProfileText(profileTexts(p), await readingIndex()));
}

/** Any signed-in user registers a firm; it starts pending review and they become its administrator. */
async function writeLogo(tx: Tx, firmId: string, logo: Logo | null | undefined) {
  if (!logo) return;
  const data = { mimeType: logo.mimeType, data: Buffer.from(logo.data) };
  await tx.firmLogo.upsert({ where: { firmId }, create: { firmId, ...data }, update: data });
}

export type RegisterFirmOptions = {
  profile: FirmProfileFields;
  /** The event the firm takes part in, when there is a current one. */
  eventId?: string;
  logo?: Logo | null;
};

export async function registerFirm(actor: Actor, options: RegisterFirmOptions): Promise<{ firmId: string }> {
  const profile = parse(options.profile);
  const { eventId, logo } = options;
  const reading = await readTexts(profile);
  return db.$transaction(async (tx) => {
    await checkTaxonomy(tx, profile);
    const firm = await tx.firm.create({ data: { ...firmColumns(profile), ...reading, status: "PENDING" } });
    await writeFirmLists(tx, firm.id, profile);
    await writeLogo(tx, firm.id, logo);
    await tx.membership.create({ data: { userId: actor.userId, firmId: firm.id, role: "FIRM_ADMIN" } });
    if (eventId) await tx.participation.create({ data: { eventId, firmId: firm.id } });
    return { firmId: firm.id };
  });
}

/**
 * The firm's administrator (or an organizer) edits the profile. A rejected firm that edits its profile goes
 * back to review; an approved one stays approved.
 */
export type UpdateFirmOptions = { firmId: string; profile: FirmProfileFields; logo?: Logo | null };

export async function updateFirmProfile(actor: Actor, { firmId, profile: fields, logo }: UpdateFirmOptions) {
  if (!allows(actor, { kind: "firmAdminOrOrganizer", firmId }))
    throw new AppError("FORBIDDEN", "only the firm's administrators edit its profile");
  const profile = parse(fields);
  const reading = await readTexts(profile);
  await db.$transaction(async (tx) => {
    const firm = await tx.firm.findUnique({ where: { id: firmId }, select: { status: true } });
    if (!firm) throw new AppError("NOT_FOUND", "no such firm");
    await checkTaxonomy(tx, profile);
    await tx.firm.update({
      where: { id: firmId },
      data: {
        ...firmColumns(profile),
        ...reading,
        ...(firm.status === "REJECTED" ? { status: "PENDING", rejectionReason: null } : {}),
      },
    });
    await writeFirmLists(tx, firmId, profile);
    await writeLogo(tx, firmId, logo);
    // An organizer editing a firm's profile changes someone else's data: it goes in the audit log.
    if (!allows(actor, { kind: "firmMember", firmId }))
      await audit(tx, actor, "firm.edit", { type: "firm", id: firmId }, { firm: profile.nameLocal });
  });
}
