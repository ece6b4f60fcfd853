import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "./password";
import { claimInvitations } from "@/lib/firms/invitations";
import { SignUpSchema } from "./sign-up-schema";
import { fieldErrors } from "@/lib/validation/form-input";

/** Creates an account. Throws AppError INVALID_INPUT (with field keys) or CONFLICT when the address is taken. */
export async function signUp(options: z.input<typeof SignUpSchema>): Promise<{ userId: string }> {
  const parsed = SignUpSchema.safeParse(options);
  if (!parsed.success) {
    throw new AppError("INVALID_INPUT", "invalid sign-up", fieldErrors(parsed.error));
  }
  const { displayName, email, password, locale } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    // The unique index on email decides, so two simultaneous sign-ups with one address cannot both succeed.
    // The account and the memberships it was invited to are stored together or not at all.
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { displayName, email, passwordHash, locale } });
      await claimInvitations(tx, user.id, email);
      return { userId: user.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "email taken", { email: "errors.email.taken" });
    throw e;
  }
}
