"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { updatePreferredLocale } from "@/lib/users/update-preferred-locale";
import { saveNotificationChoices } from "@/lib/reminders/settings";
import { resetFeedToken } from "@/lib/meetings/calendar-feed";

export async function savePreferredLocale(currentLocale: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  let saved: string;
  try {
    saved = await updatePreferredLocale(actor, { locale: form.get("locale") });
  } catch (e) {
    if (e instanceof AppError && (e.code === "INVALID_INPUT" || e.code === "BUSY"))
      redirect(`/${currentLocale}/account?error=${e.code === "BUSY" ? "busy" : "locale"}`);
    throw e;
  }
  redirect(`/${saved}/account?saved=1`);
}

/** Reminder kinds and the message digest, on or off. */
export async function saveNotificationsAction(locale: string, form: FormData): Promise<void> {
  const actor = await requireActor();
  try {
    await saveNotificationChoices(actor, {
      remindDeadline: form.get("remindDeadline"),
      remindEventDay: form.get("remindEventDay"),
      remindMeeting: form.get("remindMeeting"),
      remindMeetingEmail: form.get("remindMeetingEmail"),
      messageDigest: form.get("messageDigest"),
    });
  } catch (e) {
    if (e instanceof AppError && (e.code === "INVALID_INPUT" || e.code === "BUSY"))
      redirect(`/${locale}/account?notificationsError=${e.code === "BUSY" ? "busy" : "invalid"}#notifications`);
    throw e;
  }
  redirect(`/${locale}/account?notificationsSaved=1#notifications`);
}

/** A new calendar subscription address; the old one answers 404 from now on. */
export async function resetCalendarAction(locale: string): Promise<void> {
  const actor = await requireActor();
  await resetFeedToken(actor);
  redirect(`/${locale}/account?calendarReset=1#calendar`);
}
