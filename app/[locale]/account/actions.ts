"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { updatePreferredLocale } from "@/lib/users/update-preferred-locale";

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
