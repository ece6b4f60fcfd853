import { foldForSearch } from "@/lib/text/normalize";

export type SearchableFirm = {
  nameLocal: string;
  nameEn: string;
  nameJa?: string | null;
  city: string;
  descriptionEn?: string | null;
  descriptionJa?: string | null;
  descriptionVi?: string | null;
  tags?: readonly string[];
};

/** The folded names alone (for duplicate detection and name search). */
export function searchNameOf(firm: Pick<SearchableFirm, "nameLocal" | "nameEn" | "nameJa">): string {
  return foldForSearch([firm.nameLocal, firm.nameEn, firm.nameJa].filter(Boolean).join(" "));
}

/**
 * The folded text the directory searches: names, city, tags and descriptions in every language, joined by a
 * separator no query can contain, so a query never matches across two fields.
 */
export function searchTextOf(firm: SearchableFirm): string {
  return [
    firm.nameLocal,
    firm.nameEn,
    firm.nameJa,
    firm.city,
    ...(firm.tags ?? []),
    firm.descriptionEn,
    firm.descriptionJa,
    firm.descriptionVi,
  ]
    .filter((s): s is string => !!s && !!s.trim())
    .map(foldForSearch)
    .join(" | ");
}
