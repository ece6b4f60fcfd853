// "Forgot your password?": an emailed link (one hour, used once, stored hashed) to choose a new password. The
// answer to a request is the same for every address; only an account's owner gets mail. Setting the new
// password ends every session of the account and clears its sign-in throttle, and proves the address too.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation/form-input";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import { deadLink, findLiveToken, issueToken, takeToken } from "./account-tokens";
import { hashPassword, passwordProblem } from "./password";
import { accountKey } from "./sign-in";
import { EmailSchema } from "./sign-up-schema";
import { reserveSends } from "./send-throttle";
import { clearKey } from "./throttle";

export const PasswordResetRequestSchema = z.object({ email: EmailSchema });

/** Throws AppError INVALID_INPUT for a malformed address or RATE_LIMITED; otherwise says nothing either way. */
export async function requestPasswordReset(
  options: z.input<typeof PasswordResetRequestSchema>,
  context: { address?: string | null } = {},
): Promise<{ email: string }> {
  const parsed = PasswordResetRequestSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad address", { email: "errors.email.invalid" });
  const { email } = parsed.data;
  await reserveSends("reset", email, context.address ?? null);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) return { email };
  const token = await issueToken(db, { userId: user.id, kind: "RESET_PASSWORD", email });
  await sendAccountEmail({
    to: email,
    locale: user.locale,
    kind: "passwordReset",
    path: `/reset-password?token=${token}`,
    secret: true,
  });
  return { email };
}

/** Whether a reset link can still be used (the page shows the form, or says the link is no longer valid). */
export async function resetLinkIsLive(token: string | undefined): Promise<boolean> {
  return (await findLiveToken("RESET_PASSWORD", token)) !== null;
}

/** The reset form: the link's token (a hidden field) and the new password, whose strength resetPassword checks. */
export const ResetPasswordSchema = z.object({
  token: z.string({ error: "errors.link.invalid" }),
  password: z.string({ error: "errors.password.tooShort" }),
});

/**
 * Sets the new password with a live reset token. Throws AppError INVALID_INPUT for a dead link (deadLink) and for
 * a weak password (the link stays usable).
 */
export async function resetPassword(options: z.input<typeof ResetPasswordSchema>, now = new Date()) {
  const parsed = ResetPasswordSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad input", fieldErrors(parsed.error));
  const row = await findLiveToken("RESET_PASSWORD", parsed.data.token, now);
  if (!row) throw deadLink("no such link");
  const user = await db.user.findUniqueOrThrow({ where: { id: row.userId } });
  const password = parsed.data.password;
  const problem = await passwordProblem(password, [user.email, user.displayName]);
  if (problem) throw new AppError("INVALID_INPUT", "weak password", { password: problem });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    if (!(await takeToken(tx, { id: row.id, now }))) throw deadLink("link used");
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        // The link went to the account's address, so reading it proves that address.
        ...(row.email === user.email && !user.emailVerifiedAt ? { emailVerifiedAt: now } : {}),
      },
    });
    // Any other reset link still out there is retired with this one.
    await tx.accountToken.updateMany({
      where: { userId: user.id, kind: "RESET_PASSWORD", usedAt: null },
      data: { usedAt: now },
    });
  });
  await clearKey(accountKey(user.email));
  await sendAccountEmail({ to: user.email, locale: user.locale, kind: "passwordChanged", path: "/forgot-password" });
  return { userId: user.id, email: user.email };
}
