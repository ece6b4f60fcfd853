// Messages to a person in the app, in their language: stored as a kind and parameters, rendered with the
// reader's messages (notifications.<kind>), so a Japanese attendee reads Japanese whoever caused it.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { EmailKind } from "./emails";

/** Tour notices are stored with the tour's titles (rendered in the reader's language); the others carry the
 * values of the email of the same kind, already in the recipient's language. */
export type NotificationKind = "tourPromoted" | "tourApproved" | "tourDeclined" | EmailKind;
export const TOUR_NOTICES = new Set<string>(["tourPromoted", "tourApproved", "tourDeclined"]);
export type TourNoticeKind = "tourPromoted" | "tourApproved" | "tourDeclined";

/** Tour news has its own message (notifications.<kind>); every other kind reads as its email's subject. */
export const isTourNotice = (kind: NotificationKind): kind is TourNoticeKind => TOUR_NOTICES.has(kind);

export async function notify(
  tx: Prisma.TransactionClient,
  userId: string,
  kind: NotificationKind,
  params: Record<string, string | number>,
  link = "",
): Promise<void> {
  await tx.notification.create({ data: { userId, kind, params: JSON.stringify(params), link } });
}

/** How many of the actor's notifications are unread (the count in the header). */
export async function unreadCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** The actor's latest notifications, newest first, with their parameters read back. */
export async function notificationsOf(actor: Actor, take = 20) {
  const rows = await db.notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((n) => ({
    ...n,
    kind: n.kind as NotificationKind,
    params: JSON.parse(n.params) as Record<string, string | number>,
  }));
}

export async function markNotificationsRead(actor: Actor, now = new Date()): Promise<void> {
  await db.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: now } });
}
