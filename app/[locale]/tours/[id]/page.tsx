import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/guards";
import { myFirmNames } from "@/lib/firms/firm-names";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { toursOf } from "@/lib/tours/tours";
import { tourText } from "@/lib/tours/tour-text";
import { canManageTour } from "@/lib/tours/tour-access";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TourFacts } from "@/components/tours/tour-facts";
import { TourSignUp } from "@/components/tours/tour-sign-up";
import { cancelSeatAction } from "@/actions/tours";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice } from "@/components/forms/fields";

const secondary =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800";

export default async function TourPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations("tours");
  const [actor, event] = await Promise.all([currentActor(), currentEvent()]);
  const tour = event ? (await toursOf(actor, event.id)).find((x) => x.id === id) : undefined;
  if (!event || !tour) notFound();
  const description = tourText(tour, "description", locale);
  const firms = actor ? await myFirmNames(actor) : [];
  // Only approved firms take part (lib/tours/tours.ts refuses the others): a firm under review is told so.
  const approved = firms.filter((f) => f.status === "APPROVED");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={tourText(tour, "title", locale)} subtitle={t("hostedBy", { firm: tour.host.nameLocal })}>
        {canManageTour(actor, tour.hostFirmId) ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/tours/${tour.id}/roster`} className={secondary}>
              {t("roster")}
            </Link>
            <Link href={`/tours/${tour.id}/edit`} className={secondary}>
              {t("edit")}
            </Link>
          </div>
        ) : null}
      </PageHeader>
      <Card>
        <TourFacts tour={tour} zone={event.timeZone} locale={locale} />
        {description ? <p className="mt-4 whitespace-pre-line">{description}</p> : null}
        <p className="mt-3 text-sm">
          <Link href={`/firms/${tour.host.id}`} className="text-brand-800 underline">
            {t("hostProfile", { firm: tour.host.nameLocal })}
          </Link>
        </p>
      </Card>
      <Card title={t("yourPlace")}>
        {!actor ? (
          <p>
            <Link
              href={`/signin?returnTo=${encodeURIComponent(`/${locale}/tours/${tour.id}`)}`}
              className="text-brand-800 underline"
            >
              {t("signInToJoin")}
            </Link>
          </p>
        ) : tour.mine ? (
          <div className="space-y-3">
            <p className="font-semibold" data-testid="my-place">
              {tour.mine.status === "WAITLISTED"
                ? t("youWait", { position: tour.mine.position ?? 0 })
                : tour.mine.status === "AWAITING_HOST"
                  ? t("awaitingHost")
                  : t("youreIn")}
            </p>
            {/* Cancelled, the place goes and the sign-up comes back: the answer shows at the top. */}
            <ActionForm
              action={cancelSeatAction}
              hiddenFields={{ seatId: tour.mine.id }}
              notice="page"
              className="flex flex-wrap items-center gap-2"
            >
              <label className="inline-flex min-h-11 items-center gap-2 text-sm">
                <Choice name="confirm" value="yes" className="h-5 w-5" />
                {t("confirmGiveUp")}
              </label>
              <FieldError name="confirm" />
              <SubmitButton
                variant="plain"
                className="min-h-11 rounded-lg border border-red-300 px-3 font-semibold text-red-800"
              >
                {t("cancelPlace")}
              </SubmitButton>
            </ActionForm>
          </div>
        ) : firms.length === 0 ? (
          <p>{t("needFirm")}</p>
        ) : approved.length === 0 ? (
          <p data-testid="firm-under-review">{t("firmUnderReview")}</p>
        ) : (
          <TourSignUp
            tourId={tour.id}
            firms={approved.map((f) => ({ id: f.id, name: f.nameLocal }))}
            full={tour.held >= tour.seats}
          />
        )}
      </Card>
    </div>
  );
}
