"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/guards";
import { markNotificationsRead } from "@/lib/notifications/notifications";

export async function markReadAction(locale: string): Promise<void> {
  const actor = await requireActor();
  await markNotificationsRead(actor);
  revalidatePath("/[locale]", "layout");
  redirect(`/${locale}/notifications`);
}
