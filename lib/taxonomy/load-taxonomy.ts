import { cache } from "react";
import { db } from "@/lib/db";
import { TaxonomyTree } from "./taxonomy-tree";

/** The taxonomy from the database, once per request (organizers may have added nodes). */
export const loadTaxonomy = cache(async () => {
  const nodes = await db.taxonomyNode.findMany({ orderBy: [{ kind: "asc" }, { labelEn: "asc" }] });
  return new TaxonomyTree(nodes);
});
