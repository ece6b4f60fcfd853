// Request bodies are read only up to a limit that each route handler names: refused from Content-Length before
// a byte is read, and refused while streaming when a body without one (chunked) grows past it. Five parallel
// anonymous 100 MB posts to the sign-in callback took the server from 555 MB to 1.19 GB before.
//
// The limits (README, "Configuration"):
//   sign-in and the other next-auth posts  16 KB  (an address, a password, a CSRF token)
//   CSV import                              6 MB  (a 5 MB file and the form around it)
//   booking API                             4 KB  (three ids)
//   scheduler run                           1 KB  (no body is needed)
//   logo                                    none  (GET only; uploads go through the profile form's server
//                                                 action, under Next.js's serverActions.bodySizeLimit, 1 MB)
import { AppError } from "@/lib/errors";

export const BODY_LIMITS = {
  auth: 16 * 1024,
  import: 6 * 1024 * 1024,
  booking: 4 * 1024,
  schedulerRun: 1024,
} as const;

function tooLarge(): AppError {
  return new AppError("TOO_LARGE", "request body too large", { form: "errors.tooLarge" });
}

/** Refuses by the declared length alone (no body read); a malformed length is refused too. */
export function assertContentLength(request: Request, limit: number): void {
  const declared = request.headers.get("content-length");
  if (declared === null) return;
  if (!/^\d+$/.test(declared.trim()))
    throw new AppError("INVALID_INPUT", "bad content-length", { form: "errors.invalid" });
  if (Number(declared) > limit) throw tooLarge();
}

/** The body's bytes, read no further than `limit` (then AppError TOO_LARGE, and the rest is not read). */
export async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  assertContentLength(request, limit);
  const out = new Uint8Array(new ArrayBuffer(0));
  if (!request.body) return out;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return body;
}

/** The same request with its body read under the limit, for code that wants a Request (formData, next-auth). */
export async function withLimitedBody<R extends Request>(
  request: R,
  limit: number,
  make: (init: { method: string; headers: Headers; body: Uint8Array<ArrayBuffer> | null }) => R,
): Promise<R> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const body = await readBody(request, limit);
  return make({ method: request.method, headers: new Headers(request.headers), body: body.byteLength ? body : null });
}
