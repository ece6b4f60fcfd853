import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { pageLocale } from "@/lib/i18n/page-locale";
import { coverageOf, notesOf, opportunityFor, partnerSuggestions } from "@/lib/consortiums/opportunities";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { PageHeader } from "@/components/ui/page-header";
import {
  CoverageCard,
  MembersCard,
  NotesCard,
  OpportunityFacts,
  SuggestionsCard,
} from "@/components/consortiums/opportunity-sections";

export default async function OpportunityPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/consortiums/${id}`);
  const t = await getTranslations("consortiums");
  const o = await opportunityFor(actor, id).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [rows, tree, notes, suggested] = await Promise.all([
    coverageOf(o),
    loadTaxonomy(),
    o.inside ? notesOf(actor, o.id) : Promise.resolve([]),
    o.leadAdmin ? partnerSuggestions(actor, o.id) : Promise.resolve(null),
  ]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={o.title} subtitle={`${t("ledBy", { firm: o.lead.nameLocal })} · ${t(`status.${o.status}`)}`} />
      <OpportunityFacts o={o} tree={tree} locale={locale} />
      <CoverageCard o={o} rows={rows} tree={tree} locale={locale} />
      <MembersCard o={o} actor={actor} />
      {suggested ? <SuggestionsCard o={o} suggested={suggested} tree={tree} locale={locale} /> : null}
      {o.inside ? <NotesCard o={o} notes={notes} actor={actor} /> : null}
    </div>
  );
}
