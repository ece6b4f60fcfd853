"use server";
import { signUp } from "@/lib/auth/sign-up";
import { requestAddress } from "@/lib/http/request-address";
import { refused, typedValues, type FormState } from "@/lib/validation/form-state";

/** The same answer whether or not the address had an account: "check your email" (lib/auth/sign-up.ts). */
export async function signUpAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    const { email } = await signUp(
      {
        displayName: form.get("displayName") ?? undefined,
        email: form.get("email") ?? undefined,
        password: form.get("password") ?? undefined,
        locale: form.get("locale") ?? undefined,
      },
      { address: await requestAddress() },
    );
    return { ok: true, errors: {}, values: typedValues(form), done: { key: "auth.checkEmailBody", values: { email } } };
  } catch (e) {
    return refused(e, form);
  }
}
