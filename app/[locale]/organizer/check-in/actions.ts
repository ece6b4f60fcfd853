"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { checkIn, checkInPerson } from "@/lib/check-in/check-in";

export async function checkInAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const back = `/${locale}/organizer/check-in`;
  const code = String(form.get("code") ?? "");
  let query: string;
  try {
    const event = await requireCurrentEvent();
    const result = await checkIn(actor, event.id, code);
    query = `done=${result.already ? "already" : "in"}&code=${encodeURIComponent(code)}`;
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
      redirect(
        `${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.invalid")}&code=${encodeURIComponent(code)}`,
      );
    throw e;
  }
  redirect(`${back}?${query}`);
}

/** Check-in by name (for whoever has no badge with them): the person found by the name search, by id. */
export async function checkInByNameAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "organizer" });
  const back = `/${locale}/organizer/check-in`;
  const userId = String(form.get("userId") ?? "");
  const name = String(form.get("name") ?? "");
  let query: string;
  try {
    const event = await requireCurrentEvent();
    const result = await checkInPerson(actor, event.id, userId);
    query = `done=${result.already ? "already" : "in"}&person=${encodeURIComponent(userId)}&name=${encodeURIComponent(name)}`;
  } catch (e) {
    if (e instanceof AppError && e.code !== "UNAUTHENTICATED" && e.code !== "FORBIDDEN")
      redirect(
        `${back}?error=${encodeURIComponent(Object.values(e.fields)[0] ?? "errors.invalid")}&name=${encodeURIComponent(name)}`,
      );
    throw e;
  }
  redirect(`${back}?${query}`);
}
