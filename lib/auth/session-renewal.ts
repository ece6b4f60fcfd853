// Sliding renewal of the session cookie, on page requests (proxy.ts): a session ends after the idle timeout
// without requests, not while it is in use, and never past its absolute lifetime. Server components cannot set
// cookies, so the renewal happens in front of them. Authorization does not depend on it: guards.ts checks the
// token's version and age against the database on every request.
import { decode, encode } from "next-auth/jwt";
import type { NextRequest, NextResponse } from "next/server";
import { isPastMaxAge, sessionIdleSeconds } from "./session-lifetime";

// A cookie renewed less than this long ago is left alone (no new cookie on every request of a page load).
const RENEW_AFTER_SECONDS = 60;

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function renewSessionCookie(request: NextRequest, response: NextResponse): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const name = sessionCookieName(secure);
  const value = request.cookies.get(name)?.value;
  if (!secret || !value) return;
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token) return;
  const now = Math.floor(Date.now() / 1000);
  if (isPastMaxAge(token.authAt, Date.now())) {
    response.cookies.delete(name);
    return;
  }
  const idle = sessionIdleSeconds();
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (now - issuedAt < RENEW_AFTER_SECONDS) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const renewed = await encode({ token: claims, secret, maxAge: idle });
  response.cookies.set(name, renewed, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: idle });
}
