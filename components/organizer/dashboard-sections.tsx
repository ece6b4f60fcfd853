// The dashboard's lower sections: what came of the meetings, tour fill and waitlists, consortiums and pilots.
import { getTranslations } from "next-intl/server";
import { BarChartFigure } from "@/components/organizer/bar-chart";
import { Card } from "@/components/ui/card";
import { CONSORTIUM_STATUSES, MEETING_OUTCOMES } from "@/lib/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import type { outcomesOf } from "@/lib/meetings/meeting-day";
import type { summarize } from "@/lib/meetings/outcome-summary";
import type { dashboard } from "@/lib/organizer/dashboard";
import { tourText } from "@/lib/tours/tour-text";

type Dashboard = Awaited<ReturnType<typeof dashboard>>;

export async function OutcomesCard({
  o,
  outcomeSummary,
}: {
  o: Awaited<ReturnType<typeof outcomesOf>>;
  outcomeSummary: ReturnType<typeof summarize>;
}) {
  const t = await getTranslations("dashboard");
  const md = await getTranslations("meetingDay");
  return (
    <Card title={t("outcomes")}>
      {o.outcomes.length === 0 ? <p className="text-slate-600">{t("noOutcomes")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {(
          [
            ["byPair", outcomeSummary.byPair],
            ["bySector", outcomeSummary.bySector],
          ] as const
        ).map(([key, data]) =>
          data.size > 0 ? (
            <BarChartFigure
              key={key}
              title={t(`outcomes_${key}`)}
              data={[...data].map(([label, counts]) => ({
                label,
                value: [...counts.values()].reduce((a, b) => a + b, 0),
              }))}
              horizontal={key === "bySector"}
              testId={`outcomes-${key}`}
            />
          ) : null,
        )}
      </div>
      {o.outcomes.length > 0 ? (
        <p className="mt-2 text-sm" data-testid="outcome-kinds">
          {MEETING_OUTCOMES.map((k) => `${md(`kind.${k}`)}: ${o.outcomes.filter((x) => x.outcome === k).length}`).join(
            " · ",
          )}
        </p>
      ) : null}
    </Card>
  );
}

export async function ToursCard({ d, locale }: { d: Dashboard; locale: AppLocale }) {
  const t = await getTranslations("dashboard");
  return (
    <Card title={t("tours")}>
      {d.tours.length === 0 ? <p className="text-slate-600">{t("noTours")}</p> : null}
      <ul className="space-y-2">
        {d.tours.map((tour) => (
          <li key={tour.id}>
            <p className="text-sm font-medium">{tourText(tour, "title", locale)}</p>
            <div className="flex items-center gap-2">
              <progress
                value={tour.held}
                max={tour.seats}
                className="h-3 flex-1"
                aria-label={tourText(tour, "title", locale)}
              />
              <span className="text-sm tabular-nums">
                {t("tourFill", { held: tour.held, seats: tour.seats, waiting: tour.waiting })}
              </span>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export async function ConsortiumsCard({ d }: { d: Dashboard }) {
  const t = await getTranslations("dashboard");
  const tAll = await getTranslations();
  return (
    <Card title={t("consortiums")}>
      <p className="text-sm">
        {CONSORTIUM_STATUSES.map((s) => `${tAll(`consortiums.status.${s}`)}: ${d.consortiums[s] ?? 0}`).join(" · ")} ·{" "}
        {t("pilots", { count: d.pilots })}
      </p>
    </Card>
  );
}
