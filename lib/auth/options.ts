// next-auth configuration: email + password (credentials) with JWT sessions. The session carries the user's
// id and landing role for display and redirects; authorization re-reads the user from the database.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { loadEnv } from "@/lib/env";
import { landingRole, type LandingRole } from "./actor";
import { burnPasswordCheck, verifyPassword } from "./password";
import { EmailSchema } from "./sign-up-schema";
import { isThrottled, recordFailure, recordSuccess, throttleKeys } from "./throttle";
import { loadActor } from "./load-actor";

/** Error codes the sign-in form translates (next-auth passes a thrown message through as `error`). */
export const SIGN_IN_ERRORS = { throttled: "THROTTLED", invalid: "CredentialsSignin" } as const;

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  // HttpOnly and SameSite=Lax always (next-auth's defaults); Secure, with the __Secure- prefix, behind https.
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  pages: { signIn: "/en/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        loadEnv();
        const email = EmailSchema.safeParse(credentials?.email);
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email.success || password.length === 0 || password.length > 1024) return null;
        const keys = throttleKeys(email.data, clientAddress(req?.headers));
        if (await isThrottled(keys)) throw new Error(SIGN_IN_ERRORS.throttled);
        const user = await db.user.findUnique({ where: { email: email.data } });
        const ok = user
          ? await verifyPassword(password, user.passwordHash)
          : (await burnPasswordCheck(password), false);
        if (!user || !ok) {
          await recordFailure(keys);
          return null;
        }
        await recordSuccess(email.data);
        return { id: user.id, email: user.email, name: user.displayName };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
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
      }
      return session;
    },
  },
};
