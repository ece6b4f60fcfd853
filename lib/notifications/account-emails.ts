// The emails about a person's own account (verify an address, reset a password, an invitation, a sign-in
// notice), in the recipient's language. Unlike the event's emails (emails.ts) they are not copied into the
// in-app notifications: a link in them may open the account, and it goes to the mailbox only.
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { deliver } from "./mailer";
import { siteUrl } from "./emails";

export type AccountEmailKind =
  | "verifyEmail"
  | "confirmNewEmail"
  | "emailChangeRequested"
  | "signUpExisting"
  | "passwordReset"
  | "passwordChanged"
  | "signInFailures"
  | "firmInvitation"
  | "firmAdminInvitation"
  | "staffInvitationAdmin"
  | "staffInvitationVetting"
  | "staffInvitationOnsite";

/**
 * Sends one account email. `path` (without the locale) becomes a link in the recipient's language; `secret`
 * marks it as opening the account (kept out of the outbox summary). Delivery problems are logged, never thrown:
 * the answer a person gets must not depend on whether mail went out (it would tell who has an account). Returns
 * whether it went out, for callers that show it to an organizer (an invitation that bounced).
 */
export async function sendAccountEmail(options: {
  to: string;
  locale: string;
  kind: AccountEmailKind;
  params?: Record<string, string | number>;
  path?: string;
  secret?: boolean;
}): Promise<boolean> {
  const { to, kind, params = {}, path, secret = false } = options;
  try {
    const locale = isLocale(options.locale) ? options.locale : "en";
    const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "email" });
    const link = path ? `${siteUrl()}/${locale}${path}` : "";
    await deliver({
      to,
      locale,
      kind,
      subject: t(`${kind}.subject`, params),
      text: `${t(`${kind}.body`, params)}${link ? `\n\n${link}` : ""}\n\n— ${t("signature")}`,
      secrets: secret && link ? [link] : [],
    });
    return true;
  } catch (e) {
    console.error(`email ${kind} failed:`, e instanceof Error ? e.message : e);
    return false;
  }
}
