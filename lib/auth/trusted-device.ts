// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): after a successful sign-in
// the browser keeps a cookie signed for that account. Attempts that present it have their own small budget
// and skip the account's and the address's, so however hard someone guesses at an account, its owner signs in
// from a device they used before without waiting. The cookie proves nothing by itself: the password is still
// checked. It is bound to the address (HMAC over it), so it helps with no other account.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE_MAX_AGE = 180 * 24 * 3600;

export function deviceCookieName(secure: boolean): string {
  // __Host-: only ever set by this host over https, for the whole site.
  return secure ? "__Host-kakehashi-device" : "kakehashi-device";
}

function signature(email: string, deviceId: string): string {
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  return createHmac("sha256", secret).update(`device|${email}|${deviceId}`).digest("base64url");
}

export function deviceCookieValue(email: string, deviceId = randomBytes(16).toString("base64url")): string {
  return `${deviceId}.${signature(email, deviceId)}`;
}

/** The device's id when `value` is a cookie this server signed for `email`; null otherwise. */
export function trustedDeviceId(value: string | undefined, email: string): string | null {
  const [deviceId, mac, extra] = (value ?? "").split(".");
  if (!deviceId || !mac || extra !== undefined || !/^[A-Za-z0-9_-]{22}$/.test(deviceId)) return null;
  const expected = Buffer.from(signature(email, deviceId));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

/** One cookie's value from a Cookie header. */
export function cookieFromHeader(header: unknown, name: string): string | undefined {
  if (typeof header !== "string") return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
