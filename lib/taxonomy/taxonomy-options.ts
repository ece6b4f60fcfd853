// Taxonomy nodes as select options in the reader's language, indented by depth so the tree stays readable.
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import type { TaxonomyTree } from "./taxonomy-tree";

export function taxonomyOptions(
  tree: TaxonomyTree,
  kind: "SECTOR" | "CAPABILITY",
  locale: AppLocale,
): { id: string; label: string }[] {
  return tree.ordered(kind).map(({ node, depth }) => ({
    id: node.id,
    label: `${"\u00a0\u00a0".repeat(depth)}${depth ? "› " : ""}${localized(node, "label", locale)}`,
  }));
}
