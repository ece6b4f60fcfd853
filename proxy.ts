// Three things for every page request, nothing else: the locale (/en, /ja or /vi from the NEXT_LOCALE cookie or
// Accept-Language), a Content-Security-Policy with a fresh nonce, and the session cookie's sliding renewal
// (lib/auth/session-renewal.ts). Authorization is not done here; every page and action checks on the server
// (lib/auth/guards.ts).
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { renewSessionCookie } from "@/lib/auth/session-renewal";

const handleLocale = createMiddleware(routing);
const production = process.env.NODE_ENV === "production";

export default async function proxy(request: NextRequest) {
  const policy = pageContentSecurityPolicy(newNonce(), { production });
  // Next.js reads the policy from the request to put its nonce on the scripts it renders; next-intl forwards
  // the request headers it is given.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleLocale(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  await renewSessionCookie(request, response);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
