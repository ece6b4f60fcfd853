import { z } from "zod";
import { db } from "@/lib/db";
import { foldForSearch } from "@/lib/text/normalize";

export const PAGE_SIZE = 24;

// Search parameters come from the URL; anything malformed falls back to the default rather than failing.
export const FirmListQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  country: z.enum(["VN", "JP", "OTHER"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type FirmListQuery = z.infer<typeof FirmListQuery>;

/** Approved firms registered for the event, by English name, one page at a time. */
export async function listParticipatingFirms(eventId: string, query: FirmListQuery) {
  const folded = query.q ? foldForSearch(query.q) : "";
  const where = {
    status: "APPROVED" as const,
    participations: { some: { eventId } },
    ...(query.country ? { country: query.country } : {}),
    ...(folded ? { searchName: { contains: folded } } : {}),
  };
  const [total, firms] = await db.$transaction([
    db.firm.count({ where }),
    db.firm.findMany({
      where,
      orderBy: [{ nameEn: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        nameLocal: true,
        nameEn: true,
        country: true,
        city: true,
        employeeBand: true,
        sectors: { select: { sector: { select: { code: true, labelEn: true, labelJa: true, labelVi: true } } } },
      },
    }),
  ]);
  return { total, firms, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
