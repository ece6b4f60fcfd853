"use server";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { normalizeEmail } from "@/lib/auth/sign-up-schema";
import { requestAddress } from "@/lib/http/request-address";
import { refused, type FormState } from "@/lib/validation/form-state";

/** The same answer for every well-formed address, whether it has an account or not. */
export async function forgotPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await requestPasswordReset({ email: form.get("email") ?? undefined }, { address: await requestAddress() });
    const email = normalizeEmail(String(form.get("email")));
    return { ok: true, errors: {}, values: {}, done: { key: "auth.forgotSent", values: { email } } };
  } catch (e) {
    return refused(e, form);
  }
}
