// The firm's conversations: one per firm it has a request, a mutual match or a meeting with, newest first,
// with the reader's unread count; then the mutual matches it may start one with.
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { conversationsOf } from "@/lib/conversations/conversations";
import { firmsOfActor } from "@/lib/firms/firms-of-user";
import { selectedFirmId } from "@/lib/firms/selected-firm";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { FirmName } from "@/components/firms/firm-name";
import { OpenConversationButton } from "@/components/messages/open-conversation-button";

const chip = "rounded-full px-2 py-0.5 text-xs font-semibold";

export default async function MessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ firm?: string }>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/messages`);
  const t = await getTranslations("messages");
  const raw = await searchParams;
  const firmId = selectedFirmId(actor, raw.firm);
  const [firms, list] = await Promise.all([firmsOfActor(actor), firmId ? conversationsOf(actor, firmId) : null]);
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <p className="rounded-lg bg-slate-100 p-3 text-sm text-slate-700" data-testid="organizers-note">
        {t("organizersNote")}
      </p>
      {firms.length > 1 ? (
        <nav aria-label={t("chooseFirm")} className="flex flex-wrap gap-2">
          {firms.map((f) => (
            <Link
              key={f.id}
              href={`/messages?firm=${f.id}`}
              aria-current={f.id === firmId ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold"
            >
              <FirmName firm={f} locale={locale} />
            </Link>
          ))}
        </nav>
      ) : null}
      {!list || list.threads.length === 0 ? <p className="rounded-lg bg-white p-4">{t("none")}</p> : null}
      {list && list.threads.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" data-testid="threads">
          {list.threads.map((thread) => (
            <li key={thread.id}>
              <Link href={`/messages/${thread.id}`} className="block p-4 hover:bg-slate-50" data-testid="thread-link">
                <span className="flex flex-wrap items-center gap-2">
                  <FirmName firm={thread.other} locale={locale} className="font-semibold" testId="thread-firm" />
                  {thread.unread > 0 ? (
                    <span className={`${chip} bg-accent-600 text-white`} data-testid="thread-unread">
                      {t("unread", { count: thread.unread })}
                    </span>
                  ) : null}
                  {thread.blockState !== "none" ? (
                    <span className={`${chip} bg-slate-200 text-slate-800`}>
                      {thread.blockState === "mute" ? t("muted") : t("blocked")}
                    </span>
                  ) : null}
                </span>
                {thread.last ? (
                  <span className="mt-1 block truncate text-sm text-slate-600" lang={thread.last.locale}>
                    {thread.last.senderName}: {thread.last.body}
                  </span>
                ) : (
                  <span className="mt-1 block text-sm text-slate-600">{t(`origin.${thread.origin}`)}</span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {firmId && list && list.startable.length > 0 ? (
        <Card title={t("startTitle")}>
          <ul className="space-y-2">
            {list.startable.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2">
                <FirmName firm={f} locale={locale} />
                <OpenConversationButton firmId={firmId} otherFirmId={f.id} label={t("start")} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
