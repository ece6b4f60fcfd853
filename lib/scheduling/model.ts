// An instance compiled to numbers, with the occupancy of participants and tables per slot: the state every
// placement step reads and changes.
import type { Instance, Schedule } from "./instance";

export type Model = {
  inst: Instance;
  slots: number;
  sessionOf: Int32Array;
  /** For each meeting: its two participants, priority, interpreter pair (index, or -1), allowed slots. */
  a: Int32Array;
  b: Int32Array;
  priority: Int32Array;
  interp: Int32Array;
  allowed: Int32Array[];
  /** Tables per slot, and of those how many have each interpreter pair. */
  tables: number;
  sessions: number;
  interpCapacity: number[];
  interpPairs: string[];
};

export type State = {
  /** occ[p * slots + s]: the meeting participant p is in at slot s, or -1. */
  occ: Int32Array;
  /** The slot of each meeting, or -1. */
  slotOf: Int32Array;
  load: Int32Array;
  /** interpLoad[s * pairs + k]: interpreter meetings of pair k at slot s. */
  interpLoad: Int32Array;
  fixed: Uint8Array;
  /** perSession[p * sessions + k]: participant p's meetings in session k. */
  perSession: Int32Array;
};

export function compile(inst: Instance): Model {
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const person = new Map(inst.participants.map((p, i) => [p.id, i]));
  const interpPairs = [...new Set(inst.tables.flatMap((t) => (t.interpreter ? [t.interpreter] : [])))];
  const unavailable = inst.participants.map((p) => new Set(p.unavailable.map((s) => slotIndex.get(s)!)));
  const m = inst.meetings.length;
  const model: Model = {
    inst,
    slots: inst.slots.length,
    sessionOf: Int32Array.from(
      inst.slots.map((s) => [...new Set(inst.slots.map((x) => x.session))].indexOf(s.session)),
    ),
    a: new Int32Array(m),
    b: new Int32Array(m),
    priority: new Int32Array(m),
    interp: new Int32Array(m),
    allowed: [],
    tables: inst.tables.length,
    sessions: new Set(inst.slots.map((x) => x.session)).size,
    interpCapacity: interpPairs.map((pair) => inst.tables.filter((t) => t.interpreter === pair).length),
    interpPairs,
  };
  inst.meetings.forEach((meeting, i) => {
    const [pa, pb] = meeting.participants.map((p) => person.get(p)!);
    model.a[i] = pa!;
    model.b[i] = pb!;
    model.priority[i] = meeting.priority;
    model.interp[i] = meeting.interpreter ? interpPairs.indexOf(meeting.interpreter) : -1;
    const allowed: number[] = [];
    // A meeting needing an interpreter no table has can never be placed: no allowed slot.
    if (!(meeting.interpreter && model.interp[i] === -1)) {
      inst.slots.forEach((slot, s) => {
        if (meeting.session && slot.session !== meeting.session) return;
        if (unavailable[pa!]!.has(s) || unavailable[pb!]!.has(s)) return;
        allowed.push(s);
      });
    }
    model.allowed.push(Int32Array.from(allowed));
  });
  return model;
}

export function emptyState(model: Model): State {
  return {
    occ: new Int32Array(model.inst.participants.length * model.slots).fill(-1),
    slotOf: new Int32Array(model.a.length).fill(-1),
    load: new Int32Array(model.slots),
    interpLoad: new Int32Array(model.slots * Math.max(1, model.interpPairs.length)),
    fixed: new Uint8Array(model.a.length),
    perSession: new Int32Array(model.inst.participants.length * model.sessions),
  };
}

/**
 * Room at slot s for meeting m as far as tables go (participants aside). Plain meetings can sit at any table,
 * interpreter meetings only at their pair's tables; seating happens at the end (toSchedule), so a slot is
 * feasible while its meetings fit the tables in total and each pair's meetings fit that pair's tables.
 */
export function tableRoom(model: Model, st: State, m: number, s: number): boolean {
  if (st.load[s]! >= model.tables) return false;
  const k = model.interp[m]!;
  return k < 0 || st.interpLoad[s * model.interpPairs.length + k]! < model.interpCapacity[k]!;
}

export function free(model: Model, st: State, m: number, s: number): boolean {
  return (
    st.occ[model.a[m]! * model.slots + s] === -1 &&
    st.occ[model.b[m]! * model.slots + s] === -1 &&
    tableRoom(model, st, m, s)
  );
}

export function place(model: Model, st: State, m: number, s: number): void {
  st.occ[model.a[m]! * model.slots + s] = m;
  st.occ[model.b[m]! * model.slots + s] = m;
  st.slotOf[m] = s;
  st.load[s]!++;
  st.perSession[model.a[m]! * model.sessions + model.sessionOf[s]!]!++;
  st.perSession[model.b[m]! * model.sessions + model.sessionOf[s]!]!++;
  const k = model.interp[m]!;
  if (k >= 0) st.interpLoad[s * model.interpPairs.length + k]!++;
}

export function unplace(model: Model, st: State, m: number): void {
  const s = st.slotOf[m]!;
  if (s < 0) return;
  st.occ[model.a[m]! * model.slots + s] = -1;
  st.occ[model.b[m]! * model.slots + s] = -1;
  st.slotOf[m] = -1;
  st.load[s]!--;
  st.perSession[model.a[m]! * model.sessions + model.sessionOf[s]!]!--;
  st.perSession[model.b[m]! * model.sessions + model.sessionOf[s]!]!--;
  const k = model.interp[m]!;
  if (k >= 0) st.interpLoad[s * model.interpPairs.length + k]!--;
}

/** Slots to tables: interpreter meetings at their interpreter's tables, the rest anywhere free. */
export function toSchedule(model: Model, st: State): Schedule {
  const inst = model.inst;
  const assignments: Schedule["assignments"] = [];
  const unscheduled: string[] = [];
  const fixedTable = new Map(inst.fixed.filter((f) => f.table).map((f) => [f.meeting, f.table!]));
  for (let s = 0; s < model.slots; s++) {
    const here: number[] = [];
    for (let m = 0; m < model.a.length; m++) if (st.slotOf[m] === s) here.push(m);
    const taken = new Set<string>();
    const seat = (m: number, table: string) => {
      taken.add(table);
      assignments.push({ meeting: inst.meetings[m]!.id, slot: inst.slots[s]!.id, table });
    };
    for (const m of here) if (fixedTable.has(inst.meetings[m]!.id)) seat(m, fixedTable.get(inst.meetings[m]!.id)!);
    const rest = here
      .filter((m) => !fixedTable.has(inst.meetings[m]!.id))
      .sort((x, y) => (model.interp[y]! >= 0 ? 1 : 0) - (model.interp[x]! >= 0 ? 1 : 0));
    for (const m of rest) {
      const need: string | undefined = model.interp[m]! >= 0 ? model.interpPairs[model.interp[m]!] : undefined;
      const table =
        inst.tables.find((t) => !taken.has(t.id) && (need ? t.interpreter === need : !t.interpreter)) ??
        (need ? undefined : inst.tables.find((t) => !taken.has(t.id)));
      if (table) seat(m, table.id);
      else unscheduled.push(inst.meetings[m]!.id);
    }
  }
  for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! < 0) unscheduled.push(inst.meetings[m]!.id);
  return { assignments, unscheduled };
}
