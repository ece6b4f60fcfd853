import { getTranslations } from "next-intl/server";
import { requireOrganizer } from "@/lib/auth/guards";
import { currentEvent } from "@/lib/events/current-event";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/lib/i18n/navigation";
import { scheduleGrid } from "@/lib/meetings/grid-facts";
import { gridView, type CellRefusal, type GridMeeting, type ScheduleGrid } from "@/lib/meetings/schedule-grid";
import { formatTime, zoneLabel } from "@/lib/time/zoned-format";
import { briefFirmName } from "@/lib/firms/short-name";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ActionForm, FieldError, SubmitButton } from "@/components/forms/action-form";
import { Input } from "@/components/forms/fields";
import { gridCancelAction, gridMoveAction, gridPlaceAction } from "@/actions/schedule-control";

type Search = Record<string, string | undefined>;

const FILTER_KEYS = ["q", "country", "table", "pair", "page"] as const;
const cellBase = "grid-cell";

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
  searchParams: Promise<Search>;
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
  const filter = {
    q: sp.q || undefined,
    country: sp.country || undefined,
    table: Number(sp.table) || undefined,
    pair: sp.pair || undefined,
    page: Number(sp.page) || 1,
  };
  const view = gridView(grid, filter);
  const keep = Object.fromEntries(FILTER_KEYS.flatMap((k) => (sp[k] ? [[k, sp[k]!]] : [])));
  const href = (extra: Record<string, string | undefined>) => {
    const p = new URLSearchParams(keep);
    for (const [k, v] of Object.entries(extra))
      if (v) p.set(k, v);
      else p.delete(k);
    return `/organizer/schedule/grid?${p}`;
  };
  const firmName = (id: string) => grid.firmById.get(id)?.nameLocal ?? "?";
  // Cells are narrow: names without their legal form there, in full in the cell's label and title.
  const short = (id: string) => briefFirmName(firmName(id));

  // What is selected: a meeting to move or cancel, a waiting request or two firms to place.
  const selected = sp.meeting ? (grid.meetingById.get(sp.meeting) ?? null) : null;
  const request =
    !selected && sp.request ? (grid.facts.unplaced.find((r) => r.requestId === sp.request) ?? null) : null;
  const chosen =
    !selected && !request && sp.a && sp.b && sp.a !== sp.b && grid.firmById.has(sp.a) && grid.firmById.has(sp.b)
      ? ([sp.a, sp.b] as const)
      : null;
  const overCap = sp.overCap === "1";
  const place = selected
    ? {
        firms: [selected.firmAId, selected.firmBId] as const,
        interpreter: selected.interpreter,
        exceptMeetingId: selected.id,
      }
    : request
      ? { firms: [request.firmAId, request.firmBId] as const, interpreter: request.interpreter, overCap }
      : chosen
        ? { firms: chosen, interpreter: grid.interpreterFor(chosen[0], chosen[1]), overCap }
        : null;

  const why = (r: CellRefusal) =>
    "firmId" in r
      ? t(`why.${r.reason}`, { firm: firmName(r.firmId), cap: grid.facts.cap ?? 0 })
      : r.reason === "interpreter"
        ? t("why.interpreter", { table: r.table, pair: r.pair })
        : t(`why.${r.reason}`, { table: r.table });
  const slotLabel = (i: number) => formatTime(grid.slots[i]!.startsAt, zone, locale);
  const hidden = (
    <>
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
  // What the grid's form carries besides the cell a button names: the view, and what is being placed or moved.
  const placeFields: Record<string, string> = {
    ...keep,
    ...(selected ? { meetingId: selected.id } : {}),
    ...(request ? { requestId: request.requestId } : {}),
    ...(chosen ? { firmAId: chosen[0], firmBId: chosen[1] } : {}),
    ...(overCap ? { overCap: "1" } : {}),
  };

  /** A free table cell: the button that places or moves the selection here, or why it cannot. */
  const freeCell = (s: number, tIdx: number) => {
    if (!place) return <span className="sr-only">{t("free")}</span>;
    const refusals = grid.refusals(place, s, tIdx);
    const where = t("cellName", { time: slotLabel(s), table: grid.tables[tIdx]!.number });
    if (refusals.length) {
      const reasons = refusals.map(why).join(" ");
      return (
        <span className={`${cellBase} grid-cell-refused`} title={reasons}>
          <span aria-hidden="true">×</span>
          <span className="sr-only">{`${where}: ${reasons}`}</span>
        </span>
      );
    }
    // One form holds the whole table grid (its hidden fields once); each open cell is a button naming its cell.
    return (
      <SubmitButton
        variant="plain"
        name="cell"
        value={`${grid.slots[s]!.id}|${grid.tables[tIdx]!.id}`}
        className={`${cellBase} grid-cell-open`}
        aria-label={`${selected ? t("moveHere") : t("placeHere")}: ${where}`}
      >
        {selected ? t("moveHereShort") : t("placeHereShort")}
      </SubmitButton>
    );
  };

  // Cells link with plain anchors: hundreds of them, and a client Link would prefetch each one.
  const cellHref = (extra: Record<string, string | undefined>) => `/${locale}${href(extra)}`;
  const meetingCell = (m: GridMeeting) => (
    <a
      href={cellHref({ meeting: m.id, request: undefined, a: undefined, b: undefined, overCap: undefined })}
      className={`${cellBase} ${
        selected?.id === m.id
          ? "grid-cell-selected"
          : m.overCap
            ? "border border-amber-500 bg-amber-50 text-slate-900"
            : "grid-cell-meeting"
      }`}
      // Its name is the two firms it shows; the table's headers say the table and the time.
      title={m.overCap ? t("overCapMark") : undefined}
      aria-current={selected?.id === m.id ? "true" : undefined}
    >
      <span className="block truncate">{short(m.firmAId)}</span>
      <span className="block truncate">{short(m.firmBId)}</span>
    </a>
  );

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle", { zone: zoneLabel(event.startsAt, zone) })}>
        <Link href="/organizer/schedule" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t("backToSchedule")}
        </Link>
      </PageHeader>
      <SelectionPanel
        grid={grid}
        t={t}
        locale={locale}
        zone={zone}
        selected={selected}
        requestPair={request ? [request.firmAId, request.firmBId] : null}
        chosen={chosen}
        overCap={overCap}
        href={href}
        hidden={hidden}
        keep={keep}
        firmName={firmName}
      />

      <section aria-label={t("filters")}>
        <form method="get" className="flex flex-wrap items-end gap-3" data-testid="grid-filters">
          <label className="text-sm">
            <span className="block font-medium">{t("filter.firm")}</span>
            <input name="q" defaultValue={sp.q ?? ""} className="rounded-lg border border-slate-300 px-2 py-2" />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("filter.country")}</span>
            <select
              name="country"
              defaultValue={sp.country ?? ""}
              className="rounded-lg border border-slate-300 px-2 py-2"
            >
              <option value="">{t("filter.all")}</option>
              {(["VN", "JP", "OTHER"] as const).map((c) => (
                <option key={c} value={c}>
                  {tAll(`common.country.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("filter.table")}</span>
            <input
              name="table"
              inputMode="numeric"
              defaultValue={sp.table ?? ""}
              className="w-20 rounded-lg border border-slate-300 px-2 py-2"
            />
          </label>
          <label className="text-sm">
            <span className="block font-medium">{t("filter.pair")}</span>
            <select name="pair" defaultValue={sp.pair ?? ""} className="rounded-lg border border-slate-300 px-2 py-2">
              <option value="">{t("filter.all")}</option>
              {["ja-vi", "ja-en", "en-vi"].map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          {selected ? <input type="hidden" name="meeting" value={selected.id} /> : null}
          {request ? <input type="hidden" name="request" value={request.requestId} /> : null}
          <button className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
            {t("filter.apply")}
          </button>
        </form>
      </section>

      <section aria-labelledby="tables-grid">
        <h2 id="tables-grid" className="mb-2 text-lg font-semibold">
          {t("tablesTitle", { tables: view.tables.length, slots: grid.slots.length })}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t("legend")}</p>
        <GridForm
          action={place ? (selected ? gridMoveAction : gridPlaceAction) : null}
          fields={placeFields}
          className="max-h-[70vh] overflow-auto rounded-xl border border-slate-200 bg-white"
        >
          <table className="schedule-grid w-full table-fixed border-collapse text-left" data-testid="table-grid">
            <caption className="sr-only">{t("tablesCaption")}</caption>
            <thead className="sticky top-0 z-10 bg-white">
              <tr>
                <th scope="col" className="sticky left-0 z-20 w-24 bg-white p-1 text-xs">
                  {t("tableCol")}
                </th>
                {grid.slots.map((s, i) => (
                  <th key={s.id} scope="col" className="w-16 p-1 text-xs tabular-nums">
                    {slotLabel(i)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.tables.map(({ table, index }) => (
                <tr key={table.id} className="border-t border-slate-100">
                  <th scope="row" className="sticky left-0 z-10 bg-white p-1 text-xs font-semibold">
                    {t("tableN", { number: table.number })}
                    {table.interpreter ? (
                      <span className="block font-normal text-slate-600">{table.interpreter}</span>
                    ) : null}
                  </th>
                  {grid.slots.map((_, s) => {
                    const m = grid.tableCell(index, s);
                    const planned = m ? null : grid.plannedCell(index, s);
                    const where = t("cellName", { time: slotLabel(s), table: table.number });
                    return (
                      <td key={s}>
                        {m ? (
                          meetingCell(m)
                        ) : planned ? (
                          <span className={`${cellBase} grid-cell-planned`}>
                            <span className="sr-only">{`${where}: ${t("planned")}: `}</span>
                            <span className="block truncate">{short(planned.firmAId)}</span>
                            <span className="block truncate">{short(planned.firmBId)}</span>
                          </span>
                        ) : (
                          freeCell(s, index)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </GridForm>
      </section>

      <section aria-labelledby="firms-grid">
        <h2 id="firms-grid" className="mb-2 text-lg font-semibold">
          {t("firmsTitle", { count: view.totalFirms })}
        </h2>
        <div className="overflow-auto rounded-xl border border-slate-200 bg-white">
          <table className="schedule-grid w-full table-fixed border-collapse text-left" data-testid="firm-grid">
            <caption className="sr-only">{t("firmsCaption")}</caption>
            <thead className="bg-white">
              <tr>
                <th scope="col" className="sticky left-0 z-10 w-44 bg-white p-1 text-xs">
                  {t("firmCol")}
                </th>
                {grid.slots.map((s, i) => (
                  <th key={s.id} scope="col" className="w-16 p-1 text-xs tabular-nums">
                    {slotLabel(i)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.firmRows.map(({ firm, cells, meetings }) => (
                <tr key={firm.id} className="border-t border-slate-100">
                  <th scope="row" className="sticky left-0 bg-white p-1 text-xs font-medium">
                    <span className="block truncate" title={firm.nameEn}>
                      {firm.nameLocal}
                    </span>
                    <span className="text-slate-600">
                      {tAll(`common.country.${firm.country as "VN"}`)} · {t("meetingsN", { count: meetings })}
                    </span>
                  </th>
                  {cells.map((cell, s) => {
                    if (cell.kind === "meeting") {
                      const m = grid.meetingById.get(cell.meetingId)!;
                      const other = m.firmAId === firm.id ? m.firmBId : m.firmAId;
                      return (
                        <td key={s}>
                          <a
                            href={cellHref({ meeting: m.id, request: undefined, a: undefined, b: undefined })}
                            className={`${cellBase} ${selected?.id === m.id ? "grid-cell-selected" : "grid-cell-meeting"}`}
                          >
                            {short(other)}
                          </a>
                        </td>
                      );
                    }
                    const label =
                      cell.kind === "unavailable"
                        ? t("away")
                        : cell.kind === "tour"
                          ? t("tour")
                          : cell.kind === "planned"
                            ? t("planned")
                            : "";
                    return (
                      <td key={s}>
                        <span
                          className={`${cellBase} ${cell.kind === "free" ? "" : cell.kind === "planned" ? "grid-cell-planned" : "bg-slate-200 text-slate-700"}`}
                        >
                          {label || <span className="sr-only">{t("free")}</span>}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {view.pages > 1 ? (
          <nav className="mt-2 flex items-center gap-3" aria-label={t("firmPages")}>
            {view.page > 1 ? (
              <Link
                href={href({ page: String(view.page - 1) })}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {tAll("common.previous")}
              </Link>
            ) : null}
            <span className="text-sm">{tAll("common.pageOf", { page: view.page, pages: view.pages })}</span>
            {view.page < view.pages ? (
              <Link
                href={href({ page: String(view.page + 1) })}
                className="inline-flex min-h-11 items-center text-brand-800 underline"
              >
                {tAll("common.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

/** What is selected and what can be done with it; the waiting requests and the two-firm picker to start from. */
async function SelectionPanel({
  grid,
  t,
  locale,
  zone,
  selected,
  requestPair,
  chosen,
  overCap,
  href,
  hidden,
  keep,
  firmName,
}: {
  grid: ScheduleGrid;
  t: Awaited<ReturnType<typeof getTranslations<"grid">>>;
  locale: "en" | "ja" | "vi";
  zone: string;
  selected: GridMeeting | null;
  requestPair: readonly [string, string] | null;
  chosen: readonly [string, string] | null;
  overCap: boolean;
  href: (extra: Record<string, string | undefined>) => string;
  hidden: React.ReactNode;
  keep: Record<string, string>;
  firmName: (id: string) => string;
}) {
  const firms = [...grid.facts.firms].sort((a, b) => a.nameEn.localeCompare(b.nameEn));
  const cap = grid.facts.cap;
  const pair = selected ? [selected.firmAId, selected.firmBId] : (requestPair ?? chosen);
  const atCap = pair && cap !== null ? pair.filter((f) => grid.meetingsOf(f) >= cap) : [];
  return (
    <Card title={t("selection")}>
      {selected ? (
        <div className="space-y-3" data-testid="selected-meeting">
          <p>
            <span className="font-semibold">{`${firmName(selected.firmAId)} — ${firmName(selected.firmBId)}`}</span>
            {" · "}
            {formatTime(grid.slots[grid.slotIndex.get(selected.slotId)!]!.startsAt, zone, locale)}
            {" · "}
            {selected.tableId === null
              ? t("online")
              : t("tableN", { number: grid.tables[grid.tableIndex.get(selected.tableId)!]!.number })}
            {selected.interpreter ? ` · ${t("needs", { pair: selected.interpreter })}` : ""}
            {selected.overCap ? ` · ${t("overCapMark")}` : ""}
          </p>
          <p className="text-sm text-slate-700">{t("moveHelp")}</p>
          <ActionForm
            action={gridCancelAction}
            hiddenFields={{ ...keep, meetingId: selected.id }}
            notice="page"
            className="flex flex-wrap items-end gap-2"
          >
            <label className="text-sm">
              <span className="block font-medium">{t("cancelReason")}</span>
              <Input
                name="reason"
                required
                maxLength={500}
                aria-describedby="cancel-reason-error"
                className="w-80 max-w-full rounded-lg border border-slate-300 px-2 py-2"
              />
              <FieldError name="reason" id="cancel-reason-error" />
            </label>
            <SubmitButton
              variant="plain"
              className="min-h-11 rounded-lg border border-accent-600 px-3 font-semibold text-accent-600"
            >
              {t("cancelMeeting")}
            </SubmitButton>
          </ActionForm>
          <div className="flex flex-wrap gap-3 text-sm">
            <Link href={`/organizer/schedule/meetings/${selected.id}`} className="text-brand-800 underline">
              {t("meetingPage")}
            </Link>
            <Link href={href({ meeting: undefined })} className="text-brand-800 underline">
              {t("deselect")}
            </Link>
          </div>
        </div>
      ) : pair ? (
        <div className="space-y-2" data-testid="placing">
          <p>
            <span className="font-semibold">{`${firmName(pair[0]!)} — ${firmName(pair[1]!)}`}</span>
            {" · "}
            {t("placeHelp")}
          </p>
          {atCap.length ? (
            <p className="text-sm">
              {atCap.map((f) => t("atCap", { firm: firmName(f), cap: cap ?? 0 })).join(" ")}{" "}
              {overCap ? (
                <span className="font-semibold">{t("overCapOn")}</span>
              ) : (
                <Link href={href({ overCap: "1" })} className="font-semibold text-brand-800 underline">
                  {t("overCapAsk")}
                </Link>
              )}
            </p>
          ) : null}
          <Link
            href={href({ request: undefined, a: undefined, b: undefined, overCap: undefined })}
            className="text-sm text-brand-800 underline"
          >
            {t("deselect")}
          </Link>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("nothingSelected")}</p>
      )}
      <details className="mt-4">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("newMeeting")}</summary>
        <form method="get" className="flex flex-wrap items-end gap-2" data-testid="new-meeting">
          {hidden}
          {(["a", "b"] as const).map((k) => (
            <label key={k} className="text-sm">
              <span className="block font-medium">{t(k === "a" ? "firmA" : "firmB")}</span>
              <select
                name={k}
                defaultValue={chosen?.[k === "a" ? 0 : 1] ?? ""}
                className="max-w-xs rounded-lg border border-slate-300 px-2 py-2"
              >
                <option value="">—</option>
                {firms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.nameLocal === f.nameEn ? f.nameLocal : `${f.nameLocal} (${f.nameEn})`}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button className="min-h-11 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800">
            {t("showFreeCells")}
          </button>
        </form>
      </details>
      {grid.facts.unplaced.length ? (
        <details className="mt-2">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
            {t("waiting", { count: grid.facts.unplaced.length })}
          </summary>
          <ul className="max-h-64 divide-y divide-slate-100 overflow-auto" data-testid="waiting">
            {grid.facts.unplaced.slice(0, 200).map((r) => (
              <li key={r.requestId} className="flex flex-wrap items-center justify-between gap-2 py-1 text-sm">
                <span>
                  {firmName(r.firmAId)} — {firmName(r.firmBId)}
                  {r.interpreter ? ` · ${t("needs", { pair: r.interpreter })}` : ""}
                </span>
                <a
                  href={`/${locale}${href({ request: r.requestId, meeting: undefined, a: undefined, b: undefined })}`}
                  className="inline-flex min-h-11 items-center text-brand-800 underline"
                  aria-label={t("placeLabel", { a: firmName(r.firmAId), b: firmName(r.firmBId) })}
                >
                  {t("place")}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

/**
 * The table grid's one form (each open cell is a submit button naming its cell), or a plain box when nothing is
 * selected. A refusal shows at the top of the page with every reason in words.
 */
function GridForm({
  action,
  fields,
  className,
  children,
}: {
  action: typeof gridMoveAction | typeof gridPlaceAction | null;
  fields: Record<string, string>;
  className: string;
  children: React.ReactNode;
}) {
  if (!action) return <div className={className}>{children}</div>;
  return (
    <ActionForm action={action as typeof gridMoveAction} hiddenFields={fields} notice="page" className={className}>
      {children}
    </ActionForm>
  );
}
