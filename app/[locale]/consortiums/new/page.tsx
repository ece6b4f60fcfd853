import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { myFirmNames } from "@/lib/firms/firm-names";
import { pageLocale } from "@/lib/i18n/page-locale";
import { loadTaxonomy } from "@/lib/taxonomy/load-taxonomy";
import { taxonomyOptions } from "@/lib/taxonomy/taxonomy-options";
import { PageHeader } from "@/components/ui/page-header";
import { currentEvent } from "@/lib/events/current-event";
import { zoneLabel } from "@/lib/time/zoned-format";
import { OpportunityForm } from "@/components/consortiums/opportunity-form";

export default async function NewOpportunityPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/consortiums/new`);
  const t = await getTranslations("consortiums");
  const tAll = await getTranslations();
  const [adminOf, tree, event] = await Promise.all([myFirmNames(actor, "FIRM_ADMIN"), loadTaxonomy(), currentEvent()]);
  const leads = adminOf.filter((f) => f.status === "APPROVED");
  if (leads.length === 0) return <p role="alert">{tAll("errors.consortium.cannotLead")}</p>;
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("post")} subtitle={t("postIntro")} />
      <OpportunityForm
        leads={leads.map((l) => ({ id: l.id, name: l.nameLocal }))}
        sectors={taxonomyOptions(tree, "SECTOR", locale)}
        capabilities={taxonomyOptions(tree, "CAPABILITY", locale)}
        zoneLabel={event ? zoneLabel(event.startsAt, event.timeZone) : "UTC"}
      />
    </div>
  );
}
