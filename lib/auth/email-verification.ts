// Proving an address: the link of a verification email. It verifies the account's own address, or, when the
// person asked to change it (account-settings.ts), moves the account to the new address only once the new
// one is proved. Opening the link needs no session (people open mail on another device); the token decides.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { sendAccountEmail } from "@/lib/notifications/account-emails";
import type { LoadedActor } from "./load-actor";
import { deadLink, findLiveToken, issueToken, takeToken } from "./account-tokens";
import { reserveSends } from "./send-throttle";

/** Sends (again) a verification link to an unverified account's address; refused once it is verified. */
export async function resendVerification(
  actor: LoadedActor,
  context: { address?: string | null } = {},
): Promise<{ email: string }> {
  if (!actor.unverified) throw new AppError("CONFLICT", "already verified", { form: "errors.verify.already" });
  await reserveSends("verify", actor.email, context.address ?? null);
  const token = await issueToken(db, { userId: actor.userId, kind: "VERIFY_EMAIL", email: actor.email });
  await sendAccountEmail({
    to: actor.email,
    locale: actor.locale,
    kind: "verifyEmail",
    params: { name: actor.displayName },
    path: `/verify/confirm?token=${token}`,
    secret: true,
  });
  return { email: actor.email };
}

export type Confirmation = { userId: string; email: string; changed: boolean };

/** The confirm page's form: the link's token, as a hidden field. */
export const ConfirmEmailSchema = z.object({ token: z.string({ error: "errors.link.invalid" }) });

/**
 * Takes a verification token: the address it was sent to is now the account's, verified. Throws AppError
 * INVALID_INPUT for an unknown, used, retired or expired link (deadLink), CONFLICT when a new address was taken meanwhile.
 */
export async function confirmEmail(
  options: z.input<typeof ConfirmEmailSchema>,
  now = new Date(),
): Promise<Confirmation> {
  const row = await findLiveToken("VERIFY_EMAIL", options.token, now);
  if (!row) throw deadLink("no such link");
  try {
    return await db.$transaction(async (tx) => {
      if (!(await takeToken(tx, { id: row.id, now }))) throw deadLink("link used");
      const user = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true } });
      const changed = user.email !== row.email;
      await tx.user.update({
        where: { id: row.userId },
        data: changed ? { email: row.email, emailVerifiedAt: now } : { emailVerifiedAt: now },
      });
      return { userId: row.userId, email: row.email, changed };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "address taken meanwhile", { form: "errors.email.unavailable" });
    throw e;
  }
}
