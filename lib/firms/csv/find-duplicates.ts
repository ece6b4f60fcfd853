import type { ValidRow } from "./validate-firm-rows";
import { normalizedFirmName, websiteDomain } from "./firm-identity";

export type ExistingFirm = { id: string; nameEn: string; nameLocal: string; website: string | null };
export type Duplicate = { row: number; firmId: string; firmName: string; reason: "website" | "name" };

/** Rows that look like a firm already in the registry: the same website domain, or the same normalised name. */
export function findDuplicates(rows: ValidRow[], existing: ExistingFirm[]): Duplicate[] {
  const byDomain = new Map<string, ExistingFirm>();
  const byName = new Map<string, ExistingFirm>();
  for (const firm of existing) {
    const domain = websiteDomain(firm.website);
    if (domain) byDomain.set(domain, firm);
    byName.set(normalizedFirmName(firm.nameEn), firm);
    byName.set(normalizedFirmName(firm.nameLocal), firm);
  }
  const out: Duplicate[] = [];
  for (const row of rows) {
    const sameSite = row.domain ? byDomain.get(row.domain) : undefined;
    const sameName = byName.get(row.normalizedName) ?? byName.get(normalizedFirmName(row.profile.nameLocal));
    const match = sameSite ?? sameName;
    if (match)
      out.push({ row: row.line, firmId: match.id, firmName: match.nameEn, reason: sameSite ? "website" : "name" });
  }
  return out;
}
