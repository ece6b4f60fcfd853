import type { ErrorKey } from "@/lib/i18n/message-keys";

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
  /** The request's body is over the limit of its route (lib/http/route-handler.ts). */
  TOO_LARGE: 413,
  /** Too many attempts; try later. */
  RATE_LIMITED: 429,
  /** The database could not take the work in time (isDatabaseBusy); nothing was saved, try again shortly. */
  BUSY: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field name -> message key, for errors shown at a form field ("form" for one about the whole form). */
    readonly fields: Record<string, ErrorKey> = {},
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

/**
 * A busy database as the AppError every form and API already knows how to show: "nothing was saved, try
 * again", at the form, with a 503 from APIs. Overload is not a fault, so it must not end on an error page.
 */
export function databaseBusy(cause: unknown): AppError {
  const error = new AppError("BUSY", "the database is too busy to take this now", { form: "errors.busy" });
  error.cause = cause;
  return error;
}

/** What to say at the form when an AppError carries no field message of its own. */
const FORM_MESSAGE: Record<ErrorCode, ErrorKey> = {
  INVALID_INPUT: "errors.invalid",
  UNAUTHENTICATED: "errors.signInFirst",
  FORBIDDEN: "errors.forbidden",
  NOT_FOUND: "errors.forbidden",
  CONFLICT: "errors.invalid",
  TOO_LARGE: "errors.tooLarge",
  RATE_LIMITED: "errors.throttled",
  BUSY: "errors.busy",
};

/**
 * The message keys a form shows for an AppError. Its own field messages where they speak to the person at the
 * form (what they entered, a clash with what is stored, a busy database); a refusal gets one message that
 * reveals nothing about what exists.
 */
export function formMessages(e: AppError): Record<string, ErrorKey> {
  const ownMessages = e.code === "INVALID_INPUT" || e.code === "CONFLICT" || e.code === "BUSY";
  return ownMessages && Object.keys(e.fields).length ? e.fields : { form: FORM_MESSAGE[e.code] };
}

/** Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(e: unknown): boolean {
  return prismaCode(e) === "P2002";
}
