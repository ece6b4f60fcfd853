"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { actOnMeetingRequest, createMeetingRequest } from "@/lib/meetings/meeting-requests";
import { bookOpenSlot } from "@/lib/meetings/self-booking";

export type RequestFormResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function requestMeetingAction(toFirmId: string, form: FormData): Promise<RequestFormResult> {
  try {
    const actor = await requireActor();
    const event = await requireCurrentEvent();
    await createMeetingRequest(actor, event.id, {
      fromFirmId: form.get("fromFirmId"),
      toFirmId,
      priority: form.get("priority"),
      message: form.get("message") ?? "",
    });
    revalidatePath("/[locale]/firm/meetings", "page");
    return { ok: true };
  } catch (e) {
    if (e instanceof AppError)
      return {
        ok: false,
        errors: Object.keys(e.fields).length
          ? e.fields
          : { form: e.code === "UNAUTHENTICATED" ? "errors.signInFirst" : "errors.forbidden" },
      };
    throw e;
  }
}

/** Accept, decline, withdraw or cancel, from the meetings page; the outcome comes back in the URL. */
export async function actOnRequestAction(locale: string, firmId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/firm/meetings?firm=${encodeURIComponent(firmId)}`;
  let outcome: string;
  let undo = "";
  try {
    const result = await actOnMeetingRequest(actor, { requestId: form.get("requestId"), action: form.get("action") });
    outcome = result.status;
    if (result.undoId) undo = `&undo=${encodeURIComponent(result.undoId)}`;
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(`${back}&error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.meetings.notNow")}`);
    throw e;
  }
  revalidatePath("/[locale]/firm/meetings", "page");
  redirect(`${back}&done=${outcome}${undo}`);
}

/** Books one of another firm's open slots; back on its profile with the table, or why it could not be. */
export async function bookSlotAction(locale: string, toFirmId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/firms/${encodeURIComponent(toFirmId)}`;
  let table: number | "online";
  try {
    const event = await requireCurrentEvent();
    const booked = await bookOpenSlot(actor, event.id, {
      fromFirmId: form.get("fromFirmId"),
      toFirmId,
      slotId: form.get("slotId"),
      online: form.get("online"),
    });
    table = booked.tableNumber ?? "online";
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(`${back}?bookError=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.forbidden")}#book`);
    throw e;
  }
  revalidatePath("/[locale]/agenda", "page");
  redirect(`${back}?booked=${table}#book`);
}

/** One click from a mutual match: a "would like to meet" request, then the meetings page says what happened. */
export async function requestFromMatchAction(locale: string, fromFirmId: string, toFirmId: string): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/firm/meetings?firm=${encodeURIComponent(fromFirmId)}`;
  try {
    const event = await requireCurrentEvent();
    await createMeetingRequest(actor, event.id, { fromFirmId, toFirmId, priority: "WOULD_LIKE" });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED")
      redirect(`${back}&error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.forbidden")}`);
    throw e;
  }
  revalidatePath("/[locale]/firm/meetings", "page");
  redirect(`${back}&done=PENDING`);
}
