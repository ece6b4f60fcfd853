// Whether a meeting may sit at a slot and a table, as pure rules with reasons a person can act on. The database
// holds the same guarantee (FirmSlotHold, Meeting.tableSlotKey); these rules explain a refusal before it happens.

export type TableView = { id: string; number: number; interpreter: string | null };

export type PlacementFacts = {
  firms: readonly [string, string];
  /** The interpreter pair the two firms need ("ja-vi"), or null when they share a working language. */
  interpreter: string | null;
  table: TableView;
  /** Firms of the two that marked the slot unavailable (or hold it for something other than a meeting). */
  unavailable: ReadonlySet<string>;
  /** Firm -> the other meeting it has in the slot. */
  busy: ReadonlyMap<string, string>;
  /** The meeting already at the table in the slot, if any (not this one). */
  tableTakenBy: string | null;
};

export type PlacementConflict =
  | { reason: "unavailable"; firmId: string }
  | { reason: "busy"; firmId: string }
  | { reason: "tableTaken"; table: number }
  | { reason: "interpreter"; table: number; pair: string };

export function placementConflicts(f: PlacementFacts): PlacementConflict[] {
  const out: PlacementConflict[] = [];
  for (const firmId of f.firms) {
    if (f.unavailable.has(firmId)) out.push({ reason: "unavailable", firmId });
    else if (f.busy.has(firmId)) out.push({ reason: "busy", firmId });
  }
  if (f.tableTakenBy) out.push({ reason: "tableTaken", table: f.table.number });
  if (!tableSuits(f.table, f.interpreter))
    out.push({ reason: "interpreter", table: f.table.number, pair: f.interpreter! });
  return out;
}

/** A meeting that needs an interpreter sits only at a table whose interpreter covers its pair. */
export function tableSuits(table: TableView, interpreter: string | null): boolean {
  return !interpreter || table.interpreter === interpreter;
}

/**
 * A free table for a meeting: its interpreter's table when it needs one; otherwise a plain table first, so the
 * few interpreter tables stay free for the meetings that need them. Lowest number first, so it is predictable.
 */
export function chooseTable(
  tables: readonly TableView[],
  taken: ReadonlySet<string>,
  interpreter: string | null,
): TableView | null {
  const free = tables.filter((t) => !taken.has(t.id) && tableSuits(t, interpreter)).sort((a, b) => a.number - b.number);
  return free.find((t) => !t.interpreter) ?? free[0] ?? null;
}

/** The key of Meeting.tableSlotKey: one scheduled meeting per table and slot. */
export function tableSlotKey(tableId: string, slotId: string): string {
  return `${tableId}:${slotId}`;
}

/** Whether a firm with `count` scheduled meetings may take one more under the event's cap (null: no cap). */
export function underCap(count: number, cap: number | null): boolean {
  return cap === null || count < cap;
}
