"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { setInterest } from "@/lib/matching/interests";

/** Interest expressed from a firm's profile page; back to the profile, announcing a mutual match. */
export async function profileInterestAction(locale: string, toFirmId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/firms/${encodeURIComponent(toFirmId)}`;
  try {
    const { mutual } = await setInterest(actor, {
      fromFirmId: form.get("fromFirmId"),
      toFirmId,
      interested: form.get("interested"),
    });
    revalidatePath("/[locale]/firm/recommendations", "page");
    redirect(mutual ? `${back}?mutual=1` : `${back}?interest=saved`);
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED") redirect(`${back}?interest=error`);
    throw e;
  }
}
