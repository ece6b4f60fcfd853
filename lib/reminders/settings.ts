// What each person wants to be told: each reminder kind on or off, the 15-minute reminder also by email, and
// the hourly digest of unread messages. No row means the defaults.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

export type NotificationChoices = {
  remindDeadline: boolean;
  remindEventDay: boolean;
  remindMeeting: boolean;
  remindMeetingEmail: boolean;
  messageDigest: boolean;
};

export const DEFAULT_CHOICES: NotificationChoices = {
  remindDeadline: true,
  remindEventDay: true,
  remindMeeting: true,
  remindMeetingEmail: false,
  messageDigest: true,
};

const pick = (row: NotificationChoices): NotificationChoices => ({
  remindDeadline: row.remindDeadline,
  remindEventDay: row.remindEventDay,
  remindMeeting: row.remindMeeting,
  remindMeetingEmail: row.remindMeetingEmail,
  messageDigest: row.messageDigest,
});

export async function choicesOf(userIds: readonly string[]): Promise<Map<string, NotificationChoices>> {
  const rows = await db.notificationSettings.findMany({ where: { userId: { in: [...userIds] } } });
  const byUser = new Map(rows.map((r) => [r.userId, pick(r)]));
  return new Map(userIds.map((id) => [id, byUser.get(id) ?? DEFAULT_CHOICES]));
}

export async function myNotificationChoices(actor: Actor): Promise<NotificationChoices> {
  return (await choicesOf([actor.userId])).get(actor.userId)!;
}

/** Each switch; a form sends a checkbox only when it is ticked (absent is off: lib/actions/form-data.ts). */
export const NotificationChoicesSchema = z.object({
  remindDeadline: z.boolean({ error: "errors.invalid" }),
  remindEventDay: z.boolean({ error: "errors.invalid" }),
  remindMeeting: z.boolean({ error: "errors.invalid" }),
  remindMeetingEmail: z.boolean({ error: "errors.invalid" }),
  messageDigest: z.boolean({ error: "errors.invalid" }),
}) satisfies z.ZodType<NotificationChoices>;

/** The person's own choices, nobody else's. */
export async function saveNotificationChoices(
  actor: Actor,
  options: z.input<typeof NotificationChoicesSchema>,
): Promise<NotificationChoices> {
  const parsed = NotificationChoicesSchema.safeParse(options);
  if (!parsed.success) throw new AppError("INVALID_INPUT", "invalid settings", { form: "errors.invalid" });
  await db.notificationSettings.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, ...parsed.data },
    update: parsed.data,
  });
  return parsed.data;
}
