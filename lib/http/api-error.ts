import { AppError, databaseBusy, isDatabaseBusy } from "@/lib/errors";

/**
 * Route handlers answer errors as JSON with a 4xx status and message keys, never a stack trace; a database
 * too busy to start the work in time is a 503 to retry. Anything else is logged on the server and answered
 * as a plain 500.
 */
export function apiError(e: unknown): Response {
  // Transactions already fail as AppError("BUSY") (lib/database/busy-transactions.ts); a busy error from a
  // single query is answered the same way.
  const error = isDatabaseBusy(e) ? databaseBusy(e) : e;
  if (error instanceof AppError) {
    // Overload is not a fault: nothing was written, and the client may simply try again.
    const headers: Record<string, string> = error.code === "BUSY" ? { "retry-after": "2" } : {};
    return Response.json({ error: error.code, fields: error.fields }, { status: error.status, headers });
  }
  console.error(e);
  return Response.json({ error: "INTERNAL" }, { status: 500 });
}

/**
 * Mutations through route handlers must come from our own pages: the Origin header, which browsers always
 * send on cross-site POSTs, has to match the host. (Server actions get the same check from Next.js.)
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  // No Origin at all: not a browser's cross-site request (browsers send it on every cross-site POST).
  if (origin === null) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  // "null" (a sandboxed frame, a redirect across sites, a file: page) or anything else that is not a URL is
  // no proof of coming from our pages.
  const originHost = URL.canParse(origin) ? new URL(origin).host : null;
  if (!host || originHost !== host) throw new AppError("FORBIDDEN", "cross-site request");
}
