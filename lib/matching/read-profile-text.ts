// Reading a profile's free text when it is saved or imported, so that scoring reads none: the result is kept on
// the firm (Firm.textReading, with READER_VERSION) and handed to the engine as MatchFirm.reading.
import type { ConceptIndex } from "./concept-index";
import { textSources } from "./profile";
import { loadJapanese } from "./text/japanese";
import type { TextReading } from "./text/read-text";
import type { MatchFirm } from "./types";

/** Bumped whenever the reader (lib/matching/text) or the repository taxonomy reads differently. */
export const READER_VERSION = 369;

export type ProfileTexts = {
  offersText?: string | null;
  seeksText?: string | null;
  descriptionEn?: string | null;
  descriptionJa?: string | null;
  descriptionVi?: string | null;
  tags?: string[];
  offerNotes?: string[];
  seekNotes?: string[];
};

/** The texts of a profile as the engine reads them (the same sources as profile.ts's textSources). */
export function textsAsFirm(
  p: ProfileTexts,
): Pick<MatchFirm, "offersText" | "seeksText" | "texts" | "tags" | "offers" | "seeks"> {
  return {
    offersText: p.offersText ?? "",
    seeksText: p.seeksText ?? "",
    texts: [p.descriptionEn, p.descriptionJa, p.descriptionVi].filter((t): t is string => !!t),
    tags: p.tags ?? [],
    // Notes on coded capabilities are read too; the codes themselves are known nodes, so only the notes matter.
    offers: (p.offerNotes ?? []).filter(Boolean).map((note) => ({ code: "", note })),
    seeks: (p.seekNotes ?? []).filter(Boolean).map((note) => ({ code: "", note })),
  };
}

/** Reads one profile's texts (the Japanese analyser is loaded on first use). */
export async function readProfileText(p: ProfileTexts, index: ConceptIndex): Promise<TextReading> {
  await loadJapanese();
  return readProfileTextLoaded(p, index);
}

/** The same, once the analyser is loaded (an import reads thousands of rows in a loop). */
export function readProfileTextLoaded(p: ProfileTexts, index: ConceptIndex): TextReading {
  const firm = textsAsFirm(p);
  const sources = textSources({ ...firm, offers: [], seeks: [] } as unknown as MatchFirm, index);
  for (const o of firm.offers) sources.push({ kind: "offers", text: o.note! });
  for (const s of firm.seeks) sources.push({ kind: "seeks", text: s.note! });
  return index.reader.read(sources);
}

/** The columns that keep a reading on the firm. */
export function readingColumns(reading: TextReading) {
  return { textReading: JSON.stringify(reading), textReadingVersion: READER_VERSION };
}

/** A stored reading, if it was made by this version of the reader. */
export function storedReading(json: string | null, version: number): TextReading | undefined {
  if (!json || version !== READER_VERSION) return undefined;
  try {
    return JSON.parse(json) as TextReading;
  } catch {
    return undefined;
  }
}
