import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { searchOutbox } from "@/lib/notifications/outbox";
import { isEmailKind } from "@/lib/notifications/emails";
import { formatDateTime } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";

/** What the app sent by email when no SMTP server is configured: searchable by recipient and kind, paged. */
export default async function OutboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; kind?: string; page?: string }>;
}) {
  const locale = await pageLocale(params);
  await requireOrganizer(locale, `/${locale}/organizer/outbox`);
  const t = await getTranslations("outbox");
  const sp = await searchParams;
  const event = await currentEvent();
  const zone = event?.timeZone ?? "UTC";
  const found = process.env.SMTP_URL
    ? null
    : await searchOutbox({ q: sp.q, kind: sp.kind, page: Number(sp.page) || 1, pageSize: 50 });
  const mails = found?.mails ?? [];
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (sp.q) p.set("q", sp.q);
    if (sp.kind) p.set("kind", sp.kind);
    p.set("page", String(page));
    return `/organizer/outbox?${p}`;
  };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={process.env.SMTP_URL ? t("smtp") : t("intro")} />
      {found ? (
        <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3">
          <label className="text-sm">
            <span className="block font-medium">{t("search")}</span>
            <input name="q" defaultValue={sp.q ?? ""} className="rounded-lg border border-slate-300 px-2 py-2" />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("kind")}</span>
            <select name="kind" defaultValue={sp.kind ?? ""} className="rounded-lg border border-slate-300 px-2 py-2">
              <option value="">{t("allKinds")}</option>
              {found.kinds.map((k) => (
                <option key={k} value={k}>
                  {isEmailKind(k) ? t(`kinds.${k}`) : k}
                </option>
              ))}
            </select>
          </label>
          <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
            {t("apply")}
          </button>
          <span className="text-sm text-slate-600" data-testid="outbox-count">
            {t("count", { shown: found.total, all: found.all })}
          </span>
        </form>
      ) : null}
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
      {found && found.pages > 1 ? (
        <nav className="flex items-center gap-3" aria-label={t("pages")}>
          {found.page > 1 ? (
            <Link href={query(found.page - 1)} className="inline-flex min-h-11 items-center text-brand-800 underline">
              ←
            </Link>
          ) : null}
          <span className="text-sm">
            {found.page} / {found.pages}
          </span>
          {found.page < found.pages ? (
            <Link href={query(found.page + 1)} className="inline-flex min-h-11 items-center text-brand-800 underline">
              →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
