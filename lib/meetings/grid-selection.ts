// What the schedule grid's address selects: the view's filters, and a meeting to move, a waiting request or two
// firms to place (over the cap only when asked). Pure: the page reads the address, the grid judges the cells.
import type { GridFilter, GridMeeting, ScheduleGrid, UnplacedRequest } from "./schedule-grid";

export type GridSearch = Record<string, string | undefined>;

/** The address keys that say what is shown; they travel with every form and link of the page. */
const FILTER_KEYS = ["q", "country", "table", "pair", "page"] as const;

/** What is being placed or moved, as the grid's refusal rules take it. */
export type Placement = {
  firms: readonly [string, string];
  interpreter: string | null;
  exceptMeetingId?: string;
  overCap?: boolean;
};

export type GridSelection = {
  filter: GridFilter;
  /** The view's keys as they are in the address. */
  keep: Record<string, string>;
  selected: GridMeeting | null;
  request: UnplacedRequest | null;
  chosen: readonly [string, string] | null;
  overCap: boolean;
  place: Placement | null;
  /** What the grid's form carries besides the cell a button names. */
  placeFields: Record<string, string>;
  /** The page's address with some keys changed (undefined removes one), locale-free. */
  href: (extra: GridSearch) => string;
};

export function gridSelection(grid: ScheduleGrid, sp: GridSearch): GridSelection {
  const filter: GridFilter = {
    q: sp.q || undefined,
    country: sp.country || undefined,
    table: Number(sp.table) || undefined,
    pair: sp.pair || undefined,
    page: Number(sp.page) || 1,
  };
  const keep = Object.fromEntries(FILTER_KEYS.flatMap((k) => (sp[k] ? [[k, sp[k]!]] : [])));
  const href = (extra: GridSearch) => {
    const p = new URLSearchParams(keep);
    for (const [k, v] of Object.entries(extra))
      if (v) p.set(k, v);
      else p.delete(k);
    return `/organizer/schedule/grid?${p}`;
  };
  const selected = sp.meeting ? (grid.meetingById.get(sp.meeting) ?? null) : null;
  const request =
    !selected && sp.request ? (grid.facts.unplaced.find((r) => r.requestId === sp.request) ?? null) : null;
  const chosen =
    !selected && !request && sp.a && sp.b && sp.a !== sp.b && grid.firmById.has(sp.a) && grid.firmById.has(sp.b)
      ? ([sp.a, sp.b] as const)
      : null;
  const overCap = sp.overCap === "1";
  const place: Placement | null = selected
    ? { firms: [selected.firmAId, selected.firmBId], interpreter: selected.interpreter, exceptMeetingId: selected.id }
    : request
      ? { firms: [request.firmAId, request.firmBId], interpreter: request.interpreter, overCap }
      : chosen
        ? { firms: chosen, interpreter: grid.interpreterFor(chosen[0], chosen[1]), overCap }
        : null;
  const placeFields: Record<string, string> = {
    ...keep,
    ...(selected ? { meetingId: selected.id } : {}),
    ...(request ? { requestId: request.requestId } : {}),
    ...(chosen ? { firmAId: chosen[0], firmBId: chosen[1] } : {}),
    ...(overCap ? { overCap: "1" } : {}),
  };
  return { filter, keep, selected, request, chosen, overCap, place, placeFields, href };
}
