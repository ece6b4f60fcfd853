import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "ja", "vi"] as const;
export type AppLocale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// Every page lives under /en, /ja or /vi; next-intl remembers the choice in the NEXT_LOCALE cookie.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
});
