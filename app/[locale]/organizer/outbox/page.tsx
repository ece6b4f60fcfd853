import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { readOutbox } from "@/lib/notifications/mailer";
import { formatDateTime } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";

/** What the app sent by email when no SMTP server is configured: the demo's and the tests' mailbox. */
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale, `/${locale}/organizer/outbox`);
  const t = await getTranslations("outbox");
  const event = await currentEvent();
  const zone = event?.timeZone ?? "UTC";
  const mails = process.env.SMTP_URL ? [] : await readOutbox(200);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={process.env.SMTP_URL ? t("smtp") : t("intro")} />
      {mails.length === 0 ? <p className="rounded-lg bg-white p-4">{t("empty")}</p> : null}
      <ul className="space-y-2" data-testid="outbox">
        {mails.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <details>
              <summary className="min-h-11 cursor-pointer">
                <span className="font-semibold">{m.subject}</span>
                <span className="block text-sm text-slate-600">
                  {t("to", { to: m.to })} · {m.locale} · {formatDateTime(new Date(m.createdAt), zone, locale)}
                  {m.attachments.length ? ` · ${t("attachments", { files: m.attachments.join(", ") })}` : ""}
                </span>
              </summary>
              <pre className="mt-2 whitespace-pre-wrap break-words text-sm">{m.text}</pre>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
