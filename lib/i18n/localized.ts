import type { AppLocale } from "./routing";

/** Picks the field for the reader's language from a record holding `<base>En`, `<base>Ja`, `<base>Vi`. */
export function localized<T extends Record<string, unknown>>(record: T, base: string, locale: AppLocale): string {
  const suffix = locale === "en" ? "En" : locale === "ja" ? "Ja" : "Vi";
  const value = record[`${base}${suffix}`];
  if (typeof value === "string" && value) return value;
  const fallback = record[`${base}En`];
  return typeof fallback === "string" ? fallback : "";
}
