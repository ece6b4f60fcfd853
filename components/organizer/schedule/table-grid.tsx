// The tables × slots grid: each cell a meeting (a link that selects it), a meeting the preview plans, or a free
// cell that offers to place or move the selection there, or says why it cannot.
import { SubmitButton } from "@/components/forms/action-form";
import { gridMoveAction, gridPlaceAction } from "@/actions/schedule-control";
import type { GridMeeting } from "@/lib/meetings/schedule-grid";
import { CELL, type GridPageContext } from "./grid-context";
import { GridForm } from "./grid-form";

export function TableGrid({ ctx }: { ctx: GridPageContext }) {
  const { grid, view, t, selection, slotLabel, short, why, cellHref } = ctx;
  const { selected, place } = selection;

  /** A free table cell: the button that places or moves the selection here, or why it cannot. */
  const freeCell = (s: number, tIdx: number) => {
    if (!place) return <span className="sr-only">{t("free")}</span>;
    const refusals = grid.refusals(place, s, tIdx);
    const where = t("cellName", { time: slotLabel(s), table: grid.tables[tIdx]!.number });
    if (refusals.length) {
      const reasons = refusals.map(why).join(" ");
      return (
        <span className={`${CELL} grid-cell-refused`} title={reasons}>
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
        className={`${CELL} grid-cell-open`}
        aria-label={`${selected ? t("moveHere") : t("placeHere")}: ${where}`}
      >
        {selected ? t("moveHereShort") : t("placeHereShort")}
      </SubmitButton>
    );
  };

  const meetingCell = (m: GridMeeting) => (
    <a
      href={cellHref({ meeting: m.id, request: undefined, a: undefined, b: undefined, overCap: undefined })}
      className={`${CELL} ${
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
    <section aria-labelledby="tables-grid">
      <h2 id="tables-grid" className="mb-2 text-lg font-semibold">
        {t("tablesTitle", { tables: view.tables.length, slots: grid.slots.length })}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("legend")}</p>
      <GridForm
        action={place ? (selected ? gridMoveAction : gridPlaceAction) : null}
        fields={selection.placeFields}
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
                        <span className={`${CELL} grid-cell-planned`}>
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
  );
}
