// Checking a sign-in, in the order that keeps it cheap and honest:
// 1. the input's shape (no hashing for a malformed address or a password of 10,000 characters);
// 2. an attempt reserved under the throttle's keys, before the password is checked (throttle.ts), so a burst
//    of parallel guesses checks only as many passwords as the rules allow, and the right password inside a
//    burst past the limit is refused like the rest;
// 3. the password check, off the event loop, as long for an unknown address as for a known one;
// 4. on success the reservation is given back and the account's count cleared; on failure it stays, and the
//    wait runs from the failure, and the owner is told by email once the count reaches the limit.
import { db } from "@/lib/db";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import { needsRehash } from "./password-hash";
import { EmailSchema } from "./sign-up-schema";
import { claimNotice, clearKey, extendWait, giveBack, reserveAll, type ThrottleKey } from "./throttle";
import { ACCOUNT_POLICY, ADDRESS_POLICY, DEVICE_POLICY } from "./throttle-rules";
import { trustedDeviceId } from "./trusted-device";

export const MAX_SIGN_IN_PASSWORD = 1024;

export type SignInAttempt = {
  email: unknown;
  password: unknown;
  /** The client's address (lib/http/client-address.ts), or null when unknown. */
  address: string | null;
  /** The device cookie's value, if the browser sent one. */
  deviceCookie?: string;
};

export type SignInResult =
  | { kind: "ok"; user: { id: string; email: string; displayName: string; sessionVersion: number } }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterMs: number };

export const accountKey = (email: string) => `signin:account:${email}`;
export const addressKey = (address: string) => `signin:ip:${address}`;
export const deviceKey = (deviceId: string) => `signin:device:${deviceId}`;

/** The keys an attempt counts under: a known device's own, or the account's and the address's. */
export function signInKeys(email: string, address: string | null, deviceId: string | null): ThrottleKey[] {
  if (deviceId) return [{ key: deviceKey(deviceId), policy: DEVICE_POLICY }];
  const keys: ThrottleKey[] = [];
  if (address) keys.push({ key: addressKey(address), policy: ADDRESS_POLICY });
  keys.push({ key: accountKey(email), policy: ACCOUNT_POLICY });
  return keys;
}

export async function checkSignIn(attempt: SignInAttempt, now = new Date()): Promise<SignInResult> {
  const parsed = EmailSchema.safeParse(attempt.email);
  const password = typeof attempt.password === "string" ? attempt.password : "";
  if (!parsed.success || password.length === 0 || password.length > MAX_SIGN_IN_PASSWORD) return { kind: "wrong" };
  const email = parsed.data;
  const deviceId = trustedDeviceId(attempt.deviceCookie, email);
  const keys = signInKeys(email, attempt.address, deviceId);

  const reservation = await reserveAll(keys, now);
  if (!reservation.allowed) return { kind: "throttled", retryAfterMs: reservation.retryAfterMs };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, passwordHash: true, sessionVersion: true, locale: true },
  });
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);

  if (!user || !ok) {
    for (const k of keys) await extendWait(k);
    if (user && !deviceId && (await claimNotice(accountKey(email), ACCOUNT_POLICY.free, now)))
      await sendAccountEmail({
        to: user.email,
        locale: user.locale,
        kind: "signInFailures",
        params: { count: ACCOUNT_POLICY.free },
        path: "/forgot-password",
      });
    return { kind: "wrong" };
  }

  for (const k of keys) {
    if (k.key.startsWith("signin:ip:")) await giveBack(k.key);
    else await clearKey(k.key);
  }
  if (needsRehash(user.passwordHash)) {
    // Hashes from before (bcrypt) or with older costs become Argon2id now that the password is at hand; only
    // if the hash is still the one just checked (a password reset meanwhile wins).
    const passwordHash = await hashPassword(password);
    await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
  }
  return {
    kind: "ok",
    user: { id: user.id, email: user.email, displayName: user.displayName, sessionVersion: user.sessionVersion },
  };
}
