// The taxonomy as a tree in memory: lookups by code and by label in any language, and descendants (a search
// for "embedded systems" also finds firms offering "automotive software").
import { foldForSearch } from "@/lib/text/normalize";

export type TaxonomyNode = {
  id: string;
  code: string;
  kind: "SECTOR" | "CAPABILITY";
  parentId: string | null;
  labelEn: string;
  labelJa: string;
  labelVi: string;
};

export class TaxonomyTree {
  private readonly byId = new Map<string, TaxonomyNode>();
  private readonly byCode = new Map<string, TaxonomyNode>();
  private readonly byLabel = new Map<string, TaxonomyNode>();
  private readonly children = new Map<string, TaxonomyNode[]>();

  constructor(readonly nodes: TaxonomyNode[]) {
    for (const node of nodes) {
      this.byId.set(node.id, node);
      this.byCode.set(node.code, node);
      for (const label of [node.labelEn, node.labelJa, node.labelVi])
        this.byLabel.set(`${node.kind}:${foldForSearch(label)}`, node);
      if (node.parentId) this.children.set(node.parentId, [...(this.children.get(node.parentId) ?? []), node]);
    }
  }

  get(id: string): TaxonomyNode | undefined {
    return this.byId.get(id);
  }

  byCodeOf(code: string): TaxonomyNode | undefined {
    return this.byCode.get(code);
  }

  /** A node from a code or a label in English, Japanese or Vietnamese (folded: case and diacritics ignored). */
  resolve(kind: TaxonomyNode["kind"], text: string): TaxonomyNode | undefined {
    const trimmed = text.trim();
    const byCode = this.byCode.get(trimmed.toLowerCase());
    if (byCode && byCode.kind === kind) return byCode;
    return this.byLabel.get(`${kind}:${foldForSearch(trimmed)}`);
  }

  /** The node and everything below it. */
  descendantIds(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) for (const child of this.children.get(out[i]!) ?? []) out.push(child.id);
    return out;
  }

  ofKind(kind: TaxonomyNode["kind"]): TaxonomyNode[] {
    return this.nodes.filter((n) => n.kind === kind);
  }

  /** Depth-first order with depth, for indented pickers. */
  ordered(kind: TaxonomyNode["kind"]): { node: TaxonomyNode; depth: number }[] {
    const out: { node: TaxonomyNode; depth: number }[] = [];
    const visit = (node: TaxonomyNode, depth: number) => {
      out.push({ node, depth });
      for (const child of this.children.get(node.id) ?? []) visit(child, depth + 1);
    };
    for (const root of this.nodes.filter((n) => n.kind === kind && !n.parentId)) visit(root, 0);
    return out;
  }
}
