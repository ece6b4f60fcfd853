// Two things for every page request, nothing else: the locale (/en, /ja or /vi from the NEXT_LOCALE cookie or
// Accept-Language) and a Content-Security-Policy with a fresh nonce. Authorization is not done here; every
// page and action checks on the server (lib/auth/guards.ts). And one for every request, API included: a path whose
// percent-encoding is not UTF-8 (/en/firms/%C3%28) is a 400 here, because Next.js fails to decode it when matching
// a dynamic route and answers a 500 (its "/400" page does not exist in the App Router).
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

const handleLocale = createMiddleware(routing);
const production = process.env.NODE_ENV === "production";

/** Whether the path's percent-encoding decodes (Next.js decodes each segment to match dynamic routes). */
function decodablePath(pathname: string): boolean {
  if (!pathname.includes("%")) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest) {
  if (!decodablePath(request.nextUrl.pathname)) {
    return new NextResponse("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (/^\/api(\/|$)/.test(request.nextUrl.pathname)) return NextResponse.next();
  const policy = pageContentSecurityPolicy(newNonce(), { production });
  // Next.js reads the policy from the request to put its nonce on the scripts it renders; next-intl forwards
  // the request headers it is given.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleLocale(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages (for the locale and the policy) and route handlers (for malformed paths only); not files or Next.js's own.
  matcher: ["/((?!_next|_vercel|.*\\..*).*)"],
};
