// The emails of the moments that matter, each in its recipient's language (their account's locale).
// Delivery never fails the action that caused it: a broken mail server is logged, the meeting still stands.
import { createTranslator } from "use-intl/core";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { deliver, type Mail } from "./mailer";
import { notify } from "./notifications";

export const EMAIL_KINDS = [
  "requestReceived",
  "requestAccepted",
  "requestDeclined",
  "meetingCancelled",
  "meetingMoved",
  "schedulePublished",
  "scheduleChanged",
  "scheduleWithdrawn",
  "tourPromoted",
  "consortiumInvitation",
  "onlineRequestReceived",
  "meetingRestored",
  "slotBooked",
  "onlineAsked",
  "onlineAgreed",
  "firmApproved",
  "firmRejected",
  // Reminders (lib/reminders) and the hourly digest of unread messages (lib/conversations/digest.ts).
  "meetingSoon",
  "meetingSoonOnline",
  "deadlineSoon",
  "eventTomorrow",
  "messageDigest",
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** Whether a stored mail's kind is one this version sends (the outbox names it then). */
export const isEmailKind = (kind: string): kind is EmailKind => (EMAIL_KINDS as readonly string[]).includes(kind);

export type Recipient = { id?: string; email: string; locale: string };

/** Everyone in a firm (administrators and attendees): requests and meetings concern the whole delegation. */
export async function firmRecipients(firmId: string): Promise<Recipient[]> {
  return (await recipientsOfFirms([firmId])).get(firmId) ?? [];
}

/** The people of several firms in one query, by firm (only their administrators with `adminsOnly`). */
export async function recipientsOfFirms(
  firmIds: readonly string[],
  { adminsOnly = false } = {},
): Promise<Map<string, Recipient[]>> {
  const members = await db.membership.findMany({
    where: { firmId: { in: [...firmIds] }, ...(adminsOnly ? { role: "FIRM_ADMIN" as const } : {}) },
    include: { user: { select: { id: true, email: true, locale: true } } },
  });
  const byFirm = new Map(firmIds.map((id) => [id, [] as Recipient[]]));
  for (const m of members) byFirm.get(m.firmId)?.push(m.user);
  return byFirm;
}

export async function userRecipient(userId: string): Promise<Recipient[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, locale: true } });
  return user ? [user] : [];
}

/** The public address for links in mail (no request to read it from): NEXTAUTH_URL. */
export function siteUrl(): string {
  return (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Sends `kind` to each recipient in their language. `params` may be a function of the locale, for values that
 * are themselves translated (a tour's title, a time in the event's zone).
 */
export async function sendEmails(
  recipients: Recipient[],
  kind: EmailKind,
  params: Record<string, string | number> | ((locale: string) => Record<string, string | number>),
  options: { link?: string; attachments?: (locale: string) => Promise<Mail["attachments"]> } = {},
): Promise<void> {
  for (const r of recipients) {
    const locale = isLocale(r.locale) ? r.locale : "en";
    const values = typeof params === "function" ? params(locale) : params;
    // The same news in the app, for whoever reads it there rather than in their mailbox.
    if (r.id) await notify(db, r.id, kind, values, options.link).catch(() => undefined);
    await mailOne(r, kind, values, { link: options.link, attachments: options.attachments, extra: undefined });
  }
}

/**
 * The email alone (its in-app notice, if any, was written by the caller, e.g. in a job's transaction), in the
 * recipient's language; `extra` is text after the body (a digest's list). A failure is logged, never thrown.
 */
export async function mailOne(
  r: Recipient,
  kind: EmailKind,
  values: Record<string, string | number>,
  options: { link?: string; attachments?: (locale: string) => Promise<Mail["attachments"]>; extra?: string } = {},
): Promise<void> {
  try {
    const locale = isLocale(r.locale) ? r.locale : "en";
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "email" });
    const link = options.link ? `\n\n${siteUrl()}/${locale}${options.link}` : "";
    const extra = options.extra ? `\n\n${options.extra}` : "";
    await deliver({
      to: r.email,
      locale,
      kind,
      subject: t(`${kind}.subject`, values),
      text: `${t(`${kind}.body`, values)}${extra}${link}\n\n— ${t("signature")}`,
      attachments: await options.attachments?.(locale),
    });
  } catch (e) {
    console.error(`email ${kind} to ${r.email} failed:`, e instanceof Error ? e.message : e);
  }
}
