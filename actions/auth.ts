"use server";
// Getting into an account: signing up, proving the address (the link, and sending it again), a forgotten
// password. Signing up, the link's confirmation and the reset are for anyone (the token decides, not a session);
// sending the link again is the one thing an account whose address is not verified may do, besides signing out.
import { defineAction } from "@/lib/actions/define-action";
import { ConfirmEmailSchema, confirmEmail, resendVerification } from "@/lib/auth/email-verification";
import { landingPathOf } from "@/lib/auth/landing-path";
import {
  PasswordResetRequestSchema,
  ResetPasswordSchema,
  requestPasswordReset,
  resetPassword,
} from "@/lib/auth/password-reset";
import { signUp } from "@/lib/auth/sign-up";
import { SignUpSchema } from "@/lib/auth/sign-up-schema";
import { requestAddress } from "@/lib/http/request-address";
import { z } from "zod";

/** The same answer whether or not the address had an account: "check your email" (lib/auth/sign-up.ts). */
export const signUpAction = defineAction({
  rule: "anyone",
  schema: SignUpSchema,
  run: async ({ raw }) => signUp(raw, { address: await requestAddress() }),
  done: ({ email }) => ({ key: "auth.checkEmailBody", values: { email } }),
});

/** Asks for the verification link again. */
export const resendVerificationAction = defineAction({
  rule: { kind: "unverified" },
  schema: z.object({}),
  run: async ({ actor }) => resendVerification(actor, { address: await requestAddress() }),
  done: ({ email }) => ({ key: "auth.verifyResent", values: { email } }),
});

/**
 * The link's page, its button pressed (a link preview fetching the page confirms nothing). Signed in as that
 * account: on to its landing page (to the account page after a change of address); otherwise to sign in.
 */
export const confirmEmailAction = defineAction({
  rule: "anyone",
  schema: ConfirmEmailSchema,
  run: async ({ actor, input }) => {
    const confirmed = await confirmEmail(input);
    const mine = actor?.userId === confirmed.userId;
    return { ...confirmed, landing: mine ? await landingPathOf(confirmed.userId) : null };
  },
  done: ({ landing, changed, email }) =>
    !landing ? "auth.verifyDone" : changed ? { key: "auth.verifyChanged", values: { email } } : "auth.verifyConfirmed",
  goTo: ({ data, locale }) => `/${locale}${!data.landing ? "/signin" : data.changed ? "/account" : data.landing}`,
});

/** The same answer for every well-formed address, whether it has an account or not. */
export const forgotPasswordAction = defineAction({
  rule: "anyone",
  schema: PasswordResetRequestSchema,
  run: async ({ raw }) => requestPasswordReset(raw, { address: await requestAddress() }),
  done: ({ email }) => ({ key: "auth.forgotSent", values: { email } }),
});

/** A new password through a live reset link; every session of the account ends, then sign in again. */
export const resetPasswordAction = defineAction({
  rule: "anyone",
  schema: ResetPasswordSchema,
  run: async ({ raw }) => {
    await resetPassword(raw);
  },
  done: "auth.resetDone",
  goTo: ({ locale }) => `/${locale}/signin`,
});
