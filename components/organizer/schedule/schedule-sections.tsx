// The schedule page's sections: where the event stands, running the scheduler, the preview to publish or discard
// (with why each unplaced meeting could not be placed), and the published meetings by slot.
import { getTranslations } from "next-intl/server";
import { discardRunAction } from "@/actions/schedule";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SchedulerRunner } from "@/components/organizer/scheduler-runner";
import { BarChartFigure } from "@/components/organizer/bar-chart";
import { Card } from "@/components/ui/card";
import { FigureList } from "@/components/ui/figure-list";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import type { scheduleOverview } from "@/lib/meetings/schedule-overview";
import { formatDate, formatTime, formatTimeRange } from "@/lib/time/zoned-format";

type Overview = Awaited<ReturnType<typeof scheduleOverview>>;
type Run = NonNullable<Overview["run"]>;
const PREVIEW_ROWS = 300;
const secondary =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-800 hover:bg-slate-50";

export async function ScheduleStatus({ overview }: { overview: Overview }) {
  const t = await getTranslations("schedule");
  const { slots, tables, accepted, meetings } = overview;
  return (
    <Card title={t("status")}>
      <FigureList
        testId="schedule-status"
        items={[
          [t("count.slots"), slots.length],
          [t("count.tables"), tables.length],
          [t("count.accepted"), accepted],
          [t("count.placed"), meetings.length],
          [t("count.waiting"), Math.max(0, accepted - meetings.length)],
        ]}
      />
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href="/organizer/setup" className={secondary}>
          {t("setupLink")}
        </Link>
        <Link href="/organizer/schedule/grid" className={secondary}>
          {t("gridLink")}
        </Link>
        <Link href="/organizer/schedule/tables" className={secondary}>
          {t("tableSheets")}
        </Link>
        <a href="/api/organizer/schedule/instance" className={secondary} download>
          {t("exportInstance")}
        </a>
      </div>
    </Card>
  );
}

export async function RunScheduler({ overview }: { overview: Overview }) {
  const t = await getTranslations("schedule");
  const tAll = await getTranslations();
  const { slots, tables, run } = overview;
  return (
    <Card title={t("runTitle")}>
      <p className="mb-3 text-slate-700">{t("runIntro")}</p>
      {slots.length === 0 || tables.length === 0 ? (
        <p className="text-accent-600">{tAll("errors.schedule.noSetup")}</p>
      ) : (
        <SchedulerRunner key={run ? `${run.id}:${run.status}` : "none"} />
      )}
    </Card>
  );
}

/**
 * The preview of the latest run: review it for publishing (the publication card says what publishing does and
 * confirms it) or discard it, what could not be placed, why and what fixes it (`hint`), the placements.
 */
export async function SchedulePreview({
  overview,
  preview,
  meetingCap,
  zone,
  locale,
  hint,
}: {
  overview: Overview;
  preview: Run;
  meetingCap: number | null;
  zone: string;
  locale: AppLocale;
  hint?: (requestId: string) => React.ReactNode;
}) {
  const t = await getTranslations("schedule");
  const { slots, tables, requestById, firmById } = overview;
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const tableById = new Map(tables.map((x) => [x.id, x]));
  // Online placements (no table) come after the tables of their slot.
  const tableNumber = (id: string | null) => (id === null ? Number.MAX_SAFE_INTEGER : tableById.get(id)!.number);
  const pair = (requestId: string) => {
    const r = requestById.get(requestId);
    return r ? `${r.from.nameLocal} — ${r.to.nameLocal}` : requestId;
  };
  const reason = (u: Run["result"]["unplaced"][number]) =>
    u.reason === "cap"
      ? t("reason.cap", { firm: firmById.get(u.firmId ?? "")?.nameLocal ?? "", cap: meetingCap ?? 0 })
      : t(`reason.${u.reason}`);
  return (
    <Card title={t("previewTitle")}>
      <p className="mb-3" data-testid="preview-summary">
        {t("previewSummary", {
          placed: preview.placed,
          considered: preview.considered,
          weighted: preview.weighted,
          breaks: preview.breaks,
          ms: preview.ms,
        })}
      </p>
      {preview.result.quality ? (
        <p className="mb-3 font-medium" data-testid="preview-quality">
          {preview.result.quality.proven
            ? t("quality.proven", { weighted: preview.result.quality.weighted })
            : t("quality.bounded", {
                weighted: preview.result.quality.weighted,
                bound: preview.result.quality.bound,
                gap: (preview.result.quality.gap * 100).toFixed(2),
              })}
          {preview.result.quality.capped ? ` ${t("quality.capped")}` : ""}
          {preview.result.quality.fair ? ` ${t("quality.fair")}` : ""}
        </p>
      ) : null}
      {preview.result.distribution ? (
        <div className="mb-4 space-y-2" data-testid="preview-distribution">
          <p>
            {t("distribution.summary", {
              firms: preview.result.distribution.firms,
              withNone: preview.result.distribution.withNone,
              minimum: preview.result.distribution.minimum,
              maximum: preview.result.distribution.maximum,
              mean: preview.result.distribution.mean.toFixed(1),
            })}
          </p>
          <BarChartFigure
            title={t("distribution.title")}
            data={preview.result.distribution.histogram.map((h) => ({ label: String(h.meetings), value: h.firms }))}
          />
        </div>
      ) : null}
      <div className="mb-4 flex flex-wrap gap-2">
        <a
          href="#publication"
          className="inline-flex min-h-11 items-center rounded-lg bg-green-700 px-4 font-semibold text-white"
        >
          {t("reviewPublication")}
        </a>
        <ActionForm action={discardRunAction} hiddenFields={{ runId: preview.id }} notice="page">
          <SubmitButton variant="plain" className="min-h-11 rounded-lg border border-slate-300 px-4 font-semibold">
            {t("discard")}
          </SubmitButton>
        </ActionForm>
      </div>
      <h3 className="mb-2 font-semibold">{t("unplacedTitle", { count: preview.result.unplaced.length })}</h3>
      {preview.result.unplaced.length === 0 ? (
        <p className="mb-4 text-slate-600">{t("allPlaced")}</p>
      ) : (
        <ul
          className="mb-4 divide-y divide-slate-100 rounded-lg border border-amber-200 bg-amber-50"
          data-testid="unplaced"
        >
          {preview.result.unplaced.map((u) => (
            <li key={u.requestId} className="p-3">
              <p className="font-medium">
                {pair(u.requestId)}
                {u.online ? ` · ${t("online")}` : ""}
              </p>
              <p className="text-sm text-slate-800">{reason(u)}</p>
              {hint?.(u.requestId)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mb-2 font-semibold">{t("placementsTitle", { count: preview.result.placements.length })}</h3>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="placements">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-3">
                {t("col.time")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("col.table")}
              </th>
              <th scope="col" className="py-2">
                {t("col.firms")}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.result.placements
              // A table or session removed since the run: its placements are stale (publishing says so).
              .filter((p) => slotById.has(p.slotId) && (p.tableId === null || tableById.has(p.tableId)))
              .sort(
                (a, b) =>
                  slotById.get(a.slotId)!.startsAt.getTime() - slotById.get(b.slotId)!.startsAt.getTime() ||
                  tableNumber(a.tableId) - tableNumber(b.tableId),
              )
              .slice(0, PREVIEW_ROWS)
              .map((p) => (
                <tr key={p.requestId} className="border-b border-slate-100">
                  <td className="py-1 pr-3 tabular-nums">
                    {formatTime(slotById.get(p.slotId)!.startsAt, zone, locale)}
                  </td>
                  <td className="py-1 pr-3" data-testid={p.tableId === null ? "placement-online" : undefined}>
                    {p.tableId === null ? t("online") : tableById.get(p.tableId)!.number}
                  </td>
                  <td className="py-1">{pair(p.requestId)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {preview.result.placements.length > PREVIEW_ROWS ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("andMore", { count: preview.result.placements.length - PREVIEW_ROWS })}
        </p>
      ) : null}
    </Card>
  );
}

export async function PublishedMeetings({
  overview,
  zone,
  locale,
}: {
  overview: Overview;
  zone: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("schedule");
  const { slots, meetings } = overview;
  const bySlot = new Map<string, typeof meetings>();
  for (const m of meetings) bySlot.set(m.slotId, [...(bySlot.get(m.slotId) ?? []), m]);
  return (
    <Card title={t("publishedTitle", { count: meetings.length })}>
      {meetings.length === 0 ? (
        <p className="text-slate-600">{t("nothingPublished")}</p>
      ) : (
        <div className="space-y-2" data-testid="published">
          {slots
            .filter((s) => bySlot.has(s.id))
            .map((s) => (
              <details key={s.id} className="rounded-lg border border-slate-200 p-3">
                <summary className="min-h-11 cursor-pointer py-2 font-medium">
                  {formatDate(s.startsAt, zone, locale)} · {formatTimeRange(s.startsAt, s.endsAt, zone, locale)} ·{" "}
                  {t("meetingsCount", { count: bySlot.get(s.id)!.length })}
                </summary>
                <ul className="divide-y divide-slate-100">
                  {bySlot
                    .get(s.id)!
                    .sort((a, b) => (a.table?.number ?? 0) - (b.table?.number ?? 0))
                    .map((m) => (
                      <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                        <span>
                          <span className="font-semibold">
                            {m.table ? t("tableN", { number: m.table.number }) : t("online")}
                          </span>{" "}
                          · {m.firmA.nameLocal} — {m.firmB.nameLocal}
                        </span>
                        <Link
                          href={`/organizer/schedule/meetings/${m.id}`}
                          className="inline-flex min-h-11 items-center text-brand-800 underline"
                          aria-label={t("moveLabel", { a: m.firmA.nameLocal, b: m.firmB.nameLocal })}
                        >
                          {t("move")}
                        </Link>
                      </li>
                    ))}
                </ul>
              </details>
            ))}
        </div>
      )}
    </Card>
  );
}
