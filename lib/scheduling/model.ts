// An instance compiled to numbers, with the occupancy of participants and tables per slot: the state every
// placement step reads and changes.
//
// Tables are not chosen while searching: tables of one kind are interchangeable, so a slot can take a set of
// meetings exactly when they fit the tables in total and each interpreter pair's meetings fit that pair's
// tables; seating happens at the end (toSchedule). A fixed placement that names its table takes that table
// out of the slot's counts before the search starts (a plain meeting fixed at an interpreter table uses up an
// interpreter table), so the counts stay exact.
import type { Instance, Schedule } from "./instance";

export type Model = {
  inst: Instance;
  slots: number;
  people: number;
  sessionOf: Int32Array;
  sessions: number;
  /** For each meeting: its two participants, priority, interpreter pair (index, or -1), allowed slots. */
  a: Int32Array;
  b: Int32Array;
  priority: Int32Array;
  interp: Int32Array;
  /**
   * Slots a meeting may take: its session, both firms available, a table with its interpreter exists, and
   * neither firm already held there by a fixed placement. A fixed meeting's only allowed slot is its own.
   */
  allowed: Int32Array[];
  /** The slot a fixed meeting must keep, or -1. */
  fixedSlot: Int32Array;
  /** 1 for a fixed meeting whose table is named: it is seated there and does not count in the slot's load. */
  pinned: Uint8Array;
  /** Tables per slot left for meetings that are not pinned, in total and per interpreter pair (s * pairs + k). */
  capacity: Int32Array;
  interpCap: Int32Array;
  /** All tables, and per pair (for reports). */
  tables: number;
  interpCapacity: number[];
  interpPairs: string[];
  /** Meetings of each participant (CSR: meetingsOf.slice(start[p], start[p + 1])). */
  personStart: Int32Array;
  personMeetings: Int32Array;
};

export type State = {
  /** occ[p * slots + s]: the meeting participant p is in at slot s, or -1. */
  occ: Int32Array;
  /** The slot of each meeting, or -1. */
  slotOf: Int32Array;
  /** Meetings per slot that are not pinned to a table. */
  load: Int32Array;
  /** interpLoad[s * pairs + k]: interpreter meetings of pair k at slot s (not pinned). */
  interpLoad: Int32Array;
  fixed: Uint8Array;
  /** perSession[p * sessions + k]: participant p's meetings in session k. */
  perSession: Int32Array;
};

export function compile(inst: Instance): Model {
  const S = inst.slots.length;
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const person = new Map(inst.participants.map((p, i) => [p.id, i]));
  const meetingIndex = new Map(inst.meetings.map((m, i) => [m.id, i]));
  const sessionIds = [...new Set(inst.slots.map((x) => x.session))];
  const sessionIndex = new Map(sessionIds.map((id, i) => [id, i]));
  const interpPairs = [...new Set(inst.tables.flatMap((t) => (t.interpreter ? [t.interpreter] : [])))];
  const K = interpPairs.length;
  const pairIndex = new Map(interpPairs.map((p, i) => [p, i]));
  const tableById = new Map(inst.tables.map((t) => [t.id, t]));
  const P = inst.participants.length;
  const M = inst.meetings.length;
  const unavailable = new Uint8Array(P * S);
  inst.participants.forEach((p, i) => {
    for (const s of p.unavailable) unavailable[i * S + slotIndex.get(s)!] = 1;
  });
  const interpCapacity = interpPairs.map((pair) => inst.tables.filter((t) => t.interpreter === pair).length);
  const model: Model = {
    inst,
    slots: S,
    people: P,
    sessionOf: Int32Array.from(inst.slots, (s) => sessionIndex.get(s.session)!),
    sessions: sessionIds.length,
    a: new Int32Array(M),
    b: new Int32Array(M),
    priority: new Int32Array(M),
    interp: new Int32Array(M),
    allowed: [],
    fixedSlot: new Int32Array(M).fill(-1),
    pinned: new Uint8Array(M),
    capacity: new Int32Array(S).fill(inst.tables.length),
    interpCap: new Int32Array(S * Math.max(1, K)),
    tables: inst.tables.length,
    interpCapacity,
    interpPairs,
    personStart: new Int32Array(P + 1),
    personMeetings: new Int32Array(2 * M),
  };
  for (let s = 0; s < S; s++) for (let k = 0; k < K; k++) model.interpCap[s * K + k] = interpCapacity[k]!;
  inst.meetings.forEach((meeting, i) => {
    model.a[i] = person.get(meeting.participants[0])!;
    model.b[i] = person.get(meeting.participants[1])!;
    model.priority[i] = meeting.priority;
    model.interp[i] = meeting.interpreter ? (pairIndex.get(meeting.interpreter) ?? -2) : -1;
  });
  // Fixed placements: the firms are held in that slot, and a named table leaves the slot's free counts.
  const held = new Uint8Array(P * S);
  for (const f of inst.fixed) {
    const m = meetingIndex.get(f.meeting)!;
    const s = slotIndex.get(f.slot)!;
    model.fixedSlot[m] = s;
    held[model.a[m]! * S + s] = 1;
    held[model.b[m]! * S + s] = 1;
    const table = f.table ? tableById.get(f.table) : undefined;
    if (table) {
      model.pinned[m] = 1;
      model.capacity[s]!--;
      if (table.interpreter) model.interpCap[s * K + pairIndex.get(table.interpreter)!]!--;
    }
  }
  for (let m = 0; m < M; m++) {
    if (model.fixedSlot[m]! >= 0) {
      model.allowed.push(Int32Array.of(model.fixedSlot[m]!));
      continue;
    }
    const allowed: number[] = [];
    const meeting = inst.meetings[m]!;
    const session = meeting.session === undefined ? -1 : sessionIndex.get(meeting.session)!;
    // A meeting needing an interpreter no table has can never be placed: no allowed slot.
    if (model.interp[m] !== -2) {
      const ra = model.a[m]! * S;
      const rb = model.b[m]! * S;
      for (let s = 0; s < S; s++) {
        if (session >= 0 && model.sessionOf[s] !== session) continue;
        if (unavailable[ra + s] || unavailable[rb + s] || held[ra + s] || held[rb + s]) continue;
        if (model.capacity[s]! <= 0) continue;
        const k = model.interp[m]!;
        if (k >= 0 && model.interpCap[s * K + k]! <= 0) continue;
        allowed.push(s);
      }
    }
    model.allowed.push(Int32Array.from(allowed));
  }
  for (let m = 0; m < M; m++) if (model.interp[m] === -2) model.interp[m] = -1;
  for (let m = 0; m < M; m++) {
    model.personStart[model.a[m]! + 1]!++;
    model.personStart[model.b[m]! + 1]!++;
  }
  for (let p = 0; p < P; p++) model.personStart[p + 1]! += model.personStart[p]!;
  const fill = model.personStart.slice(0, P);
  for (let m = 0; m < M; m++) {
    model.personMeetings[fill[model.a[m]!]!++] = m;
    model.personMeetings[fill[model.b[m]!]!++] = m;
  }
  return model;
}

export function emptyState(model: Model): State {
  const K = Math.max(1, model.interpPairs.length);
  return {
    occ: new Int32Array(model.people * model.slots).fill(-1),
    slotOf: new Int32Array(model.a.length).fill(-1),
    load: new Int32Array(model.slots),
    interpLoad: new Int32Array(model.slots * K),
    fixed: new Uint8Array(model.a.length),
    perSession: new Int32Array(model.people * model.sessions),
  };
}

export function copyState(st: State): State {
  return {
    occ: st.occ.slice(),
    slotOf: st.slotOf.slice(),
    load: st.load.slice(),
    interpLoad: st.interpLoad.slice(),
    fixed: st.fixed,
    perSession: st.perSession.slice(),
  };
}

/** The state with every fixed meeting in its slot (and marked immovable). */
export function fixedState(model: Model): State {
  const st = emptyState(model);
  for (let m = 0; m < model.a.length; m++) {
    const s = model.fixedSlot[m]!;
    if (s < 0) continue;
    st.fixed[m] = 1;
    // Two fixed placements holding one firm in one slot cannot both be kept; the later one is reported by
    // the validator, and the state keeps the first so the search never sees a firm in two meetings.
    if (st.occ[model.a[m]! * model.slots + s] !== -1 || st.occ[model.b[m]! * model.slots + s] !== -1) continue;
    place(model, st, m, s);
  }
  return st;
}

/**
 * Room at slot s for meeting m as far as tables go (participants aside). Plain meetings can sit at any table,
 * interpreter meetings only at their pair's tables.
 */
export function tableRoom(model: Model, st: State, m: number, s: number): boolean {
  if (st.load[s]! >= model.capacity[s]!) return false;
  const k = model.interp[m]!;
  if (k < 0) return true;
  const i = s * model.interpPairs.length + k;
  return st.interpLoad[i]! < model.interpCap[i]!;
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
  st.perSession[model.a[m]! * model.sessions + model.sessionOf[s]!]!++;
  st.perSession[model.b[m]! * model.sessions + model.sessionOf[s]!]!++;
  if (model.pinned[m]) return;
  st.load[s]!++;
  const k = model.interp[m]!;
  if (k >= 0) st.interpLoad[s * model.interpPairs.length + k]!++;
}

export function unplace(model: Model, st: State, m: number): void {
  const s = st.slotOf[m]!;
  if (s < 0) return;
  st.occ[model.a[m]! * model.slots + s] = -1;
  st.occ[model.b[m]! * model.slots + s] = -1;
  st.slotOf[m] = -1;
  st.perSession[model.a[m]! * model.sessions + model.sessionOf[s]!]!--;
  st.perSession[model.b[m]! * model.sessions + model.sessionOf[s]!]!--;
  if (model.pinned[m]) return;
  st.load[s]!--;
  const k = model.interp[m]!;
  if (k >= 0) st.interpLoad[s * model.interpPairs.length + k]!--;
}

/** Sum of the priorities of placed meetings. */
export function placedWeight(model: Model, st: State): number {
  let w = 0;
  for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! >= 0) w += model.priority[m]!;
  return w;
}

/** The state of a schedule in the exchange format (meetings at unknown slots are ignored). */
export function stateOf(model: Model, schedule: Schedule): State {
  const st = fixedState(model);
  const slotIndex = new Map(model.inst.slots.map((s, i) => [s.id, i]));
  const index = new Map(model.inst.meetings.map((m, i) => [m.id, i]));
  for (const a of schedule.assignments) {
    const m = index.get(a.meeting);
    const s = slotIndex.get(a.slot);
    if (m === undefined || s === undefined || st.slotOf[m]! >= 0) continue;
    if (free(model, st, m, s)) place(model, st, m, s);
  }
  return st;
}

/**
 * Slots to tables: pinned meetings at their tables, interpreter meetings at their pair's tables, the rest at
 * plain tables first and then at any free one. The counts the search keeps guarantee a seat for everyone.
 */
export function toSchedule(model: Model, st: State): Schedule {
  const inst = model.inst;
  const assignments: Schedule["assignments"] = [];
  const unscheduled: string[] = [];
  const fixedTable = new Map(inst.fixed.filter((f) => f.table).map((f) => [f.meeting, f.table!]));
  const bySlot: number[][] = Array.from({ length: model.slots }, () => []);
  for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! >= 0) bySlot[st.slotOf[m]!]!.push(m);
  for (let s = 0; s < model.slots; s++) {
    const here = bySlot[s]!;
    const taken = new Set<string>();
    const seat = (m: number, table: string) => {
      taken.add(table);
      assignments.push({ meeting: inst.meetings[m]!.id, slot: inst.slots[s]!.id, table });
    };
    for (const m of here) if (model.pinned[m]) seat(m, fixedTable.get(inst.meetings[m]!.id)!);
    const rest = here
      .filter((m) => !model.pinned[m])
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
