// The directory's sections: the search form (everything in the URL, so a search can be shared) and the results
// with their pages.
import { getTranslations } from "next-intl/server";
import { CollapsibleFilters } from "@/components/firms/collapsible-filters";
import { FirmCard } from "@/components/firms/firm-card";
import { directoryParams, LANGUAGE_FILTERS, SORTS, type DirectoryQuery } from "@/lib/firms/directory-query";
import { CERTIFICATIONS, COUNTRIES, EMPLOYEE_BANDS } from "@/lib/enums";
import type { searchDirectory } from "@/lib/firms/search-directory";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { TaxonomyTree } from "@/lib/taxonomy/taxonomy-tree";
import type { z } from "zod";

type Query = z.output<typeof DirectoryQuery>;
const selectClass = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";

export async function DirectorySearch({
  query,
  taxonomy,
  event,
  locale,
}: {
  query: Query;
  taxonomy: TaxonomyTree;
  event: { nameEn: string; nameJa: string; nameVi: string } | null;
  locale: AppLocale;
}) {
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  // Filters set (not the text search or the order): on a phone, the filter panel starts open when there are any.
  const activeFilters = [query.country, query.sector, query.capability, query.size, query.cert, query.lang].filter(
    Boolean,
  ).length;
  return (
    <form method="get" role="search" className="mb-6 space-y-3 rounded-xl border border-slate-200 bg-white p-4">
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
          aria-describedby="q-hint"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2"
        />
        <p id="q-hint" className="mt-1 text-sm text-slate-600">
          {t("searchHint")}
        </p>
      </div>
      <CollapsibleFilters label={t("filtersButton", { count: activeFilters })} active={activeFilters}>
        <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{t("filters")}</legend>
          <Select
            id="country"
            label={t("country")}
            value={query.country}
            any={common("any")}
            options={COUNTRIES.map((c) => [c, common(`country.${c}`)])}
          />
          <Select
            id="sector"
            label={t("sector")}
            value={query.sector}
            any={common("any")}
            options={taxonomy.ordered("SECTOR").map(({ node }) => [node.code, localized(node, "label", locale)])}
          />
          <Select
            id="capability"
            label={t("capability")}
            value={query.capability}
            any={common("any")}
            options={taxonomy
              .ordered("CAPABILITY")
              .map(({ node, depth }) => [
                node.code,
                `${"\u00a0\u00a0".repeat(depth)}${localized(node, "label", locale)}`,
              ])}
          />
          <Select
            id="size"
            label={t("size")}
            value={query.size}
            any={common("any")}
            options={EMPLOYEE_BANDS.map((b) => [b, common(`employeeBand.${b}`)])}
          />
          <Select
            id="cert"
            label={t("certification")}
            value={query.cert}
            any={common("any")}
            options={CERTIFICATIONS.map((c) => [c, common(`certification.${c}`)])}
          />
          <Select
            id="lang"
            label={t("language")}
            value={query.lang}
            any={common("any")}
            options={LANGUAGE_FILTERS.map((l) => [l, t(`languageOption.${l}`)])}
          />
          <div>
            <label htmlFor="sort" className="block text-sm font-medium">
              {t("sort")}
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className={selectClass}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sortOption.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {event ? (
            <label className="flex min-h-11 items-center gap-2 self-end text-sm">
              <input
                type="checkbox"
                name="event"
                value="current"
                defaultChecked={query.event === "current"}
                className="h-5 w-5"
              />
              {localized(event, "name", locale)}
            </label>
          ) : null}
        </fieldset>
      </CollapsibleFilters>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
        <Link href="/firms" className="min-h-11 px-2 py-2 text-sm text-brand-700 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

export async function DirectoryResults({
  query,
  result,
  taxonomy,
  locale,
}: {
  query: Query;
  result: Awaited<ReturnType<typeof searchDirectory>>;
  taxonomy: TaxonomyTree;
  locale: AppLocale;
}) {
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  const { firms, pages } = result;
  const pageHref = (page: number) => `/firms?${directoryParams(query, { page }).toString()}`;
  return (
    <>
      {firms.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700">{t("empty")}</p>
      ) : (
        <>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="firm-list">
            {firms.map((firm) => (
              <li key={firm.id}>
                <FirmCard firm={firm} locale={locale} taxonomy={taxonomy} />
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav
              aria-label={common("pageOf", { page: query.page, pages })}
              className="mt-6 flex items-center justify-between gap-2"
            >
              {query.page > 1 ? (
                <Link
                  href={pageHref(query.page - 1)}
                  className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2"
                >
                  {common("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-slate-600">{common("pageOf", { page: query.page, pages })}</span>
              {query.page < pages ? (
                <Link
                  href={pageHref(query.page + 1)}
                  className="min-h-11 rounded-lg border border-slate-300 bg-white px-4 py-2"
                >
                  {common("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}

function Select({
  id,
  label,
  value,
  any,
  options,
}: {
  id: string;
  label: string;
  value?: string;
  any: string;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
