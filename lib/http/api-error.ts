import { AppError, isDatabaseBusy } from "@/lib/errors";

/**
 * Route handlers answer errors as JSON with a 4xx status and message keys, never a stack trace; a database
 * too busy to start the work in time is a 503 to retry. Anything else is logged on the server and answered
 * as a plain 500.
 */
export function apiError(e: unknown): Response {
  if (e instanceof AppError) return Response.json({ error: e.code, fields: e.fields }, { status: e.status });
  // Overload is not a fault: nothing was written, and the client may simply try again.
  if (isDatabaseBusy(e)) return Response.json({ error: "BUSY", fields: { form: "errors.busy" } }, { status: 503, headers: { "retry-after": "2" } });
  console.error(e);
  return Response.json({ error: "INTERNAL" }, { status: 500 });
}

/**
 * Mutations through route handlers must come from our own pages: the Origin header, which browsers always
 * send on cross-site POSTs, has to match the host. (Server actions get the same check from Next.js.)
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || new URL(origin).host !== host) throw new AppError("FORBIDDEN", "cross-site request");
}
