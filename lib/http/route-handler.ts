// The one way to write a route handler (README, "Architecture: writing a route handler"): the handler returns its
// Response, and everything else answers the same everywhere. A mutation from another site's page (or with an
// Origin header that is not a URL, such as "null") is a 403; a body over the limit is a 413, refused from its
// Content-Length before a byte is read and while streaming when it has none (lib/http/body-limit.ts); an AppError
// is its 4xx with message keys; a busy database is a 503 with Retry-After; anything else is logged and a plain 500.
// redirect() and notFound() still work (Next.js implements them as thrown errors).
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { NextRequest } from "next/server";
import { apiError, assertSameOrigin } from "./api-error";
import { withLimitedBody } from "./body-limit";

type Options = {
  /** It changes something: the request must come from our own pages (browsers send Origin on cross-site POSTs). */
  mutation?: boolean;
  /**
   * The most bytes of body the route reads (BODY_LIMITS in lib/http/body-limit.ts). The handler gets the request
   * with its body already read under the limit; without a limit the body is the handler's to bound.
   */
  maxBodyBytes?: number;
};

export function routeHandler<Context = unknown, R extends Request = Request>(
  handle: (request: R, context: Context) => Promise<Response>,
  options: Options = {},
): (request: R, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      if (options.mutation) assertSameOrigin(request);
      const limited =
        options.maxBodyBytes === undefined
          ? request
          : await withLimitedBody(request, options.maxBodyBytes, (init) => rebuild(request, init));
      return await handle(limited, context);
    } catch (e) {
      unstable_rethrow(e);
      return apiError(e);
    }
  };
}

/**
 * The request again, carrying the body read under the limit. Always a NextRequest (a Request with more): next-auth
 * reads `nextUrl`, and in the production bundle the request Next.js hands over is not `instanceof` the NextRequest
 * this module imports, so testing for it sent next-auth a plain Request (every sign-in failed).
 */
function rebuild<R extends Request>(
  request: R,
  init: { method: string; headers: Headers; body: Uint8Array<ArrayBuffer> | null },
): R {
  return new NextRequest(request.url, init) as unknown as R;
}
