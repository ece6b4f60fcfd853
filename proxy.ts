// Locale routing only: picks /en, /ja or /vi from the NEXT_LOCALE cookie or Accept-Language.
// Authorization is not done here; every page and action checks on the server (lib/auth/guards.ts).
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
