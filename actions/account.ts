"use server";
// The signed-in person's own account: signing up, their preferred language, marking updates read.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { signUp } from "@/lib/auth/sign-up";
import { SignUpSchema } from "@/lib/auth/sign-up-schema";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { PreferredLocaleSchema, updatePreferredLocale } from "@/lib/users/update-preferred-locale";

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
