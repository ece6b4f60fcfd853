import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { editionsAdministeredBy } from "@/lib/events/events";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PageHeader } from "@/components/ui/page-header";
import { ImportWizard } from "@/components/organizer/import-wizard";

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/import`);
  const t = await getTranslations("importPage");
  const [event, editions] = await Promise.all([currentEvent(), editionsAdministeredBy(actor)]);
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <p className="flex flex-wrap gap-4">
        <a href="/templates/firms-import-template.csv" download className="text-brand-700 underline">
          {t("template")}
        </a>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a CSV download from a route handler, not a page */}
        <a href="/api/organizer/firms/export" className="text-brand-700 underline">
          {t("export")}
        </a>
      </p>
      <ImportWizard
        events={editions.map((e) => ({ id: e.id, name: localized(e, "name", locale) }))}
        initialEventId={editions.some((e) => e.id === event?.id) ? (event?.id ?? null) : null}
      />
    </div>
  );
}
