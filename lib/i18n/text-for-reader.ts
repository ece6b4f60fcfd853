// Texts written in up to three languages (firm descriptions, tour and challenge titles and descriptions, session
// names, meeting points, capability notes): the reader's language when it is written, else the nearest other
// (English first, then the third), with the language it is in, so pages can say "written in Japanese" next to
// it. Pure.
import type { AppLocale } from "./routing";

const ORDER: Record<AppLocale, AppLocale[]> = {
  en: ["en", "ja", "vi"],
  ja: ["ja", "en", "vi"],
  vi: ["vi", "en", "ja"],
};
const SUFFIX: Record<AppLocale, string> = { en: "En", ja: "Ja", vi: "Vi" };

export type ReaderText = { text: string; language: AppLocale };

/**
 * `record[base + "En" | "Ja" | "Vi"]` for the reader. `englishField` names a field that holds the English text
 * under another name (a session's `name`, a tour's `meetingPoint`, a capability's `note`).
 */
export function textForReader(
  record: Record<string, unknown>,
  base: string,
  reader: AppLocale,
  englishField?: string,
): ReaderText | null {
  for (const language of ORDER[reader]) {
    const field = language === "en" && englishField ? englishField : `${base}${SUFFIX[language]}`;
    const value = record[field];
    if (typeof value === "string" && value.trim()) return { text: value, language };
  }
  return null;
}

/** The text alone, for places too small for the note (a list item, a calendar entry). */
export function plainTextForReader(
  record: Record<string, unknown>,
  base: string,
  reader: AppLocale,
  englishField?: string,
): string {
  return textForReader(record, base, reader, englishField)?.text ?? "";
}
