// The fixed lists the app shares with its database: the enums of prisma/models.prisma, as Prisma generates them
// (plain objects, safe in the browser), and as ordered tuples for forms and zod. Write `z.enum(Market)` or
// `MARKETS.map(...)` instead of retyping a list: a value added to the schema then reaches every form and check.
import {
  BudgetBand,
  CertificationKind,
  ClientType,
  ConsortiumRole,
  ConsortiumStatus,
  Country,
  EmployeeBand,
  Market,
  MeetingOutcomeKind,
  MeetingPriority,
  RequestStatus,
  TaxonomyKind,
} from "@/lib/generated/prisma/enums";

export {
  BudgetBand,
  CertificationKind,
  ClientType,
  ConsortiumRole,
  ConsortiumStatus,
  Country,
  EmployeeBand,
  Market,
  MeetingOutcomeKind,
  MeetingPriority,
  RequestStatus,
  TaxonomyKind,
};

/** An enum's values in declaration order, typed as a non-empty tuple (what z.enum and option lists take). */
const valuesOf = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const COUNTRIES = valuesOf(Country);
export const EMPLOYEE_BANDS = valuesOf(EmployeeBand);
export const MARKETS = valuesOf(Market);
export const CERTIFICATIONS = valuesOf(CertificationKind);
export const BUDGET_BANDS = valuesOf(BudgetBand);
export const CLIENT_TYPES = valuesOf(ClientType);
export const CONSORTIUM_ROLES = valuesOf(ConsortiumRole);
export const CONSORTIUM_STATUSES = valuesOf(ConsortiumStatus);
export const MEETING_OUTCOMES = valuesOf(MeetingOutcomeKind);
export const MEETING_PRIORITIES = valuesOf(MeetingPriority);
export const REQUEST_STATUSES = valuesOf(RequestStatus);

/** A guard for one of these lists: a value read from the database or a URL as the enum's type. */
const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (list as readonly string[]).includes(value);

export const isCountry = isOneOf(COUNTRIES);
export const isMarket = isOneOf(MARKETS);
export const isCertification = isOneOf(CERTIFICATIONS);
