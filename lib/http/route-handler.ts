// The one way to write a route handler (README, "Architecture: writing a route handler"): the handler returns its
// Response, and everything else answers the same everywhere. A mutation from another site's page (or with an
// Origin header that is not a URL, such as "null") is a 403; a body over the limit is a 413; an AppError is its
// 4xx with message keys; a busy database is a 503 with Retry-After; anything else is logged and a plain 500.
// redirect() and notFound() still work (Next.js implements them as thrown errors).
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError } from "@/lib/errors";
import { apiError, assertSameOrigin } from "./api-error";

type Options = {
  /** It changes something: the request must come from our own pages (browsers send Origin on cross-site POSTs). */
  mutation?: boolean;
  /** Refuse a body declared larger than this many bytes before reading it. */
  maxBodyBytes?: number;
};

export function routeHandler<Context = unknown>(
  handle: (request: Request, context: Context) => Promise<Response>,
  options: Options = {},
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      if (options.mutation) assertSameOrigin(request);
      if (options.maxBodyBytes !== undefined) assertBodySize(request, options.maxBodyBytes);
      return await handle(request, context);
    } catch (e) {
      unstable_rethrow(e);
      return apiError(e);
    }
  };
}

/** The declared size (Content-Length) of the body against a limit; reading the body enforces nothing by itself. */
export function assertBodySize(request: Request, maxBytes: number): void {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("TOO_LARGE", "request body too large", { form: "errors.tooLarge" });
}
