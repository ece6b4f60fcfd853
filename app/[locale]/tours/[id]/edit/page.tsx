import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { hostChoices, tourForEditing } from "@/lib/tours/tour-access";
import { tourFormValues } from "@/lib/tours/tour-form-values";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { TourForm } from "@/components/tours/tour-form";

export default async function EditTourPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/tours/${id}/edit`);
  const t = await getTranslations("tours");
  const tour = await tourForEditing(actor, id);
  // Someone who may not manage the tour learns nothing more than that there is no such page.
  if (!tour) notFound();
  const hosts = await hostChoices(actor);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("edit")} />
      <TourForm
        tourId={tour.id}
        hosts={hosts}
        values={tourFormValues(tour, tour.event.timeZone)}
        zoneLabel={t("zoneNote", { zone: zoneLabel(tour.startsAt, tour.event.timeZone) })}
      />
    </div>
  );
}
