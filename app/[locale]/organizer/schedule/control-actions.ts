"use server";
// The schedule page's controls around the scheduler: publish after the preview (refused if it changed since),
// undo the last publication, send the firms their untold changes now, and add the interpreter tables the capacity
// view proposes. Thin: lib/ does the work and the checks; the outcome comes back in the URL.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { publish, undoPublication, UndoRefused } from "@/lib/meetings/publication";
import { sendScheduleChangesNow } from "@/lib/meetings/schedule-changes";
import { addInterpreterTables } from "@/lib/event-setup/event-setup";
import { isLocale } from "@/lib/i18n/routing";

type Op = "publish" | "undo" | "sendChanges" | "addTables";
const text = (form: FormData, key: string) => (typeof form.get(key) === "string" ? (form.get(key) as string) : "");

export async function scheduleControlAction(locale: string, op: Op, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const back = `/${isLocale(locale) ? locale : "en"}/organizer/schedule`;
  let done: string;
  try {
    const event = await requireCurrentEvent();
    if (op === "publish") {
      const result = await publish(actor, event.id, {
        runId: text(form, "runId") || null,
        fingerprint: text(form, "fingerprint") || undefined,
      });
      done = `published&count=${result.placed}&firms=${result.firms}`;
    } else if (op === "undo") {
      const result = await undoPublication(actor, event.id, { publicationId: text(form, "publicationId") });
      done = `undone&count=${result.removed}&firms=${result.firms}`;
    } else if (op === "sendChanges") {
      const result = await sendScheduleChangesNow(actor, event.id);
      done = `changesSent&firms=${result.firms}`;
    } else {
      const added = await addInterpreterTables(actor, event.id, {
        pair: text(form, "pair"),
        count: Number(text(form, "count")),
      });
      done = `tablesAdded&count=${added.length}&pair=${encodeURIComponent(text(form, "pair"))}`;
    }
  } catch (e) {
    if (e instanceof UndoRefused)
      redirect(`${back}?undoRefused=${e.refusals.map((r) => r.reason).join("~")}#publication`);
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
      redirect(`${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.invalid")}`);
    throw e;
  }
  revalidatePath("/[locale]/organizer/schedule", "layout");
  redirect(`${back}?done=${done}`);
}
