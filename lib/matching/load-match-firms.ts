import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchFirm } from "./types";

const INCLUDE = {
  sectors: { select: { sector: { select: { code: true } } } },
  capabilities: { select: { direction: true, note: true, node: { select: { code: true } } } },
  markets: { select: { market: true } },
  certifications: { select: { kind: true } },
  requirements: { select: { kind: true } },
  tags: { select: { tag: true } },
} as const;

type Row = Prisma.FirmGetPayload<{ include: typeof INCLUDE }>;

export function toMatchFirm(f: Row): MatchFirm {
  return {
    id: f.id,
    country: f.country,
    sectors: f.sectors.map((s) => s.sector.code),
    offers: f.capabilities.filter((c) => c.direction === "OFFER").map((c) => ({ code: c.node.code, note: c.note })),
    seeks: f.capabilities.filter((c) => c.direction === "SEEK").map((c) => ({ code: c.node.code, note: c.note })),
    markets: f.markets.map((m) => m.market),
    certifications: f.certifications.map((c) => c.kind),
    requiredCertifications: f.requirements.map((r) => r.kind),
    employeeBand: f.employeeBand,
    japaneseSpeakers: f.japaneseSpeakers,
    bridgeEngineers: f.bridgeEngineers,
    jlptN1: f.jlptN1,
    jlptN2: f.jlptN2,
    englishSpeakers: f.englishSpeakers,
    texts: [f.descriptionEn, f.descriptionJa, f.descriptionVi, ...f.tags.map((t) => t.tag)].filter(
      (t): t is string => !!t,
    ),
  };
}

/** Firms as the engine reads them, with their status so a change of status can take a firm out. */
export async function loadMatchFirms(
  where: Prisma.FirmWhereInput,
): Promise<{ firm: MatchFirm; approved: boolean; updatedAt: Date }[]> {
  const rows = await db.firm.findMany({ where, include: INCLUDE, orderBy: { id: "asc" } });
  return rows.map((r) => ({ firm: toMatchFirm(r), approved: r.status === "APPROVED", updatedAt: r.updatedAt }));
}
