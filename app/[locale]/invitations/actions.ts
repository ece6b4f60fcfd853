"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { respondToInvitation } from "@/lib/firms/invitations";
import { isLocale } from "@/lib/i18n/routing";

/** The invited person accepts or declines (lib/firms/invitations.ts decides who may). */
export async function respondToInvitationAction(locale: string, form: FormData): Promise<void> {
  const l = isLocale(locale) ? locale : "en";
  let outcome: string;
  try {
    const actor = await requireActor();
    const { firmId, response } = await respondToInvitation(actor, {
      invitationId: form.get("invitationId"),
      response: form.get("response"),
    });
    revalidatePath("/[locale]/firm", "page");
    outcome = response === "accept" ? `accepted=${encodeURIComponent(firmId)}` : "declined=1";
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // Signed out meanwhile: the page sends the visitor on to sign in and back.
    outcome = "error=1";
  }
  redirect(`/${l}/invitations?${outcome}`);
}
