// What the event's set-up can hold against what is asked of it, before a run, and for each meeting a run could
// not place, the fix that would place it where there is one: more interpreter tables of its pair, the cap
// raised for this meeting, a free cell both firms share, or one other meeting moved out of the way. Pure: it reads
// the scheduler's own exchange format (an instance and a schedule), so it holds for any run.
import type { Instance, Schedule } from "@/lib/scheduling/instance";

export type PairCapacity = {
  pair: string;
  /** Meetings that need this interpreter pair. */
  demanded: number;
  tables: number;
  /** Interpreter table-slots of this pair. */
  places: number;
  /** Tables of this pair to add so that every meeting needing it has a place (0 when none are short). */
  moreTables: number;
};

export type FirmCapacity = {
  firmId: string;
  demanded: number;
  /** Slots in which the firm can meet (not marked away, not held by a tour). */
  available: number;
};

export type CapacityReport = {
  slots: number;
  tables: number;
  tableSlots: number;
  demanded: number;
  placed: number;
  pairs: PairCapacity[];
  /** Firms asked for more meetings than the cap or their free slots allow, most over first. */
  firmsOver: FirmCapacity[];
  cap: number | null;
};

export function capacityReport(inst: Instance, schedule: Schedule, cap: number | null): CapacityReport {
  const slots = inst.slots.length;
  const tables = inst.tables.length;
  const demanded = new Map<string, number>();
  for (const m of inst.meetings) for (const p of m.participants) demanded.set(p, (demanded.get(p) ?? 0) + 1);
  const unavailable = new Map(inst.participants.map((p) => [p.id, new Set(p.unavailable).size]));
  const firmsOver = [...demanded]
    .map(([firmId, n]) => ({ firmId, demanded: n, available: slots - (unavailable.get(firmId) ?? 0) }))
    .filter((f) => f.demanded > f.available || (cap !== null && f.demanded > cap))
    .sort((a, b) => b.demanded - a.demanded || a.firmId.localeCompare(b.firmId));
  const pairs = new Set<string>([
    ...inst.meetings.flatMap((m) => (m.interpreter ? [m.interpreter] : [])),
    ...inst.tables.flatMap((t) => (t.interpreter ? [t.interpreter] : [])),
  ]);
  return {
    slots,
    tables,
    tableSlots: slots * tables,
    demanded: inst.meetings.length,
    placed: schedule.assignments.length,
    pairs: [...pairs].sort().map((pair) => {
      const need = inst.meetings.filter((m) => m.interpreter === pair).length;
      const have = inst.tables.filter((t) => t.interpreter === pair).length;
      const places = have * slots;
      return {
        pair,
        demanded: need,
        tables: have,
        places,
        moreTables: need > places && slots > 0 ? Math.ceil((need - places) / slots) : 0,
      };
    }),
    firmsOver,
    cap,
  };
}

export type UnplacedInput = { meetingId: string; reason: string; firmId?: string };

export type Hint =
  /** "70 meetings need a ja–vi interpreter table, 64 places exist: 1 more interpreter table places 6 of them". */
  | {
      kind: "moreInterpreterTables";
      pair: string;
      demanded: number;
      places: number;
      tables: number;
      placesMeetings: number;
    }
  /** A firm is at the cap: place this one over the cap (at `cell` if one is free). */
  | {
      kind: "overCap";
      firmId: string;
      cap: number;
      cell: Cell | null;
      move: { other: string; to: Cell } | null;
      /** Slots in which both firms are free (when no cell is: every table is taken then). */
      slots: string[];
    }
  /** Both firms are free in these slots and a suitable table is free then: place it there. */
  | { kind: "freeCell"; slots: string[]; cell: Cell }
  /** Moving one meeting elsewhere frees a place for this one. */
  | { kind: "moveOther"; other: string; to: Cell; cell: Cell }
  /** Both firms are free in these slots, but every suitable table is taken then. */
  | { kind: "tablesFull"; slots: string[] }
  /** The two firms have no slot in which both can meet: one of them must free a slot. */
  | { kind: "noCommonSlot" };

export type Cell = { slot: string; table: string };

/** The occupancy of a schedule, for asking what is free where. */
class Occupancy {
  readonly firmAt = new Map<string, string>();
  readonly tableAt = new Map<string, string>();
  readonly unavailable: Map<string, Set<string>>;
  readonly meetingById: Map<string, Instance["meetings"][number]>;
  readonly placed = new Map<string, Cell>();

  constructor(
    readonly inst: Instance,
    schedule: Schedule,
  ) {
    this.unavailable = new Map(inst.participants.map((p) => [p.id, new Set(p.unavailable)]));
    this.meetingById = new Map(inst.meetings.map((m) => [m.id, m]));
    for (const a of schedule.assignments) {
      const m = this.meetingById.get(a.meeting);
      if (!m) continue;
      this.placed.set(a.meeting, { slot: a.slot, table: a.table });
      this.tableAt.set(`${a.table}@${a.slot}`, a.meeting);
      for (const p of m.participants) this.firmAt.set(`${p}@${a.slot}`, a.meeting);
    }
  }

  canMeet(firm: string, slot: string, except?: string): boolean {
    if (this.unavailable.get(firm)?.has(slot)) return false;
    const at = this.firmAt.get(`${firm}@${slot}`);
    return !at || at === except;
  }

  /** Slots in which both firms could meet if they had no other meeting (their common availability). */
  commonSlots(m: Instance["meetings"][number]): string[] {
    return this.inst.slots
      .filter(
        (s) =>
          (!m.session || s.session === m.session) && m.participants.every((p) => !this.unavailable.get(p)?.has(s.id)),
      )
      .map((s) => s.id);
  }

  freeTable(slot: string, interpreter: string | undefined, except?: string): string | null {
    // Plain tables first for a meeting that needs none, so interpreter tables stay for those that do.
    const suits = this.inst.tables.filter((t) => (interpreter ? t.interpreter === interpreter : true));
    const ordered = interpreter
      ? suits
      : [...suits.filter((t) => !t.interpreter), ...suits.filter((t) => t.interpreter)];
    for (const t of ordered) {
      const at = this.tableAt.get(`${t.id}@${slot}`);
      if (!at || at === except) return t.id;
    }
    return null;
  }
}

/**
 * How many of `waiting` (meetings needing `pair`) `extra` new tables of the pair would place, greedily, in the
 * schedule as it is: both firms free in the slot and neither at the cap. A firm at the cap takes no meeting however
 * many tables there are, so counting it would promise meetings the next run cannot place.
 */
function placedByExtraTables(
  occ: Occupancy,
  waiting: Instance["meetings"],
  extra: number,
  cap: number | null,
  elsewhere: ReadonlyMap<string, number>,
): number {
  const used = new Map<string, number>();
  const busy = new Set<string>();
  const meetings = new Map(elsewhere);
  for (const m of occ.placed.keys())
    for (const p of occ.meetingById.get(m)!.participants) meetings.set(p, (meetings.get(p) ?? 0) + 1);
  const underCap = (p: string) => cap === null || (meetings.get(p) ?? 0) < cap;
  // Most constrained first: fewest slots in which both firms are free.
  const options = waiting
    .map((m) => ({
      m,
      slots: occ.commonSlots(m).filter((s) => m.participants.every((p) => occ.canMeet(p, s))),
    }))
    .sort((a, b) => a.slots.length - b.slots.length);
  let placed = 0;
  for (const { m, slots } of options) {
    if (!m.participants.every(underCap)) continue;
    const s = slots.find((s) => (used.get(s) ?? 0) < extra && m.participants.every((p) => !busy.has(`${p}@${s}`)));
    if (s === undefined) continue;
    used.set(s, (used.get(s) ?? 0) + 1);
    for (const p of m.participants) {
      busy.add(`${p}@${s}`);
      meetings.set(p, (meetings.get(p) ?? 0) + 1);
    }
    placed++;
  }
  return placed;
}

/**
 * For each unplaced meeting, the fix that would place it, where the schedule shows one. `elsewhere` counts each
 * firm's meetings outside the instance (online ones), which count for the cap too.
 */
export function unplacedHints(
  inst: Instance,
  schedule: Schedule,
  unplaced: readonly UnplacedInput[],
  cap: number | null = null,
  elsewhere: ReadonlyMap<string, number> = new Map(),
): Map<string, Hint> {
  const occ = new Occupancy(inst, schedule);
  const report = capacityReport(inst, schedule, cap);
  const out = new Map<string, Hint>();

  // Interpreter pairs short of places: how many more tables, and how many of the waiting meetings they would place.
  const waitingByPair = new Map<string, Instance["meetings"]>();
  for (const u of unplaced) {
    const m = occ.meetingById.get(u.meetingId);
    if (!m?.interpreter || u.reason === "cap") continue;
    if (u.reason !== "noTable" && u.reason !== "noInterpreter") continue;
    waitingByPair.set(m.interpreter, [...(waitingByPair.get(m.interpreter) ?? []), m]);
  }
  const pairHint = new Map<string, Hint>();
  for (const [pair, waiting] of waitingByPair) {
    const short = report.pairs.find((p) => p.pair === pair)!;
    const tables = Math.max(1, short.moreTables);
    const placesMeetings = placedByExtraTables(occ, waiting, tables, cap, elsewhere);
    if (placesMeetings > 0)
      pairHint.set(pair, {
        kind: "moreInterpreterTables",
        pair,
        demanded: short.demanded,
        places: short.places,
        tables,
        placesMeetings,
      });
  }

  for (const u of unplaced) {
    const m = occ.meetingById.get(u.meetingId);
    if (!m) continue;
    const common = occ.commonSlots(m);
    const bothFree = common.filter((s) => m.participants.every((p) => occ.canMeet(p, s)));
    const firstFree = (): Cell | null => {
      for (const s of bothFree) {
        const t = occ.freeTable(s, m.interpreter);
        if (t) return { slot: s, table: t };
      }
      return null;
    };
    if (u.reason === "cap" && u.firmId && cap !== null) {
      const cell = firstFree();
      const move = cell ? null : moveOneOther(occ, m, common);
      out.set(u.meetingId, {
        kind: "overCap",
        firmId: u.firmId,
        cap,
        cell: cell ?? (move?.kind === "moveOther" ? move.cell : null),
        move: move?.kind === "moveOther" ? { other: move.other, to: move.to } : null,
        slots: bothFree,
      });
      continue;
    }
    if (m.interpreter && pairHint.has(m.interpreter)) {
      out.set(u.meetingId, pairHint.get(m.interpreter)!);
      continue;
    }
    if (common.length === 0) {
      out.set(u.meetingId, { kind: "noCommonSlot" });
      continue;
    }
    const cell = firstFree();
    if (cell) {
      out.set(u.meetingId, { kind: "freeCell", slots: bothFree, cell });
      continue;
    }
    const move = moveOneOther(occ, m, common);
    if (move) {
      out.set(u.meetingId, move);
      continue;
    }
    if (bothFree.length) out.set(u.meetingId, { kind: "tablesFull", slots: bothFree });
  }
  return out;
}

/**
 * One meeting moved elsewhere that frees a place for `m`: in a slot both firms can meet in, the one meeting in
 * the way (a firm's other meeting, or the meeting at a suitable table) moves to a slot where its own firms are
 * free and a table suits it. Depth one, as an organizer would try it by hand.
 */
function moveOneOther(occ: Occupancy, m: Instance["meetings"][number], common: string[]): Hint | null {
  for (const s of common) {
    const blockers = new Set(m.participants.map((p) => occ.firmAt.get(`${p}@${s}`)).filter((x): x is string => !!x));
    if (blockers.size > 1) continue;
    const candidates = blockers.size
      ? [...blockers]
      : // No firm is busy: the slot's tables are full. Any meeting at a table that suits m may make room.
        occ.inst.tables
          .filter((t) => (m.interpreter ? t.interpreter === m.interpreter : true))
          .map((t) => occ.tableAt.get(`${t.id}@${s}`))
          .filter((x): x is string => !!x);
    for (const other of candidates) {
      const om = occ.meetingById.get(other)!;
      const from = occ.placed.get(other);
      if (!from || occ.inst.meetings.length === 0) continue;
      // Is m's place free once `other` leaves s?
      const tableForM = occ.freeTable(s, m.interpreter, other);
      if (!tableForM) continue;
      if (!m.participants.every((p) => occ.canMeet(p, s, other))) continue;
      for (const s2 of occ.inst.slots.map((x) => x.id)) {
        if (s2 === s) continue;
        if (!om.participants.every((p) => occ.canMeet(p, s2))) continue;
        if (om.session && occ.inst.slots.find((x) => x.id === s2)?.session !== om.session) continue;
        const t2 = occ.freeTable(s2, om.interpreter);
        if (t2) return { kind: "moveOther", other, to: { slot: s2, table: t2 }, cell: { slot: s, table: tableForM } };
      }
    }
  }
  return null;
}
