import { z } from "zod";
import { CERTIFICATIONS, COUNTRIES, EMPLOYEE_BANDS } from "./firm-profile-schema";

export const DIRECTORY_PAGE_SIZE = 24;
export const SORTS = ["name", "newest", "japanese"] as const;
export const LANGUAGE_FILTERS = ["japanese", "bridge", "n1", "english"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

// The directory's search state lives in the URL so a search can be shared. Anything malformed falls back to
// the default instead of failing: a bad link still shows the directory.
export const DirectoryQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  country: optionalEnum(COUNTRIES),
  sector: z.string().max(64).optional().catch(undefined),
  capability: z.string().max(64).optional().catch(undefined),
  size: optionalEnum(EMPLOYEE_BANDS),
  cert: optionalEnum(CERTIFICATIONS),
  lang: optionalEnum(LANGUAGE_FILTERS),
  // "current": only firms registered for the event the site is showing.
  event: z.literal("current").optional().catch(undefined),
  sort: z.enum(SORTS).default("name").catch("name"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type DirectoryQuery = z.infer<typeof DirectoryQuery>;

/** URL search parameters for a query, leaving out defaults. */
export function directoryParams(q: DirectoryQuery, overrides: Partial<DirectoryQuery> = {}): URLSearchParams {
  const merged = { ...q, ...overrides };
  const p = new URLSearchParams();
  for (const key of ["q", "country", "sector", "capability", "size", "cert", "lang", "event"] as const) {
    const v = merged[key];
    if (v) p.set(key, v);
  }
  if (merged.sort !== "name") p.set("sort", merged.sort);
  if (merged.page > 1) p.set("page", String(merged.page));
  return p;
}
