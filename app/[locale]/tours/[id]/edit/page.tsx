import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { pageLocale } from "@/lib/i18n/page-locale";
import { canManageTour, hostChoices } from "@/lib/tours/tour-access";
import { tourFormValues } from "@/lib/tours/tour-form-values";
import { zoneLabel } from "@/lib/time/zoned-format";
import { PageHeader } from "@/components/ui/page-header";
import { TourForm } from "@/components/tours/tour-form";
import { saveTourAction } from "../../actions";

export default async function EditTourPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/tours/${id}/edit`);
  const t = await getTranslations("tours");
  const tour = await db.tour.findUnique({ where: { id }, include: { event: { select: { timeZone: true } } } });
  // Someone who may not manage the tour learns nothing more than that there is no such page.
  if (!tour || !canManageTour(actor, tour.hostFirmId)) notFound();
  const hosts = await hostChoices(actor);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("edit")} />
      <TourForm
        action={saveTourAction.bind(null, locale, tour.id)}
        hosts={hosts}
        values={tourFormValues(tour, tour.event.timeZone)}
        zoneLabel={t("zoneNote", { zone: zoneLabel(tour.startsAt, tour.event.timeZone) })}
      />
    </div>
  );
}
