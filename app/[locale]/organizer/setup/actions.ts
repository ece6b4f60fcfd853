"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { addSession, removeSession, saveMatchingSettings, setTables } from "@/lib/event-setup/event-setup";

type Step = "session" | "tables" | "settings" | "remove";

/** One action for the set-up page's forms; the outcome (or the field in error) comes back in the URL. */
export async function setupAction(locale: string, step: Step, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const back = `/${locale}/organizer/setup`;
  const get = (k: string) => (typeof form.get(k) === "string" ? (form.get(k) as string) : undefined);
  try {
    const event = await requireCurrentEvent();
    if (step === "session")
      await addSession(actor, event.id, {
        name: get("name"),
        date: get("date"),
        start: get("start"),
        end: get("end"),
        slotMinutes: get("slotMinutes"),
        breakMinutes: get("breakMinutes") || 0,
      });
    if (step === "tables")
      await setTables(actor, event.id, {
        count: get("count"),
        interpreterTables: get("interpreterTables") ?? "",
        interpreter: get("interpreter"),
      });
    if (step === "settings")
      await saveMatchingSettings(actor, event.id, {
        deadlineDate: get("deadlineDate") ?? "",
        deadlineTime: get("deadlineTime") ?? "",
        meetingCapPerFirm: get("meetingCapPerFirm") ?? "",
        selfBooking: form.get("selfBooking") === "on",
        onlineMeetings: form.get("onlineMeetings") === "on",
      });
    if (step === "remove") await removeSession(actor, get("sessionId") ?? "");
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN") {
      const [field, key] = Object.entries(e.fields)[0] ?? ["form", "errors.invalid"];
      redirect(`${back}?step=${step}&field=${encodeURIComponent(field)}&error=${encodeURIComponent(key)}`);
    }
    throw e;
  }
  revalidatePath("/[locale]/organizer/setup", "page");
  redirect(`${back}?saved=${step}`);
}
