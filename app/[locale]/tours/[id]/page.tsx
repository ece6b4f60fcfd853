import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { toursOf } from "@/lib/tours/tours";
import { tourText } from "@/lib/tours/tour-text";
import { canManageTour } from "@/lib/tours/tour-access";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TourFacts } from "@/components/tours/tour-facts";
import { TourSignUp } from "@/components/tours/tour-sign-up";
import { seatAction, signUpAction } from "../actions";

const secondary =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800";

export default async function TourPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string; done?: string; error?: string }>;
}) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const raw = await searchParams;
  const t = await getTranslations("tours");
  const tAll = await getTranslations();
  const [actor, event] = await Promise.all([currentActor(), currentEvent()]);
  const tour = event ? (await toursOf(actor, event.id)).find((x) => x.id === id) : undefined;
  if (!event || !tour) notFound();
  const description = tourText(tour, "description", locale);
  const firms = actor?.memberships.length
    ? await db.firm.findMany({
        where: { id: { in: actor.memberships.map((m) => m.firmId) } },
        select: { id: true, nameLocal: true },
      })
    : [];
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
      {raw.saved ? <Notice kind="success">{t("saved")}</Notice> : null}
      {raw.done ? <Notice kind="success">{t("cancelled")}</Notice> : null}
      {raw.error ? <Notice kind="error">{tAll(raw.error as never)}</Notice> : null}
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
            <form action={seatAction.bind(null, locale, `/tours/${tour.id}`)}>
              <input type="hidden" name="seatId" value={tour.mine.id} />
              <button className="min-h-11 rounded-lg border border-red-300 px-3 font-semibold text-red-800">
                {t("cancelPlace")}
              </button>
            </form>
          </div>
        ) : firms.length === 0 ? (
          <p>{t("needFirm")}</p>
        ) : (
          <TourSignUp
            action={signUpAction.bind(null, locale, tour.id)}
            firms={firms.map((f) => ({ id: f.id, name: f.nameLocal }))}
            full={tour.held >= tour.seats}
          />
        )}
      </Card>
    </div>
  );
}
