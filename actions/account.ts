"use server";
// The signed-in person's own account: their preferred language, marking updates read, a new password, a new
// email address. (Signing up, verifying, forgotten passwords: actions/auth.ts.)
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  changePassword,
  requestEmailChange,
} from "@/lib/auth/account-settings";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { requestAddress } from "@/lib/http/request-address";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { PreferredLocaleSchema, updatePreferredLocale } from "@/lib/users/update-preferred-locale";

export const savePreferredLocaleAction = defineAction({
  rule: { kind: "signedIn" },
  schema: PreferredLocaleSchema,
  run: ({ actor, input }) => updatePreferredLocale(actor, input),
  done: "account.languageSaved",
  // The account page again, in the language just chosen.
  goTo: ({ data }) => `/${data}/account`,
});

export const markReadAction = defineAction({
  rule: { kind: "signedIn" },
  schema: z.object({}),
  run: async ({ actor }) => {
    await markNotificationsRead(actor);
  },
  revalidate: [{ layout: "/[locale]" }],
});

/** A new password: every other session ends, this one is issued again under the new version. */
export const changePasswordAction = defineAction({
  rule: { kind: "signedIn" },
  schema: ChangePasswordSchema,
  run: async ({ actor, raw }) => {
    const { sessionVersion } = await changePassword(actor, raw);
    await reissueSessionCookie(sessionVersion);
  },
  done: "account.passwordChanged",
});

/** A new address is taken once the link sent to it is opened (lib/auth/account-settings.ts). */
export const changeEmailAction = defineAction({
  rule: { kind: "signedIn" },
  schema: ChangeEmailSchema,
  run: async ({ actor, raw }) => requestEmailChange(actor, raw, { address: await requestAddress() }),
  done: ({ email }) => ({ key: "account.emailSent", values: { email } }),
});
