"use server";
import { redirect } from "next/navigation";
import { confirmEmail, resendVerification } from "@/lib/auth/email-verification";
import { currentActor, requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requestAddress } from "@/lib/http/request-address";
import { isLocale } from "@/lib/i18n/routing";

const localeOf = (value: string) => (isLocale(value) ? value : "en");

/** The one thing an unverified account may do besides signing out: ask for the link again. */
export async function resendVerificationAction(locale: string): Promise<void> {
  const l = localeOf(locale);
  let outcome = "resent=1";
  try {
    const actor = await requireActor({ kind: "account" });
    await resendVerification(actor, { address: await requestAddress() });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // Signed out meanwhile: the page sends the visitor on to sign in.
    outcome = `error=${e.code === "RATE_LIMITED" ? "throttled" : e.code === "CONFLICT" ? "already" : "other"}`;
  }
  redirect(`/${l}/verify?${outcome}`);
}

/**
 * Opening the link's page and pressing its button (a link preview fetching the page uses nothing). Signed in as
 * that account: on to its landing page; otherwise to sign-in, which says the address is confirmed.
 */
export async function confirmEmailAction(locale: string, token: string): Promise<void> {
  const l = localeOf(locale);
  let target: string;
  try {
    const result = await confirmEmail(token);
    const actor = await currentActor();
    target =
      actor?.userId === result.userId
        ? `/${l}/${result.changed ? "account?emailChanged=1" : "me"}`
        : `/${l}/signin?verified=1`;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    target = `/${l}/verify/confirm?error=${e.code === "CONFLICT" ? "unavailable" : "invalid"}`;
  }
  redirect(target);
}
