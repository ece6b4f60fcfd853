"use server";
import { redirect } from "next/navigation";
import { resetPassword } from "@/lib/auth/password-reset";
import { isLocale } from "@/lib/i18n/routing";
import { refused, type FormState } from "@/lib/validation/form-state";

/** A new password through a live reset link; every session of the account ends, then sign in again. */
export async function resetPasswordAction(locale: string, token: string, _state: FormState, form: FormData) {
  try {
    await resetPassword({ token, password: form.get("password") ?? undefined });
  } catch (e) {
    return refused(e, form);
  }
  redirect(`/${isLocale(locale) ? locale : "en"}/signin?reset=1`);
}
