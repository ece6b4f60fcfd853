// Emails a person can make the app send (sign-up, verification, password reset, email change) are throttled
// per recipient and per network address, before any hashing or mail: a script can neither flood someone's
// mailbox nor use the app to keep the CPU busy. The limits are in throttle-rules.ts.
import { AppError } from "@/lib/errors";
import { reserveAll, type ThrottleKey } from "./throttle";
import { SEND_PER_ADDRESS, SEND_PER_RECIPIENT } from "./throttle-rules";

export type SendKind = "signUp" | "verify" | "reset" | "changeEmail" | "invite";

export function sendKeys(kind: SendKind, recipient: string, address: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: `send:${kind}:to:${recipient}`, policy: SEND_PER_RECIPIENT }];
  if (address) keys.push({ key: `send:ip:${address}`, policy: SEND_PER_ADDRESS });
  return keys;
}

/** Throws AppError RATE_LIMITED (a form message) when the recipient or the address has had enough for now. */
export async function reserveSends(kind: SendKind, recipient: string, address: string | null): Promise<void> {
  const r = await reserveAll(sendKeys(kind, recipient, address));
  if (!r.allowed) throw new AppError("RATE_LIMITED", "too many emails", { form: "errors.throttled" });
}
