import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { tourRoster } from "@/lib/tours/tours";
import { tourText } from "@/lib/tours/tour-text";
import { plainTextForReader } from "@/lib/i18n/text-for-reader";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";
import { PrintButton } from "@/components/ui/print-button";
import { RosterTable } from "@/components/tours/roster-table";
import { DownloadLink } from "@/components/ui/download-link";

/** The roster and waitlist for organizers and the host; printed, it is the check-in list at the meeting point. */
export default async function RosterPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/tours/${id}/roster`);
  const t = await getTranslations("tours");
  const roster = await tourRoster(actor, id).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { tour, seated, waiting } = roster;
  const zone = tour.event.timeZone;
  return (
    <article className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("rosterTitle", { tour: tourText(tour, "title", locale) })}</h1>
          <p className="text-slate-700">
            {tour.host.nameLocal} · {formatDate(tour.startsAt, zone, locale)} ·{" "}
            {formatTimeRange(tour.startsAt, tour.endsAt, zone, locale)} ·{" "}
            {plainTextForReader(tour, "meetingPoint", locale, "meetingPoint")}
          </p>
          <p className="text-sm text-slate-600">
            {t("rosterCounts", { seated: seated.length, seats: tour.seats, waiting: waiting.length })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <PrintButton label={t("printCheckIn")} />
          <DownloadLink href={`/api/tours/${tour.id}/roster`}>{t("exportCsv")}</DownloadLink>
          <Link href={`/tours/${tour.id}`} className="inline-flex min-h-11 items-center px-2 text-brand-800 underline">
            {t("back")}
          </Link>
        </div>
      </header>
      <RosterTable seated={seated} />
      <section className="print:break-before-page">
        <h2 className="mb-2 text-lg font-semibold">{t("waitlist", { count: waiting.length })}</h2>
        {waiting.length === 0 ? (
          <p className="text-slate-600">{t("nobodyWaiting")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6" data-testid="waitlist">
            {waiting.map((s) => (
              <li key={s.id}>
                {s.user.displayName} · {s.firm.nameLocal}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
