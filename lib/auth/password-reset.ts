// "Forgot your password?": an emailed link (one hour, used once, stored hashed) to choose a new password. The
// answer to a request is the same for every address; only an account's owner gets mail. Setting the new
// password ends every session of the account and clears its sign-in throttle, and proves the address too.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import { findLiveToken, issueToken, takeToken } from "./account-tokens";
import { hashPassword, passwordProblem } from "./password";
import { accountKey } from "./sign-in";
import { EmailSchema } from "./sign-up-schema";
import { reserveSends } from "./send-throttle";
import { clearKey } from "./throttle";

const RequestSchema = z.object({ email: EmailSchema });

/** Throws AppError INVALID_INPUT for a malformed address or RATE_LIMITED; otherwise says nothing either way. */
export async function requestPasswordReset(input: unknown, context: { address?: string | null } = {}) {
  const parsed = RequestSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "bad address", { email: "errors.email.invalid" });
  const { email } = parsed.data;
  await reserveSends("reset", email, context.address ?? null);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, locale: true } });
  if (!user) return;
  const token = await issueToken(db, { userId: user.id, kind: "RESET_PASSWORD", email });
  await sendAccountEmail({
    to: email,
    locale: user.locale,
    kind: "passwordReset",
    path: `/reset-password?token=${token}`,
    secret: true,
  });
}

/** Whether a reset link can still be used (the page shows the form, or says the link is no longer valid). */
export async function resetLinkIsLive(token: unknown): Promise<boolean> {
  return (await findLiveToken("RESET_PASSWORD", token)) !== null;
}

/**
 * Sets the new password with a live reset token. Throws AppError NOT_FOUND for a dead link, INVALID_INPUT for
 * a weak password (the link stays usable).
 */
export async function resetPassword(input: { token: unknown; password: unknown }, now = new Date()) {
  const row = await findLiveToken("RESET_PASSWORD", input.token, now);
  if (!row) throw new AppError("NOT_FOUND", "no such link", { form: "errors.link.invalid" });
  const user = await db.user.findUniqueOrThrow({ where: { id: row.userId } });
  const password = typeof input.password === "string" ? input.password : "";
  const problem = await passwordProblem(password, [user.email, user.displayName]);
  if (problem) throw new AppError("INVALID_INPUT", "weak password", { password: problem });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    if (!(await takeToken(tx, { id: row.id, now })))
      throw new AppError("NOT_FOUND", "link used", { form: "errors.link.invalid" });
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
