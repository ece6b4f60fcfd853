"use server";
import { signUp } from "@/lib/auth/sign-up";
import { AppError, formMessages } from "@/lib/errors";

export type SignUpResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function signUpAction(form: FormData): Promise<SignUpResult> {
  try {
    await signUp({
      displayName: form.get("displayName") ?? undefined,
      email: form.get("email") ?? undefined,
      password: form.get("password") ?? undefined,
      locale: form.get("locale") ?? undefined,
    });
    return { ok: true };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, errors: formMessages(e) };
    throw e;
  }
}
