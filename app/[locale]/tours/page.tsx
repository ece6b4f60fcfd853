import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { toursOf } from "@/lib/tours/tours";
import { tourText } from "@/lib/tours/tour-text";
import { isOrganizer } from "@/lib/auth/policy";
import { PageHeader } from "@/components/ui/page-header";
import { TourFacts } from "@/components/tours/tour-facts";

export default async function ToursPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations("tours");
  const tAll = await getTranslations();
  const [actor, event] = await Promise.all([currentActor(), currentEvent()]);
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const tours = await toursOf(actor, event.id);
  const canCreate = !!actor && (isOrganizer(actor) || actor.memberships.some((m) => m.role === "FIRM_ADMIN"));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={localized(event, "name", locale)}>
        {canCreate ? (
          <Link
            href="/tours/new"
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white"
          >
            {t("create")}
          </Link>
        ) : null}
      </PageHeader>
      {tours.length === 0 ? <p className="rounded-lg bg-white p-4">{t("none")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2" data-testid="tours">
        {tours.map((tour) => (
          <li key={tour.id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">
              <Link href={`/tours/${tour.id}`} className="text-brand-800 hover:underline">
                {tourText(tour, "title", locale)}
              </Link>
            </h2>
            <p className="mb-2 text-sm text-slate-600">{t("hostedBy", { firm: tour.host.nameLocal })}</p>
            <TourFacts tour={tour} zone={event.timeZone} locale={locale} />
            {tour.mine ? (
              <p className="mt-2 text-sm font-semibold text-green-800">
                {tour.mine.status === "WAITLISTED"
                  ? t("youWait", { position: tour.mine.position ?? 0 })
                  : tour.mine.status === "AWAITING_HOST"
                    ? t("awaitingHost")
                    : t("youreIn")}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
