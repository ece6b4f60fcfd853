// next-auth configuration: email + password (credentials) with JWT sessions. The session carries the user's
// id, landing role, session version and sign-in time; authorization re-reads the user from the database and
// compares the version (guards.ts), so signing out or changing the password ends every older session.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { loadEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { landingRole, type LandingRole } from "./actor";
import { loadActor } from "./load-actor";
import { checkSignIn } from "./sign-in";
import { sessionIdleSeconds } from "./session-lifetime";
import { cookieFromHeader, DEVICE_COOKIE_MAX_AGE, deviceCookieName, deviceCookieValue } from "./trusted-device";

/** Error codes the sign-in form translates (next-auth passes a thrown message through as `error`). */
export const SIGN_IN_ERRORS = { throttled: "THROTTLED", invalid: "CredentialsSignin" } as const;

export const secureCookies = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The token's own expiry is the idle timeout; every page request renews it (proxy.ts). The absolute
  // lifetime counts from `authAt` (session-lifetime.ts).
  session: { strategy: "jwt", maxAge: sessionIdleSeconds() },
  // HttpOnly and SameSite=Lax always (next-auth's defaults); Secure, with the __Secure- prefix, behind https.
  useSecureCookies: secureCookies(),
  pages: { signIn: "/en/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        loadEnv();
        const headers = req?.headers as Record<string, unknown> | undefined;
        const secure = secureCookies();
        const result = await checkSignIn({
          email: credentials?.email,
          password: credentials?.password,
          address: clientAddress(headers),
          deviceCookie: cookieFromHeader(headers?.cookie, deviceCookieName(secure)),
        });
        if (result.kind === "throttled")
          throw new Error(`${SIGN_IN_ERRORS.throttled}:${Math.ceil(result.retryAfterMs / 1000)}`);
        if (result.kind === "wrong") return null;
        // This browser is now a device the account signed in on (trusted-device.ts). Outside a request (a
        // test calling authorize) cookies() throws: there is no browser, and nothing is lost.
        try {
          (await cookies()).set(deviceCookieName(secure), deviceCookieValue(result.user.email), {
            httpOnly: true,
            sameSite: "lax",
            secure,
            path: "/",
            maxAge: DEVICE_COOKIE_MAX_AGE,
          });
        } catch {
          // not in a request
        }
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.displayName,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    // After signing in or out: a path on this site, never another origin (safe-redirect.ts).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeRedirectPath(path, baseUrl, "/")}`;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
        token.authAt = Math.floor(Date.now() / 1000);
        const actor = await loadActor(user.id);
        token.role = actor ? landingRole(actor) : "member";
        token.locale = actor?.locale;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = (token.role as LandingRole | undefined) ?? "member";
        session.user.sessionVersion = typeof token.sv === "number" ? token.sv : -1;
        session.user.authAt = typeof token.authAt === "number" ? token.authAt : 0;
      }
      return session;
    },
  },
  events: {
    // Signing out ends every session of the user, on every device: a copied cookie stops working too.
    async signOut({ token }) {
      if (token?.sub)
        await db.user.updateMany({ where: { id: token.sub }, data: { sessionVersion: { increment: 1 } } });
    },
  },
};
