import { getTranslations } from "next-intl/server";
import { currentEvent } from "@/lib/events/current-event";
import { FirmListQuery, listParticipatingFirms } from "@/lib/firms/list-participating-firms";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function FirmsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("firms");
  const common = await getTranslations("common");
  const event = await currentEvent();
  const raw = await searchParams;
  const query = FirmListQuery.parse({ q: first(raw.q), country: first(raw.country) || undefined, page: first(raw.page) });
  const eventName = event ? localized(event, "name", locale) : "";
  const { total, firms, pages } = event ? await listParticipatingFirms(event.id, query) : { total: 0, firms: [], pages: 1 };

  const pageHref = (page: number) => {
    const p = new URLSearchParams();
    if (query.q) p.set("q", query.q);
    if (query.country) p.set("country", query.country);
    p.set("page", String(page));
    return `/firms?${p.toString()}`;
  };

  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle", { count: total, event: eventName })} />
      <form method="get" className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder={t("searchPlaceholder")}
            className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="country" className="block text-sm font-medium">
            {t("countryFilter")}
          </label>
          <select id="country" name="country" defaultValue={query.country ?? ""} className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2">
            <option value="">{t("allCountries")}</option>
            {(["VN", "JP", "OTHER"] as const).map((c) => (
              <option key={c} value={c}>
                {common(`country.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
      </form>

      {firms.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700">{t("empty")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {t("resultsFor", { count: total })}
          </p>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="firm-list">
            {firms.map((firm) => (
              <li key={firm.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                  {common(`country.${firm.country}`)} · {firm.city}
                </p>
                <h2 className="mt-1 font-semibold text-slate-900">{firm.nameLocal}</h2>
                {firm.nameLocal !== firm.nameEn ? <p className="text-sm text-slate-600">{firm.nameEn}</p> : null}
                <p className="mt-2 text-sm text-slate-600">{common(`employeeBand.${firm.employeeBand}`)}</p>
                {firm.sectors.length > 0 ? (
                  <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("sectors")}>
                    {firm.sectors.map(({ sector }) => (
                      <li key={sector.code} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-800">
                        {localized(sector, "label", locale)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={common("pageOf", { page: query.page, pages })} className="mt-6 flex items-center justify-between gap-2">
              {query.page > 1 ? (
                <Link href={pageHref(query.page - 1)} className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2">
                  {common("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-slate-600">{common("pageOf", { page: query.page, pages })}</span>
              {query.page < pages ? (
                <Link href={pageHref(query.page + 1)} className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2">
                  {common("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
