import { TAXONOMY } from "../taxonomy/taxonomy-data";
import type { Concept } from "./types";

type Node = {
  code: string;
  kind: "SECTOR" | "CAPABILITY";
  parentCode: string | null;
  labelEn: string;
  labelJa: string;
  labelVi: string;
};

/** Concepts for the engine: the labels of every node, plus the repository's synonyms where it has them. */
export function conceptsOf(nodes: Node[]): Concept[] {
  const synonyms = new Map(TAXONOMY.map((t) => [t.code, t.synonyms ?? []]));
  return nodes.map((n) => ({
    code: n.code,
    kind: n.kind,
    parent: n.parentCode,
    terms: [n.labelEn, n.labelJa, n.labelVi, ...(synonyms.get(n.code) ?? [])],
    labels: [n.labelEn, n.labelJa, n.labelVi],
  }));
}

/** The repository's taxonomy as concepts (for the benchmark, the evaluation and tests). */
export function repositoryConcepts(): Concept[] {
  return conceptsOf(
    TAXONOMY.map((t) => ({
      code: t.code,
      kind: t.kind,
      parentCode: t.parent ?? null,
      labelEn: t.labelEn,
      labelJa: t.labelJa,
      labelVi: t.labelVi,
    })),
  );
}
