// After a password change the account's session version goes up, which ends every session, this one too.
// The person who just proved their password stays signed in here: their cookie is issued again under the new
// version (the same claims, a fresh idle expiry). Only that request can do it; a copied cookie cannot.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { sessionCookieName } from "./session-renewal";
import { sessionIdleSeconds } from "./session-lifetime";

export async function reissueSessionCookie(sessionVersion: number): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const jar = await cookies();
  const name = sessionCookieName(secure);
  const value = jar.get(name)?.value;
  if (!secret || !value) return;
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token) return;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  const idle = sessionIdleSeconds();
  const renewed = await encode({ token: { ...claims, sv: sessionVersion }, secret, maxAge: idle });
  jar.set(name, renewed, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: idle });
}
