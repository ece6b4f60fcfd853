import { getTranslations } from "next-intl/server";
import { ReaderText } from "@/components/i18n/reader-text";
import { isCountry } from "@/lib/enums";
import { isLocale } from "@/lib/i18n/routing";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, formatDateTime, formatTimeRange } from "@/lib/time/zoned-format";

type TourView = {
  startsAt: Date;
  endsAt: Date;
  meetingPoint: string;
  meetingPointJa?: string;
  meetingPointVi?: string;
  transport: string;
  seats: number;
  held: number;
  waiting: number;
  languageList: string[];
  countryList: string[];
  hostApproval: boolean;
  signupDeadline: Date | null;
};

/** When, where, languages, who may join and how full: the same facts on the list and on the tour's page. */
export async function TourFacts({ tour, zone, locale }: { tour: TourView; zone: string; locale: AppLocale }) {
  const t = await getTranslations("tours");
  const left = Math.max(0, tour.seats - tour.held);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-600">{t("when")}</dt>
      <dd>
        {formatDate(tour.startsAt, zone, locale)} · {formatTimeRange(tour.startsAt, tour.endsAt, zone, locale)}
      </dd>
      <dt className="font-medium text-slate-600">{t("meetingPoint")}</dt>
      <dd>
        {/* The meeting point in the reader's language where the host wrote it, else with "written in …". */}
        <ReaderText
          record={tour}
          base="meetingPoint"
          englishField="meetingPoint"
          locale={locale}
          as="span"
          className=""
        />
      </dd>
      {tour.transport ? (
        <>
          <dt className="font-medium text-slate-600">{t("transport")}</dt>
          <dd>{tour.transport}</dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-600">{t("languages")}</dt>
      <dd>
        {tour.languageList
          .filter(isLocale)
          .map((l) => t(`form.language.${l}`))
          .join(", ")}
      </dd>
      <dt className="font-medium text-slate-600">{t("openTo")}</dt>
      <dd>
        {tour.countryList.length
          ? tour.countryList
              .filter(isCountry)
              .map((c) => t(`form.country.${c}`))
              .join(", ")
          : t("everyone")}
      </dd>
      {tour.signupDeadline ? (
        <>
          <dt className="font-medium text-slate-600">{t("deadline")}</dt>
          <dd>{formatDateTime(tour.signupDeadline, zone, locale)}</dd>
        </>
      ) : null}
      <dt className="font-medium text-slate-600">{t("seats")}</dt>
      <dd data-testid="tour-seats">
        {left > 0 ? t("seatsLeft", { left, seats: tour.seats }) : t("full", { waiting: tour.waiting })}
        {tour.hostApproval ? ` · ${t("needsApproval")}` : ""}
      </dd>
    </dl>
  );
}
