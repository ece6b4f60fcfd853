"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { markMeeting, recordOutcome, seatStandby } from "@/lib/meetings/meeting-day";

type Op = "held" | "noShow" | "standby" | "outcome";

/** The day's buttons on an agenda item; the outcome comes back in the URL, at the agenda. */
export async function meetingDayAction(
  locale: string,
  firmId: string,
  meetingId: string,
  op: Op,
  form: FormData,
): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/agenda?firm=${encodeURIComponent(firmId)}`;
  try {
    if (op === "held" || op === "noShow") await markMeeting(actor, { meetingId, mark: op });
    if (op === "standby") await seatStandby(actor, { meetingId, firmId: String(form.get("standbyFirmId") ?? "") });
    if (op === "outcome")
      await recordOutcome(actor, {
        meetingId,
        rating: form.get("rating"),
        outcome: form.get("outcome"),
        comment: form.get("comment") ?? "",
      });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(`${back}&error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.forbidden")}`);
    throw e;
  }
  revalidatePath("/[locale]/agenda", "page");
  redirect(`${back}&done=${op}`);
}
