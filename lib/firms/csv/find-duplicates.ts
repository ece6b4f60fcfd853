import type { ValidRow } from "./validate-firm-rows";
import { normalizedFirmName, websiteDomain } from "./firm-identity";

export type ExistingFirm = {
  id: string;
  nameEn: string;
  nameLocal: string;
  website: string | null;
  ref?: string | null;
};
export type Duplicate = { row: number; firmId: string; firmName: string; reason: "website" | "name" };

/** Rows that look like a firm already in the registry: the same website domain, or the same normalised name. */
export function findDuplicates(rows: ValidRow[], existing: ExistingFirm[]): Duplicate[] {
  const byDomain = new Map<string, ExistingFirm>();
  const byName = new Map<string, ExistingFirm>();
  const byRef = new Map<string, ExistingFirm>();
  for (const firm of existing) {
    if (firm.ref) byRef.set(firm.ref, firm);
    const domain = websiteDomain(firm.website);
    if (domain) byDomain.set(domain, firm);
    byName.set(normalizedFirmName(firm.nameEn), firm);
    byName.set(normalizedFirmName(firm.nameLocal), firm);
  }
  const out: Duplicate[] = [];
  for (const row of rows) {
    // The organizer's own reference from an earlier import names the firm best; it is reported as a same-name match.
    const sameRef = row.profile.ref ? byRef.get(row.profile.ref) : undefined;
    const sameSite = row.domain ? byDomain.get(row.domain) : undefined;
    const sameName = byName.get(row.normalizedName) ?? byName.get(normalizedFirmName(row.profile.nameLocal));
    const match = sameRef ?? sameSite ?? sameName;
    if (match)
      out.push({
        row: row.line,
        firmId: match.id,
        firmName: match.nameEn,
        reason: !sameRef && sameSite ? "website" : "name",
      });
  }
  return out;
}
