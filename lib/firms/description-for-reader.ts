import type { AppLocale } from "@/lib/i18n/routing";

type Described = { descriptionEn: string | null; descriptionJa: string | null; descriptionVi: string | null };

const ORDER: Record<AppLocale, AppLocale[]> = {
  en: ["en", "ja", "vi"],
  ja: ["ja", "en", "vi"],
  vi: ["vi", "en", "ja"],
};
const FIELD = { en: "descriptionEn", ja: "descriptionJa", vi: "descriptionVi" } as const;

/** The firm's description in the reader's language if written, else the nearest other, saying which it is. */
export function descriptionForReader(firm: Described, reader: AppLocale): { text: string; language: AppLocale } | null {
  for (const language of ORDER[reader]) {
    const text = firm[FIELD[language]];
    if (text && text.trim()) return { text, language };
  }
  return null;
}
