"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { updatePreferredLocale } from "@/lib/users/update-preferred-locale";
import { changePassword, requestEmailChange } from "@/lib/auth/account-settings";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { requestAddress } from "@/lib/http/request-address";
import { refused, type FormState } from "@/lib/validation/form-state";

export async function savePreferredLocale(currentLocale: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  let saved: string;
  try {
    saved = await updatePreferredLocale(actor, { locale: form.get("locale") });
  } catch (e) {
    if (e instanceof AppError && (e.code === "INVALID_INPUT" || e.code === "BUSY"))
      redirect(`/${currentLocale}/account?error=${e.code === "BUSY" ? "busy" : "locale"}`);
    throw e;
  }
  redirect(`/${saved}/account?saved=1`);
}

/** A new password: every other session ends, this one is issued again under the new version. */
export async function changePasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    const actor = await requireActor();
    const { sessionVersion } = await changePassword(actor, {
      currentPassword: form.get("currentPassword") ?? undefined,
      newPassword: form.get("newPassword") ?? undefined,
    });
    await reissueSessionCookie(sessionVersion);
    return { ok: true, errors: {}, values: {}, done: { key: "account.passwordChanged" } };
  } catch (e) {
    return refused(e, form);
  }
}

/** A new address is taken once the link sent to it is opened (lib/auth/account-settings.ts). */
export async function changeEmailAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    const actor = await requireActor();
    const { email } = await requestEmailChange(
      actor,
      { newEmail: form.get("newEmail") ?? undefined, currentPassword: form.get("currentPassword") ?? undefined },
      { address: await requestAddress() },
    );
    return { ok: true, errors: {}, values: {}, done: { key: "account.emailSent", values: { email } } };
  } catch (e) {
    return refused(e, form);
  }
}
