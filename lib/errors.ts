// One error type for domain operations. Pages and actions turn it into a translated message (the `code`
// selects the message) or an HTTP status; nothing else should reach the user.
export const ERROR_CODES = {
  /** Input failed validation; `fields` says which. */
  INVALID_INPUT: 400,
  /** Not signed in. */
  UNAUTHENTICATED: 401,
  /** Signed in, but not allowed to do this. */
  FORBIDDEN: 403,
  /** The thing does not exist, or the caller may not know it exists. */
  NOT_FOUND: 404,
  /** A uniqueness rule would break: the email is taken, the slot was just booked. */
  CONFLICT: 409,
  /** Too many attempts; try later. */
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field name -> message key, for errors shown at a form field. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** The error code Prisma put on an error (P2002, P2028, ...), whichever driver adapter raised it. */
function prismaCode(e: unknown): unknown {
  return typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
}

/**
 * The database could not take the work in time: no connection came free for a transaction (P2028) or
 * concurrent transactions conflicted (P2034). Nothing was written; the same request may succeed a moment later.
 */
export function isDatabaseBusy(e: unknown): boolean {
  const code = prismaCode(e);
  return code === "P2028" || code === "P2034";
}

/** Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(e: unknown): boolean {
  return prismaCode(e) === "P2002";
}
