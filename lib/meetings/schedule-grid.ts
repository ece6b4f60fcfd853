// The schedule grid, as pure data: tables × slots and firms × slots for one event, each cell free, taken (by which
// meeting), unavailable, or blocked by a tour; and, for a meeting to place or move, which cells it may take and
// why the others are refused, judged by the same rules (placement-rules.ts) that the database operations apply.
// Built once per request from GridFacts (grid-facts.ts) in a few milliseconds for 1,000 firms × 16 slots × 60 tables.
import { foldForSearch } from "@/lib/text/normalize";
import { interpreterNeeded, type LanguageStaff } from "@/lib/matching/language-capacity";
import { placementConflicts, tableSuits, underCap, type PlacementConflict, type TableView } from "./placement-rules";

export type GridSlot = { id: string; startsAt: Date; endsAt: Date; sessionId: string };
export type GridFirm = { id: string; nameLocal: string; nameEn: string; country: string; staff?: LanguageStaff };
export type GridMeeting = {
  id: string;
  requestId: string;
  slotId: string;
  /** Null for an online meeting (issue 21): it holds both firms' slot but no table cell. */
  tableId: string | null;
  firmAId: string;
  firmBId: string;
  status: "SCHEDULED" | "HELD";
  source: "SCHEDULER" | "ORGANIZER" | "SELF_BOOKED";
  overCap: boolean;
  /** The interpreter pair the two firms need, or null. */
  interpreter: string | null;
};
/** An accepted request without a meeting: what the organizer may place by hand. */
export type UnplacedRequest = {
  requestId: string;
  firmAId: string;
  firmBId: string;
  priority: "MUST" | "WOULD_LIKE";
  interpreter: string | null;
  byOrganizers: boolean;
};

/** A placement of the latest preview run, not yet published: shown in the grid, kept free by its buttons. */
export type PlannedMeeting = {
  requestId: string;
  slotId: string;
  /** null: planned online (no table, only both firms' slot). */
  tableId: string | null;
  firmAId: string;
  firmBId: string;
};

export type GridFacts = {
  eventId: string;
  timeZone: string;
  cap: number | null;
  slots: GridSlot[];
  tables: TableView[];
  /** Participating approved firms, and any other firm named by a meeting or request. */
  firms: GridFirm[];
  meetings: GridMeeting[];
  unavailable: { firmId: string; slotId: string }[];
  tourHolds: { firmId: string; slotId: string; tourId: string }[];
  unplaced: UnplacedRequest[];
  planned: PlannedMeeting[];
};

export type FirmCell =
  | { kind: "free" }
  | { kind: "meeting"; meetingId: string }
  | { kind: "unavailable" }
  | { kind: "tour"; tourId: string }
  | { kind: "planned"; requestId: string };

/** Why a cell cannot take a meeting: the placement rules' reasons, a tour named as such, or the cap. */
export type CellRefusal =
  | PlacementConflict
  | { reason: "tour"; firmId: string }
  | { reason: "cap"; firmId: string }
  /** The latest preview plans a meeting there (placing one by hand would make the preview stale). */
  | { reason: "plannedFirm"; firmId: string }
  | { reason: "plannedTable"; table: number };

const FREE: FirmCell = { kind: "free" };

/** Indexes over the facts: who and what is where, by slot. */
export class ScheduleGrid {
  readonly slotIndex: Map<string, number>;
  readonly tableIndex: Map<string, number>;
  readonly firmById: Map<string, GridFirm>;
  readonly meetingById: Map<string, GridMeeting>;
  /** tableAt[t * slots + s]: the meeting at table t in slot s, or null. */
  private readonly tableAt: (GridMeeting | null)[];
  private readonly plannedAt: (PlannedMeeting | null)[];
  /** Per firm, its cells that are not free, by slot index. */
  private readonly firmAt = new Map<string, Map<number, FirmCell>>();
  private readonly meetingCount = new Map<string, number>();

  constructor(readonly facts: GridFacts) {
    const S = facts.slots.length;
    this.slotIndex = new Map(facts.slots.map((s, i) => [s.id, i]));
    this.tableIndex = new Map(facts.tables.map((t, i) => [t.id, i]));
    this.firmById = new Map(facts.firms.map((f) => [f.id, f]));
    this.meetingById = new Map(facts.meetings.map((m) => [m.id, m]));
    this.tableAt = new Array(facts.tables.length * S).fill(null);
    this.plannedAt = new Array(facts.tables.length * S).fill(null);
    const mark = (firmId: string, slot: number, cell: FirmCell) => {
      let row = this.firmAt.get(firmId);
      if (!row) this.firmAt.set(firmId, (row = new Map()));
      // A meeting wins over a mark, a mark over a plan: what the firm will actually be doing then.
      const now = row.get(slot);
      if (!now || cell.kind === "meeting" || now.kind === "planned") row.set(slot, cell);
    };
    for (const u of facts.unavailable) {
      const s = this.slotIndex.get(u.slotId);
      if (s !== undefined) mark(u.firmId, s, { kind: "unavailable" });
    }
    for (const h of facts.tourHolds) {
      const s = this.slotIndex.get(h.slotId);
      if (s !== undefined) mark(h.firmId, s, { kind: "tour", tourId: h.tourId });
    }
    for (const p of facts.planned) {
      const s = this.slotIndex.get(p.slotId);
      const t = p.tableId === null ? undefined : this.tableIndex.get(p.tableId);
      if (s === undefined || (p.tableId !== null && t === undefined)) continue;
      if (t !== undefined) this.plannedAt[t * S + s] = p;
      for (const firmId of [p.firmAId, p.firmBId]) {
        const row = this.firmAt.get(firmId);
        if (!row?.has(s)) mark(firmId, s, { kind: "planned", requestId: p.requestId });
      }
    }
    for (const m of facts.meetings) {
      const s = this.slotIndex.get(m.slotId);
      const t = m.tableId === null ? undefined : this.tableIndex.get(m.tableId);
      if (s === undefined || (m.tableId !== null && t === undefined)) continue;
      if (t !== undefined) this.tableAt[t * S + s] = m;
      for (const firmId of [m.firmAId, m.firmBId]) {
        mark(firmId, s, { kind: "meeting", meetingId: m.id });
        this.meetingCount.set(firmId, (this.meetingCount.get(firmId) ?? 0) + 1);
      }
    }
  }

  get slots() {
    return this.facts.slots;
  }
  get tables() {
    return this.facts.tables;
  }

  tableCell(tableIdx: number, slotIdx: number): GridMeeting | null {
    return this.tableAt[tableIdx * this.facts.slots.length + slotIdx] ?? null;
  }

  plannedCell(tableIdx: number, slotIdx: number): PlannedMeeting | null {
    return this.plannedAt[tableIdx * this.facts.slots.length + slotIdx] ?? null;
  }

  firmCell(firmId: string, slotIdx: number): FirmCell {
    return this.firmAt.get(firmId)?.get(slotIdx) ?? FREE;
  }

  /** The interpreter pair a meeting of two firms needs (null when they share a language or are unknown). */
  interpreterFor(a: string, b: string): string | null {
    const fa = this.firmById.get(a)?.staff;
    const fb = this.firmById.get(b)?.staff;
    return fa && fb ? interpreterNeeded(fa, fb) : null;
  }

  meetingsOf(firmId: string): number {
    return this.meetingCount.get(firmId) ?? 0;
  }

  /**
   * Why a meeting of `firms` cannot sit at the table in the slot (none: it can). `exceptMeetingId` is the meeting
   * being moved, which does not stand in its own way; `overCap` lets it past the cap.
   */
  refusals(
    place: {
      firms: readonly [string, string];
      interpreter: string | null;
      exceptMeetingId?: string;
      overCap?: boolean;
    },
    slotIdx: number,
    tableIdx: number,
  ): CellRefusal[] {
    const table = this.facts.tables[tableIdx]!;
    const unavailable = new Set<string>();
    const busy = new Map<string, string>();
    const tours: CellRefusal[] = [];
    const planned: CellRefusal[] = [];
    for (const firmId of place.firms) {
      const cell = this.firmCell(firmId, slotIdx);
      if (cell.kind === "unavailable") unavailable.add(firmId);
      if (cell.kind === "tour") tours.push({ reason: "tour", firmId });
      if (cell.kind === "planned") planned.push({ reason: "plannedFirm", firmId });
      if (cell.kind === "meeting" && cell.meetingId !== place.exceptMeetingId) busy.set(firmId, cell.meetingId);
    }
    const atTable = this.tableCell(tableIdx, slotIdx);
    const conflicts: CellRefusal[] = placementConflicts({
      firms: place.firms,
      interpreter: place.interpreter,
      table,
      unavailable,
      busy,
      tableTakenBy: atTable && atTable.id !== place.exceptMeetingId ? atTable.id : null,
    });
    const plannedHere = this.plannedCell(tableIdx, slotIdx);
    if (plannedHere && !conflicts.some((c) => c.reason === "tableTaken"))
      planned.push({ reason: "plannedTable", table: table.number });
    // A tour is a hold, not a mark: say so rather than "unavailable".
    const out = [...tours, ...conflicts, ...planned];
    if (!place.exceptMeetingId && !place.overCap)
      for (const firmId of place.firms)
        if (!underCap(this.meetingsOf(firmId), this.facts.cap)) out.push({ reason: "cap", firmId });
    return out;
  }

  /** The free cells a meeting could take, slot by slot (for hints and the grid's "place here" buttons). */
  openCells(place: { firms: readonly [string, string]; interpreter: string | null; exceptMeetingId?: string }) {
    const cells: { slotIdx: number; tableIdx: number }[] = [];
    this.facts.slots.forEach((_, s) => {
      for (let t = 0; t < this.facts.tables.length; t++)
        if (
          tableSuits(this.facts.tables[t]!, place.interpreter) &&
          this.refusals({ ...place, overCap: true }, s, t).length === 0
        )
          cells.push({ slotIdx: s, tableIdx: t });
    });
    return cells;
  }
}

export type GridFilter = {
  /** Part of a firm's name, in any script (folded like the directory search). */
  q?: string;
  country?: string;
  /** A table number: only that table, and the firms meeting there. */
  table?: number;
  /** An interpreter pair ("ja-vi"): only its tables, and the firms meeting there. */
  pair?: string;
  page?: number;
  pageSize?: number;
};

export type GridView = {
  tables: { table: TableView; index: number }[];
  firmRows: { firm: GridFirm; cells: FirmCell[]; meetings: number }[];
  totalFirms: number;
  page: number;
  pages: number;
};

/** What the page shows for a filter: the tables and one page of firm rows (firms in name order). */
export function gridView(grid: ScheduleGrid, filter: GridFilter): GridView {
  const pageSize = Math.max(1, Math.min(200, filter.pageSize ?? 40));
  const tables = grid.tables
    .map((table, index) => ({ table, index }))
    .filter(({ table }) => (filter.table ? table.number === filter.table : true))
    .filter(({ table }) => (filter.pair ? table.interpreter === filter.pair : true));
  // With a table or pair filter, the firms are those meeting at the tables shown.
  let meetingFirms: Set<string> | null = null;
  if (filter.table || filter.pair) {
    meetingFirms = new Set();
    for (const { index } of tables)
      for (let s = 0; s < grid.slots.length; s++) {
        const m = grid.tableCell(index, s);
        if (m) meetingFirms.add(m.firmAId).add(m.firmBId);
      }
  }
  const q = filter.q ? foldForSearch(filter.q) : "";
  const firms = grid.facts.firms
    .filter((f) => (filter.country ? f.country === filter.country : true))
    .filter((f) => (meetingFirms ? meetingFirms.has(f.id) : true))
    .filter((f) => (q ? foldForSearch(`${f.nameLocal} ${f.nameEn}`).includes(q) : true))
    .sort((a, b) => a.nameEn.localeCompare(b.nameEn) || a.id.localeCompare(b.id));
  const pages = Math.max(1, Math.ceil(firms.length / pageSize));
  const page = Math.min(pages, Math.max(1, Math.floor(filter.page ?? 1)));
  const firmRows = firms.slice((page - 1) * pageSize, page * pageSize).map((firm) => ({
    firm,
    cells: grid.slots.map((_, s) => grid.firmCell(firm.id, s)),
    meetings: grid.meetingsOf(firm.id),
  }));
  return { tables, firmRows, totalFirms: firms.length, page, pages };
}
