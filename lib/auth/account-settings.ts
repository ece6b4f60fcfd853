// Changing one's own password or email address. Both ask for the current password first (ASVS 2.1.5, 3.7.1),
// counted under the account's sign-in throttle like any password check. A new password ends every other
// session (the caller re-issues this one's cookie with the new version); a new address is only taken once a
// link sent to it is opened (email-verification.ts), and the old address is told.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/form-input";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import type { LoadedActor } from "./load-actor";
import { issueToken } from "./account-tokens";
import { hashPassword, passwordProblem, verifyPassword } from "./password";
import { allows } from "./policy";
import { accountKey } from "./sign-in";
import { EmailSchema } from "./sign-up-schema";
import { reserveSends } from "./send-throttle";
import { clearKey, reserve } from "./throttle";
import { ACCOUNT_POLICY } from "./throttle-rules";

async function checkCurrentPassword(actor: LoadedActor, password: string): Promise<void> {
  const reservation = await reserve({ key: accountKey(actor.email), policy: ACCOUNT_POLICY });
  if (!reservation.allowed) throw new AppError("RATE_LIMITED", "throttled", { form: "errors.throttled" });
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  const ok = password.length <= 1024 && (await verifyPassword(password, user.passwordHash));
  if (!ok) throw new AppError("INVALID_INPUT", "wrong password", { currentPassword: "errors.password.wrongCurrent" });
  await clearKey(accountKey(actor.email));
}

/** The change-of-password form's fields; their strength and the current password are checked by changePassword. */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string({ error: "errors.password.required" }),
  newPassword: z.string({ error: "errors.password.tooShort" }),
});

/** Returns the account's new session version, for the caller to put in this session's cookie. */
export async function changePassword(
  actor: LoadedActor,
  options: z.input<typeof ChangePasswordSchema>,
): Promise<{ sessionVersion: number }> {
  if (!allows(actor, { kind: "signedIn" })) throw new AppError("FORBIDDEN", "not allowed");
  const parsed = ChangePasswordSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad input", fieldErrors(parsed.error));
  const password = parsed.data.newPassword;
  const problem = await passwordProblem(password, [actor.email, actor.displayName]);
  if (problem) throw new AppError("INVALID_INPUT", "weak password", { newPassword: problem });
  await checkCurrentPassword(actor, parsed.data.currentPassword);
  const passwordHash = await hashPassword(password);
  const user = await db.user.update({
    where: { id: actor.userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await sendAccountEmail({ to: actor.email, locale: actor.locale, kind: "passwordChanged", path: "/forgot-password" });
  return { sessionVersion: user.sessionVersion };
}

/** The change-of-address form's fields. */
export const ChangeEmailSchema = z.object({
  newEmail: EmailSchema,
  currentPassword: z.string({ error: "errors.password.required" }),
});

/**
 * Sends a confirmation link to the new address (and a notice to the current one). The answer is the same when
 * the new address already has an account: its owner is told instead, and nothing changes.
 */
export async function requestEmailChange(
  actor: LoadedActor,
  options: z.input<typeof ChangeEmailSchema>,
  context: { address?: string | null } = {},
): Promise<{ email: string }> {
  if (!allows(actor, { kind: "signedIn" })) throw new AppError("FORBIDDEN", "not allowed");
  const parsed = ChangeEmailSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad input", fieldErrors(parsed.error));
  const newEmail = parsed.data.newEmail;
  if (newEmail === actor.email) throw new AppError("INVALID_INPUT", "same address", { newEmail: "errors.email.same" });
  await checkCurrentPassword(actor, parsed.data.currentPassword);
  await reserveSends("changeEmail", newEmail, context.address ?? null);
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { locale: true } });
  if (taken) {
    await sendAccountEmail({ to: newEmail, locale: taken.locale, kind: "signUpExisting", path: "/forgot-password" });
  } else {
    const token = await issueToken(db, { userId: actor.userId, kind: "VERIFY_EMAIL", email: newEmail });
    await sendAccountEmail({
      to: newEmail,
      locale: actor.locale,
      kind: "confirmNewEmail",
      params: { name: actor.displayName },
      path: `/verify/confirm?token=${token}`,
      secret: true,
    });
  }
  await sendAccountEmail({
    to: actor.email,
    locale: actor.locale,
    kind: "emailChangeRequested",
    params: { newEmail },
    path: "/account",
  });
  return { email: newEmail };
}
