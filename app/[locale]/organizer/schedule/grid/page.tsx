import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { scheduleGrid } from "@/lib/meetings/grid-facts";
import { gridSelection, type GridSearch } from "@/lib/meetings/grid-selection";
import { gridView, type CellRefusal } from "@/lib/meetings/schedule-grid";
import { formatTime, zoneLabel } from "@/lib/time/zoned-format";
import { briefFirmName } from "@/lib/firms/short-name";
import { PageHeader } from "@/components/ui/page-header";
import type { GridPageContext } from "@/components/organizer/schedule/grid-context";
import { SelectionPanel } from "@/components/organizer/schedule/selection-panel";
import { GridFilters } from "@/components/organizer/schedule/grid-filters";
import { TableGrid } from "@/components/organizer/schedule/table-grid";
import { FirmGrid } from "@/components/organizer/schedule/firm-grid";

/**
 * The schedule grid: tables × slots and firms × slots, each cell free, taken (by which meeting), planned by the
 * preview, unavailable or on a tour. Select a meeting to move it (free cells offer "move here", busy ones say why)
 * or cancel it; pick a waiting request or two firms to place a meeting in a free cell (over the cap if asked).
 * Firm rows come a page at a time; every action is a plain form, so it works by keyboard and without scripts.
 */
export default async function SchedulePlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<GridSearch>;
}) {
  const locale = await pageLocale(params);
  const actor = await requireOrganizer(locale, `/${locale}/organizer/schedule/grid`);
  const sp = await searchParams;
  const t = await getTranslations("grid");
  const tAll = await getTranslations();
  const event = await currentEvent();
  if (!event) return <p>{tAll("home.noEvent")}</p>;
  const zone = event.timeZone;
  const grid = await scheduleGrid(actor, event.id);
  const selection = gridSelection(grid, sp);
  const firmName = (id: string) => grid.firmById.get(id)?.nameLocal ?? "?";
  const why = (r: CellRefusal) =>
    "firmId" in r
      ? t(`why.${r.reason}`, { firm: firmName(r.firmId), cap: grid.facts.cap ?? 0 })
      : r.reason === "interpreter"
        ? t("why.interpreter", { table: r.table, pair: r.pair })
        : t(`why.${r.reason}`, { table: r.table });
  const ctx: GridPageContext = {
    grid,
    view: gridView(grid, selection.filter),
    selection,
    t: (k, v) => t(k, v),
    tAll: (k, v) => tAll(k, v),
    locale,
    zone,
    firmName,
    // Cells are narrow: names without their legal form there, in full in the cell's label and title.
    short: (id) => briefFirmName(firmName(id)),
    slotLabel: (i) => formatTime(grid.slots[i]!.startsAt, zone, locale),
    why,
    cellHref: (extra) => `/${locale}${selection.href(extra)}`,
  };
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle", { zone: zoneLabel(event.startsAt, zone) })}>
        <Link href="/organizer/schedule" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("backToSchedule")}
        </Link>
      </PageHeader>
      <SelectionPanel ctx={ctx} />
      <GridFilters ctx={ctx} sp={sp} />
      <TableGrid ctx={ctx} />
      <FirmGrid ctx={ctx} />
    </div>
  );
}
