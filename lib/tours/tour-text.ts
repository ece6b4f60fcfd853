import type { AppLocale } from "@/lib/i18n/routing";

type Trilingual = { [k: string]: unknown };

/** A tour's title or description in the reader's language, else in whichever language it was written. */
export function tourText(tour: Trilingual, base: "title" | "description", locale: AppLocale): string {
  const order = locale === "ja" ? ["Ja", "En", "Vi"] : locale === "vi" ? ["Vi", "En", "Ja"] : ["En", "Ja", "Vi"];
  for (const suffix of order) {
    const value = tour[`${base}${suffix}`];
    if (typeof value === "string" && value.trim()) return value;
  }
  return "";
}
