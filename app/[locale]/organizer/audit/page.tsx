import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { auditLogView } from "@/lib/audit/audit-log";
import { AUDIT_CATEGORY_NAMES, describeEntry } from "@/lib/audit/describe";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { DownloadLink } from "@/components/ui/download-link";

type Search = { who?: string; what?: string; from?: string; to?: string; page?: string };

/** Who changed what, when: names, times in the event's zone and the change in words; filtered, paged, exported. */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/audit`);
  const sp = await searchParams;
  const t = await getTranslations("audit");
  const event = await currentEvent();
  const zone = event?.timeZone ?? "UTC";
  const filter = { who: sp.who, what: sp.what, from: sp.from, to: sp.to, page: Number(sp.page) || 1 };
  const log = await auditLogView(actor, filter, zone);
  const rows = log.rows.map((r) => ({
    id: r.id,
    ...describeEntry(r, {
      lookup: log.lookup,
      t: (k, v) => t(k, v),
      locale,
      timeZone: zone,
      body: log.bodyOf(r.actorId, locale),
    }),
  }));
  const query = (extra: Record<string, string>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ who: sp.who, what: sp.what, from: sp.from, to: sp.to, ...extra }))
      if (v) p.set(k, v);
    return p.toString();
  };
  const input = "rounded-lg border border-slate-300 px-2 py-2";
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={`${t("intro")} ${event ? zoneLabel(event.startsAt, zone) : ""}`}>
        <DownloadLink href={`/api/organizer/audit?${query({ locale })}`}>{t("filter.export")}</DownloadLink>
      </PageHeader>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-3">
        <label className="text-sm">
          <span className="block font-medium">{t("filter.who")}</span>
          <select name="who" defaultValue={sp.who ?? ""} className={input}>
            <option value="">{t("filter.anyone")}</option>
            {log.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filter.what")}</span>
          <select name="what" defaultValue={sp.what ?? ""} className={input}>
            <option value="">{t("filter.anything")}</option>
            {AUDIT_CATEGORY_NAMES.map((c) => (
              <option key={c} value={c}>
                {t(`filter.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filter.from")}</span>
          <input type="date" name="from" defaultValue={sp.from ?? ""} className={input} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("filter.to")}</span>
          <input type="date" name="to" defaultValue={sp.to ?? ""} className={input} />
        </label>
        <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
          {t("filter.apply")}
        </button>
        <span className="text-sm text-slate-600" data-testid="audit-count">
          {t("filter.count", { count: log.total })}
        </span>
      </form>
      {rows.length === 0 ? <p className="rounded-lg bg-white p-4">{t("empty")}</p> : null}
      {rows.length > 0 ? (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="audit">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="p-2">
                  {t("col.when")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.who")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.what")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.details")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 align-top">
                  <td className="whitespace-nowrap p-2">{e.when}</td>
                  <td className="p-2">{e.who}</td>
                  <td className="p-2">{e.what}</td>
                  <td className="p-2 text-slate-700">{e.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {log.pages > 1 ? (
        <nav className="flex items-center gap-3" aria-label={t("title")}>
          {log.page > 1 ? (
            <Link
              href={`/organizer/audit?${query({ page: String(log.page - 1) })}`}
              className="text-brand-800 underline"
            >
              ←
            </Link>
          ) : null}
          <span className="text-sm">
            {log.page} / {log.pages}
          </span>
          {log.page < log.pages ? (
            <Link
              href={`/organizer/audit?${query({ page: String(log.page + 1) })}`}
              className="text-brand-800 underline"
            >
              →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
