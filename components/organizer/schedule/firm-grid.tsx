// The firms × slots grid, a page of firms at a time: each firm's meetings (links that select them), the slots it
// is away or on a tour, and what the preview plans for it.
import { Link } from "@/lib/i18n/navigation";
import { CELL, type GridPageContext } from "./grid-context";

export function FirmGrid({ ctx }: { ctx: GridPageContext }) {
  const { grid, view, t, tAll, selection, slotLabel, short, cellHref } = ctx;
  const { selected, href } = selection;
  return (
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
                          className={`${CELL} ${selected?.id === m.id ? "grid-cell-selected" : "grid-cell-meeting"}`}
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
                        className={`${CELL} ${cell.kind === "free" ? "" : cell.kind === "planned" ? "grid-cell-planned" : "bg-slate-200 text-slate-700"}`}
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
  );
}
