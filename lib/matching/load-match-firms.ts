import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedReading } from "./read-profile-text";
import type { Intent } from "./intents";
import type { Lang } from "./text/lexicon";
import type { MatchFirm } from "./types";

const INCLUDE = {
  sectors: { select: { sector: { select: { code: true } } } },
  capabilities: { select: { direction: true, note: true, node: { select: { code: true } } } },
  markets: { select: { market: true } },
  certifications: { select: { kind: true, level: true } },
  requirements: { select: { kind: true } },
  tags: { select: { tag: true } },
  intents: { select: { intent: true } },
  partnerLanguages: { select: { language: true } },
  partnerPresence: { select: { place: true } },
} as const;

type Row = Prisma.FirmGetPayload<{ include: typeof INCLUDE }>;

const INTENT: Record<string, Intent> = {
  CLIENTS: "clients",
  SUBCONTRACTORS: "subcontractors",
  CAPACITY: "capacity",
  CONSORTIUM: "consortium",
  INVESTORS: "investors",
  DISTRIBUTORS: "distributors",
};

export function toMatchFirm(f: Row): MatchFirm {
  const cmmi = f.certifications.find((c) => c.kind === "CMMI");
  return {
    id: f.id,
    country: f.country,
    city: f.city,
    sectors: f.sectors.map((s) => s.sector.code),
    offers: f.capabilities.filter((c) => c.direction === "OFFER").map((c) => ({ code: c.node.code, note: c.note })),
    seeks: f.capabilities.filter((c) => c.direction === "SEEK").map((c) => ({ code: c.node.code, note: c.note })),
    markets: f.markets.map((m) => m.market),
    certifications: f.certifications.map((c) => c.kind),
    cmmiLevel: cmmi?.level ?? null,
    requiredCertifications: f.requirements.map((r) => r.kind),
    employeeBand: f.employeeBand,
    yearFounded: f.yearFounded,
    // The profile form stores 0 for a count left empty: 0 reads as "not stated" here, as in the CSV.
    japaneseSpeakers: f.japaneseSpeakers || null,
    bridgeEngineers: f.bridgeEngineers || null,
    jlptN1: f.jlptN1 || null,
    jlptN2: f.jlptN2 || null,
    englishSpeakers: f.englishSpeakers || null,
    texts: [f.descriptionEn, f.descriptionJa, f.descriptionVi].filter((t): t is string => !!t),
    tags: f.tags.map((t) => t.tag),
    offersText: f.offersText ?? "",
    seeksText: f.seeksText ?? "",
    intents: f.intents.map((i) => INTENT[i.intent]!).filter(Boolean),
    firmType: f.firmType ? (f.firmType.toLowerCase() as MatchFirm["firmType"]) : null,
    partnerLanguages: f.partnerLanguages.map((l) => l.language.toLowerCase() as Lang),
    minPartnerEmployees: f.minPartnerEmployees,
    partnerPresence: f.partnerPresence.map((p) => p.place),
    partnerOnsite: f.partnerOnsite,
    // Read when the profile was saved; a firm saved before this reader is read again by the engine.
    reading: storedReading(f.textReading, f.textReadingVersion),
  };
}

/** Firms as the engine reads them, with their status so a change of status can take a firm out. */
export async function loadMatchFirms(
  where: Prisma.FirmWhereInput,
): Promise<{ firm: MatchFirm; approved: boolean; updatedAt: Date }[]> {
  const rows = await db.firm.findMany({ where, include: INCLUDE, orderBy: { id: "asc" } });
  return rows.map((r) => ({ firm: toMatchFirm(r), approved: r.status === "APPROVED", updatedAt: r.updatedAt }));
}
