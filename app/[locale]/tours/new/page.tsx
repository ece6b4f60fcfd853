import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { hostChoices } from "@/lib/tours/tour-access";
import { newTourValues } from "@/lib/tours/tour-form-values";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { TourForm } from "@/components/tours/tour-form";

export default async function NewTourPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const actor = await requireUser(locale, `/${locale}/tours/new`);
  const t = await getTranslations("tours");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const hosts = await hostChoices(actor);
  if (hosts.length === 0) return <p role="alert">{tAll("errors.tours.cannotHost")}</p>;
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("create")} />
      <TourForm
        hosts={hosts}
        values={newTourValues(event.startsAt, event.timeZone, hosts[0]!.id)}
        zoneLabel={t("zoneNote", { zone: zoneLabel(event.startsAt, event.timeZone) })}
      />
    </div>
  );
}
