// What every part of the schedule grid page shares: the grid, the selection the address makes, the translators
// and the small formatters, built once by the page.
import type { Translate, TranslateIn } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import type { GridSelection } from "@/lib/meetings/grid-selection";
import type { CellRefusal, GridView, ScheduleGrid } from "@/lib/meetings/schedule-grid";

export type GridPageContext = {
  grid: ScheduleGrid;
  view: GridView;
  selection: GridSelection;
  t: TranslateIn<"grid">;
  tAll: Translate;
  locale: AppLocale;
  zone: string;
  /** A firm's name as the grid shows it, and its short form for narrow cells. */
  firmName: (id: string) => string;
  short: (id: string) => string;
  slotLabel: (slotIndex: number) => string;
  /** Why a cell is refused, in words. */
  why: (r: CellRefusal) => string;
  /** A plain anchor's address (hundreds of cells: a client Link would prefetch each one). */
  cellHref: (extra: Record<string, string | undefined>) => string;
};

/** The class every cell shares (globals.css). */
export const CELL = "grid-cell";
