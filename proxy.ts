// Two things for every page request, nothing else: the locale (/en, /ja or /vi from the NEXT_LOCALE cookie or
// Accept-Language) and a Content-Security-Policy with a fresh nonce. Authorization is not done here; every
// page and action checks on the server (lib/auth/guards.ts).
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { newNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

const handleLocale = createMiddleware(routing);
const production = process.env.NODE_ENV === "production";

export default function proxy(request: NextRequest) {
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
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
