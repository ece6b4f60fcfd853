"use server";
// A firm's profile and team: registering a firm, editing its profile, inviting colleagues.
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { currentEvent } from "@/lib/events/current-event";
import { FirmProfileSchema, profileFromForm } from "@/lib/firms/firm-profile-schema";
import { InviteSchema, inviteColleague } from "@/lib/firms/invitations";
import { readLogo } from "@/lib/firms/logo";
import { registerFirm, updateFirmProfile } from "@/lib/firms/save-firm-profile";
import { Id } from "@/lib/validation/form-input";

/** The uploaded logo, if one was chosen: checked by its bytes (readLogo). */
const LogoFile = z.instanceof(File).optional();
async function logoOf(file: File | undefined) {
  return file && file.size > 0 ? readLogo(new Uint8Array(await file.arrayBuffer())) : null;
}
/** The profile form's fields (rows such as contacts.0.email included) and its logo. */
const profileForm = (form: FormData) => ({
  ...profileFromForm(form),
  firmId: form.get("firmId"),
  logo: form.get("logo") ?? undefined,
});

export const registerFirmAction = defineAction({
  rule: { kind: "signedIn" },
  schema: z.intersection(FirmProfileSchema, z.object({ logo: LogoFile })),
  fromForm: profileForm,
  run: async ({ actor, raw, input }) => {
    const event = await currentEvent();
    return registerFirm(actor, { profile: raw, eventId: event?.id, logo: await logoOf(input.logo) });
  },
  revalidate: [{ page: "/[locale]/firm" }],
  goTo: ({ locale }) => `/${locale}/firm`,
});

export const updateFirmAction = defineAction({
  rule: (input) => ({ kind: "firmAdminOrOrganizer", firmId: input.firmId }),
  schema: z.intersection(FirmProfileSchema, z.object({ firmId: Id, logo: LogoFile })),
  fromForm: profileForm,
  run: async ({ actor, raw, input }) => {
    await updateFirmProfile(actor, { firmId: input.firmId, profile: raw, logo: await logoOf(input.logo) });
  },
  done: "profileForm.saved",
  revalidate: [{ page: "/[locale]/firms/[id]" }, { page: "/[locale]/firm" }],
});

export const inviteAction = defineAction({
  rule: (input) => ({ kind: "firmAdmin", firmId: input.firmId }),
  schema: InviteSchema,
  run: async ({ actor, input }) => ({ outcome: await inviteColleague(actor, input), email: input.email }),
  done: ({ outcome, email }) => ({ key: outcome === "joined" ? "myFirm.joined" : "myFirm.invited", values: { email } }),
  revalidate: [{ page: "/[locale]/firm" }],
});
