"use server";
// The signed-in person's own account: signing up, their preferred language, marking updates read, reminders and
// the calendar subscription.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { signUp } from "@/lib/auth/sign-up";
import { SignUpSchema } from "@/lib/auth/sign-up-schema";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { PreferredLocaleSchema, updatePreferredLocale } from "@/lib/users/update-preferred-locale";
import { NotificationChoicesSchema, saveNotificationChoices } from "@/lib/reminders/settings";
import { resetFeedToken } from "@/lib/meetings/calendar-feed";

export const signUpAction = defineAction({
  rule: "anyone",
  schema: SignUpSchema,
  run: async ({ raw }) => {
    await signUp(raw);
  },
});

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
