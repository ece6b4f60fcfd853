"use server";
// The signed-in person's own account: their preferred language, marking updates read, a new password, a new
// email address, reminders and the calendar subscription. (Signing up, verifying, forgotten passwords:
// actions/auth.ts.)
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
import { NotificationChoicesSchema, saveNotificationChoices } from "@/lib/reminders/settings";
import { resetFeedToken } from "@/lib/meetings/calendar-feed";

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

/** Reminder kinds and the message digest, on or off (the account page). */
export const saveNotificationsAction = defineAction({
  rule: { kind: "signedIn" },
  schema: NotificationChoicesSchema,
  run: ({ actor, input }) => saveNotificationChoices(actor, input),
  done: "account.notificationsSaved",
  revalidate: [{ page: "/[locale]/account" }],
});

/** A new calendar subscription address; the old one answers 404 from now on. */
export const resetCalendarAction = defineAction({
  rule: { kind: "signedIn" },
  schema: z.object({}),
  run: async ({ actor }) => {
    await resetFeedToken(actor);
  },
  done: "account.calendarWasReset",
  revalidate: [{ page: "/[locale]/account" }],
});
