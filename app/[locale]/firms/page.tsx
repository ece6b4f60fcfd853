import { getTranslations } from "next-intl/server";
import { currentEvent } from "@/lib/events/current-event";
import { DirectoryQuery } from "@/lib/firms/directory-query";
import { searchDirectory } from "@/lib/firms/search-directory";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import { DirectoryResults, DirectorySearch } from "@/components/firms/directory-sections";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function DirectoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: SearchParams;
}) {
  const locale = await pageLocale(params);
  const t = await getTranslations("directory");
  const [event, taxonomy, raw] = await Promise.all([currentEvent(), loadTaxonomy(), searchParams]);
  const query = DirectoryQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const result = await searchDirectory(query, taxonomy, event?.id);
  return (
    <div>
      <PageHeader title={t("title")} subtitle={t("subtitle", { count: result.total })} />
      <DirectorySearch query={query} taxonomy={taxonomy} event={event} locale={locale} />
      <DirectoryResults query={query} result={result} taxonomy={taxonomy} locale={locale} />
    </div>
  );
}
