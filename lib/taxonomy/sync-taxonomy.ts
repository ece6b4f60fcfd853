import type { Db } from "@/lib/db";
import { TAXONOMY } from "./taxonomy-data";

/** Writes the repository's taxonomy into the database, by code; nodes organizers added stay as they are. */
export async function syncTaxonomy(db: Db): Promise<number> {
  const ids = new Map<string, string>();
  // Parents come before their children in TAXONOMY, so each parent's id is known when a child is written.
  for (const { code, kind, parent, labelEn, labelJa, labelVi } of TAXONOMY) {
    const parentId = parent ? (ids.get(parent) ?? null) : null;
    const row = await db.taxonomyNode.upsert({
      where: { code },
      create: { code, kind, parentId, labelEn, labelJa, labelVi },
      update: { kind, parentId, labelEn, labelJa, labelVi },
    });
    ids.set(code, row.id);
  }
  return ids.size;
}
