"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { requireCurrentEvent } from "@/lib/events/current-event";
import { checkIn } from "@/lib/check-in/check-in";

export async function checkInAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor({ kind: "onsite" });
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
