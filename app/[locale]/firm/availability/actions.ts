"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { setUnavailability } from "@/lib/event-setup/availability";
import { setOpenSlots } from "@/lib/meetings/self-booking";

export async function saveAvailabilityAction(locale: string, firmId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/firm/availability?firm=${encodeURIComponent(firmId)}`;
  try {
    const event = await requireCurrentEvent();
    const unavailableSlotIds = form.getAll("unavailable").filter((v): v is string => typeof v === "string");
    await setUnavailability(actor, firmId, event.id, { unavailableSlotIds });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED") redirect(`${back}&error=1`);
    throw e;
  }
  revalidatePath("/[locale]/firm/availability", "page");
  redirect(`${back}&saved=1`);
}

export async function saveOpenSlotsAction(locale: string, firmId: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  const back = `/${locale}/firm/availability?firm=${encodeURIComponent(firmId)}`;
  try {
    const event = await requireCurrentEvent();
    const openSlotIds = form.getAll("open").filter((v): v is string => typeof v === "string");
    await setOpenSlots(actor, firmId, event.id, { openSlotIds });
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED") redirect(`${back}&error=1`);
    throw e;
  }
  revalidatePath("/[locale]/firm/availability", "page");
  redirect(`${back}&openSaved=1`);
}
