// Creating an account. The answer is the same whether or not the address already has an account ("we sent you
// a link"): a new account gets a verification link, the owner of an existing one an email saying someone tried
// (with the way to sign in or reset), so sign-up no longer tells anyone which addresses are registered. The
// account can do nothing but verify until its address is proved (policy.ts); it joins no firm by itself.
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import { fieldErrors } from "@/lib/validation/form-input";
import { issueToken } from "./account-tokens";
import { hashPassword } from "./password";
import { SignUpSchema } from "./sign-up-schema";
import { reserveSends } from "./send-throttle";

/**
 * Throws AppError INVALID_INPUT (with field keys) or RATE_LIMITED; otherwise the address gets an email and the
 * caller says so, whatever the email was.
 */
export async function signUp(
  options: z.input<typeof SignUpSchema>,
  context: { address?: string | null } = {},
): Promise<{ email: string }> {
  const parsed = await SignUpSchema.safeParseAsync(options);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid sign-up", fieldErrors(parsed.error));
  }
  const { displayName, email, password, locale } = parsed.data;
  await reserveSends("signUp", email, context.address ?? null);
  // Hashed whether or not the address is taken, so both answers take as long (off the event loop).
  const passwordHash = await hashPassword(password);
  let token: string | null = null;
  try {
    // The unique index on email decides, so two simultaneous sign-ups with one address cannot both succeed.
    token = await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { displayName, email, passwordHash, locale } });
      return issueToken(tx, { userId: user.id, kind: "VERIFY_EMAIL", email });
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
  }
  if (token) {
    await sendAccountEmail({
      to: email,
      locale,
      kind: "verifyEmail",
      params: { name: displayName },
      path: `/verify/confirm?token=${token}`,
      secret: true,
    });
  } else {
    const owner = await db.user.findUnique({ where: { email }, select: { locale: true } });
    await sendAccountEmail({
      to: email,
      locale: owner?.locale ?? locale,
      kind: "signUpExisting",
      path: "/forgot-password",
    });
  }
  return { email };
}
