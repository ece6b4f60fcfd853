// The firm directory: approved firms only, searched in any of the three languages, filtered, sorted, paged.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import { DIRECTORY_PAGE_SIZE, type DirectoryQuery } from "./directory-query";
import { searchTerms } from "./search-query";

export function directoryWhere(query: DirectoryQuery, taxonomy: TaxonomyTree, eventId?: string): Prisma.FirmWhereInput {
  const and: Prisma.FirmWhereInput[] = [{ status: "APPROVED" }];
  if (eventId && query.event === "current") and.push({ participations: { some: { eventId } } });
  // Every term must occur; the folded search text makes this the same on SQLite and PostgreSQL, and a
  // Japanese term matches inside a longer word.
  for (const term of searchTerms(query.q ?? "")) and.push({ searchText: { contains: term } });
  if (query.country) and.push({ country: query.country });
  if (query.size) and.push({ employeeBand: query.size });
  if (query.cert) and.push({ certifications: { some: { kind: query.cert } } });
  if (query.sector) {
    const node = taxonomy.byCodeOf(query.sector);
    and.push(node ? { sectors: { some: { sectorId: node.id } } } : { id: "" });
  }
  if (query.capability) {
    // A firm offering a narrower capability counts: "embedded systems" finds AUTOSAR specialists.
    const node = taxonomy.byCodeOf(query.capability);
    and.push(
      node
        ? { capabilities: { some: { direction: "OFFER", nodeId: { in: taxonomy.descendantIds(node.id) } } } }
        : { id: "" },
    );
  }
  if (query.lang === "japanese") and.push({ japaneseSpeakers: { gte: 10 } });
  if (query.lang === "bridge") and.push({ bridgeEngineers: { gte: 1 } });
  if (query.lang === "n1") and.push({ jlptN1: { gte: 1 } });
  if (query.lang === "english") and.push({ englishSpeakers: { gte: 10 } });
  return { AND: and };
}

const ORDER: Record<DirectoryQuery["sort"], Prisma.FirmOrderByWithRelationInput[]> = {
  name: [{ nameEn: "asc" }, { id: "asc" }],
  newest: [{ createdAt: "desc" }, { id: "asc" }],
  japanese: [{ japaneseSpeakers: "desc" }, { nameEn: "asc" }, { id: "asc" }],
};

export async function searchDirectory(query: DirectoryQuery, taxonomy: TaxonomyTree, eventId?: string) {
  const where = directoryWhere(query, taxonomy, eventId);
  const [total, firms] = await Promise.all([
    db.firm.count({ where }),
    db.firm.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true,
        nameLocal: true,
        nameEn: true,
        country: true,
        city: true,
        employeeBand: true,
        japaneseSpeakers: true,
        bridgeEngineers: true,
        descriptionEn: true,
        descriptionJa: true,
        descriptionVi: true,
        logo: { select: { updatedAt: true } },
        sectors: { select: { sectorId: true } },
        certifications: { select: { kind: true, level: true } },
      },
    }),
  ]);
  return { total, firms, pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)) };
}
