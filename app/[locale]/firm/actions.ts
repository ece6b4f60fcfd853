"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError, formMessages } from "@/lib/errors";
import { currentEvent } from "@/lib/events/current-event";
import { profileFromForm } from "@/lib/firms/firm-profile-schema";
import { inviteColleague } from "@/lib/firms/invitations";
import { readLogo, type Logo } from "@/lib/firms/logo";
import { registerFirm, updateFirmProfile } from "@/lib/firms/save-firm-profile";
import type { ProfileFormResult } from "@/components/firms/firm-profile-form";

async function logoFrom(form: FormData): Promise<Logo | null> {
  const file = form.get("logo");
  if (!(file instanceof File) || file.size === 0) return null;
  return readLogo(new Uint8Array(await file.arrayBuffer()));
}

/** AppErrors become field messages; signed-out or forbidden callers get a form-level message. */
function asResult(e: unknown): ProfileFormResult {
  if (e instanceof AppError) return { ok: false, errors: formMessages(e) };
  throw e;
}

export async function registerFirmAction(form: FormData): Promise<ProfileFormResult> {
  try {
    const actor = await requireActor();
    const logo = await logoFrom(form);
    const event = await currentEvent();
    const { firmId } = await registerFirm(actor, profileFromForm(form), { eventId: event?.id, logo });
    revalidatePath("/[locale]/firm", "page");
    return { ok: true, firmId };
  } catch (e) {
    return asResult(e);
  }
}

export async function updateFirmAction(firmId: string, form: FormData): Promise<ProfileFormResult> {
  try {
    const actor = await requireActor();
    const logo = await logoFrom(form);
    await updateFirmProfile(actor, String(firmId), profileFromForm(form), logo);
    revalidatePath(`/[locale]/firms/${firmId}`, "page");
    return { ok: true, firmId };
  } catch (e) {
    return asResult(e);
  }
}

export type InviteResult = { ok: true; outcome: "sent"; email: string } | { ok: false; errors: Record<string, string> };

export async function inviteAction(firmId: string, form: FormData): Promise<InviteResult> {
  try {
    const actor = await requireActor();
    const email = String(form.get("email") ?? "");
    const outcome = await inviteColleague(actor, String(firmId), { email });
    revalidatePath("/[locale]/firm", "page");
    return { ok: true, outcome, email: email.trim().toLowerCase() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, errors: formMessages(e) };
    throw e;
  }
}
