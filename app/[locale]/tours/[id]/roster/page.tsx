import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { tourRoster } from "@/lib/tours/tours";
import { tourText } from "@/lib/tours/tour-text";
import { formatDate, formatTimeRange } from "@/lib/time/zoned-format";
import { PrintButton } from "@/components/ui/print-button";
import { cancelSeatAction, decideSeatAction } from "@/actions/tours";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Choice } from "@/components/forms/fields";
import { DownloadLink } from "@/components/ui/download-link";

const small = "min-h-11 rounded-lg border px-3 text-sm font-semibold print:hidden";

/** The roster and waitlist for organizers and the host; printed, it is the check-in list at the meeting point. */
export default async function RosterPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const actor = await requireUser(locale, `/${locale}/tours/${id}/roster`);
  const t = await getTranslations("tours");
  const common = await getTranslations("common");
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
            {formatTimeRange(tour.startsAt, tour.endsAt, zone, locale)} · {tour.meetingPoint}
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
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("onTheTour")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="roster">
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-2">
                  #
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("col.person")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("col.firm")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("col.status")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("col.checkIn")}
                </th>
                <th scope="col" className="py-2 print:hidden">
                  <span className="sr-only">{t("col.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {seated.map((s) => (
                <tr key={s.id} className="border-b border-slate-200">
                  <td className="py-2 pr-2 tabular-nums">{s.seatNo}</td>
                  <td className="py-2 pr-2">
                    {s.user.displayName}
                    <span className="block text-xs text-slate-600">{s.user.email}</span>
                  </td>
                  <td className="py-2 pr-2">
                    {s.firm.nameLocal}{" "}
                    <span className="text-xs text-slate-600">({common(`country.${s.firm.country}`)})</span>
                  </td>
                  <td className="py-2 pr-2">{t(`status.${s.status}`)}</td>
                  <td className="py-2 pr-2">
                    <span aria-hidden="true" className="inline-block h-5 w-5 border border-slate-500" />
                  </td>
                  <td className="py-2 print:hidden">
                    {s.status === "AWAITING_HOST" ? (
                      <ActionForm
                        action={decideSeatAction}
                        hiddenFields={{ seatId: s.id }}
                        notice="page"
                        className="flex flex-wrap gap-1"
                      >
                        <SubmitButton
                          variant="plain"
                          name="approve"
                          value="true"
                          className={`${small} border-green-700 text-green-800`}
                        >
                          {t("approve")}
                        </SubmitButton>
                        <SubmitButton
                          variant="plain"
                          name="approve"
                          value="false"
                          className={`${small} border-slate-300`}
                        >
                          {t("decline")}
                        </SubmitButton>
                      </ActionForm>
                    ) : (
                      <ActionForm
                        action={cancelSeatAction}
                        hiddenFields={{ seatId: s.id }}
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
                          className={`${small} border-red-300 text-red-800`}
                          aria-label={t("cancelFor", { name: s.user.displayName })}
                        >
                          {t("cancelPlace")}
                        </SubmitButton>
                      </ActionForm>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
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
