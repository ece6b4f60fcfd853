"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { setInterest } from "@/lib/matching/interests";

/** Interested / not interested / undo on a recommendation; a new mutual match is announced on the page. */
export async function interestAction(locale: string, fromFirmId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const toFirmId = String(form.get("toFirmId") ?? "");
  const back = `/${locale}/firm/recommendations?firm=${encodeURIComponent(fromFirmId)}`;
  try {
    const { mutual } = await setInterest(actor, {
      fromFirmId,
      toFirmId,
      interested: form.get("interested"),
      reason: form.get("reason"),
    });
    revalidatePath("/[locale]/firm/recommendations", "page");
    redirect(mutual ? `${back}&mutual=${encodeURIComponent(toFirmId)}` : back);
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(`${back}&error=${e.code === "FORBIDDEN" ? "forbidden" : e.code === "BUSY" ? "busy" : "invalid"}`);
    throw e;
  }
}
