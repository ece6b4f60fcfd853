// The language of the emails an imported contact gets (the administrator offer, its resends): the one the
// import's row names (`contact_language`), else the firm's country's. A Japanese firm's Vietnamese director
// is the reason the row may override the country.
import { parseLanguages } from "@/lib/matching/text/structured";

export type ContactLocale = "en" | "ja" | "vi";

/** The language of an imported contact's email: the one the import names, else the firm's country's. */
export function contactLocale(country: string, named?: string | null): ContactLocale {
  if (named === "en" || named === "ja" || named === "vi") return named;
  return country === "VN" ? "vi" : country === "JP" ? "ja" : "en";
}

/**
 * The `contact_language` cell: `en`, `ja`, `vi` or a language's name (English, 日本語, tiếng Việt); empty is
 * null (the firm's country decides); anything else, or two languages, is undefined (an error at the cell).
 */
export function parseContactLanguage(cell: string | undefined): ContactLocale | null | undefined {
  if (!(cell ?? "").trim()) return null;
  const found = parseLanguages(cell);
  return found.length === 1 ? found[0] : undefined;
}
