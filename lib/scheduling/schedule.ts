// The scheduler: places accepted meetings into slots and tables. Hard rules first (nobody and no table twice
// in a slot, availability, sessions, interpreters, fixed placements kept), then the most meetings weighted by
// priority, then the fewest breaks. Deterministic for a given seed.
//
// 1. Fixed placements.
// 2. Constructive pass: higher priority first, then the meetings with the fewest possible slots, each into the
//    slot that joins its firms' existing meetings best (fewest new gaps).
// 3. Repair: an unplaced meeting takes a slot whose blockers (the firms' meetings there, or a full slot) can
//    move elsewhere (ejection chains of depth one, then two); failing that, it displaces lower-priority
//    meetings when that gains weight.
// 4. Break reduction: single meetings move to slots that shorten their firms' waits.
import seedrandom from "seedrandom";
import type { Instance, Schedule } from "./instance";
import { evaluate } from "./evaluate";
import { greedySchedule } from "./greedy";
import { compile, emptyState, free, place, tableRoom, toSchedule, unplace, type Model, type State } from "./model";

/**
 * `effort` bounds the repair work in attempted placements (not time), so the result depends on the instance
 * and the seed only, never on the machine's speed.
 */
export type ScheduleOptions = { seed?: string; effort?: number };

// Every move in the repair steps is journaled, so a failed attempt is undone exactly, in reverse order,
// however deep the chain went.
type Journal = { entries: number[] };
function put(model: Model, st: State, j: Journal, m: number, s: number) {
  place(model, st, m, s);
  j.entries.push(m, -1 - s);
}
function take(model: Model, st: State, j: Journal, m: number) {
  const s = st.slotOf[m]!;
  unplace(model, st, m);
  j.entries.push(m, s);
}
function rollback(model: Model, st: State, j: Journal, mark: number) {
  while (j.entries.length > mark) {
    const code = j.entries.pop()!;
    const m = j.entries.pop()!;
    if (code < 0) unplace(model, st, m);
    else place(model, st, m, code);
  }
}

/** How many new idle gaps placing m at s opens (or closes, negative) in its firms' sessions. */
function gapCost(model: Model, st: State, m: number, s: number): number {
  let cost = 0;
  for (const p of [model.a[m]!, model.b[m]!]) {
    const row = p * model.slots;
    const session = model.sessionOf[s]!;
    const before = s > 0 && model.sessionOf[s - 1] === session && st.occ[row + s - 1]! >= 0;
    const after = s + 1 < model.slots && model.sessionOf[s + 1] === session && st.occ[row + s + 1]! >= 0;
    if (st.perSession[p * model.sessions + session] === 0) continue;
    cost += before || after ? (before && after ? -1 : 0) : 1;
  }
  return cost;
}

function bestSlot(model: Model, st: State, m: number, except = -1): number {
  let best = -1;
  let bestCost = Infinity;
  for (const s of model.allowed[m]!) {
    if (s === except || !free(model, st, m, s)) continue;
    const c = gapCost(model, st, m, s);
    if (c < bestCost) [best, bestCost] = [s, c];
  }
  return best;
}

/** Tries to move meeting x out of slot `away` to any other free slot; true when moved. */
function relocate(
  model: Model,
  st: State,
  j: Journal,
  x: number,
  away: number,
  forbidden: ReadonlySet<number>,
): boolean {
  if (st.fixed[x] || forbidden.has(x)) return false;
  const mark = j.entries.length;
  take(model, st, j, x);
  const s = bestSlot(model, st, x, away);
  if (s >= 0) {
    put(model, st, j, x, s);
    return true;
  }
  rollback(model, st, j, mark);
  return false;
}

/** Depth two: move x (blocking `from`) to a slot t where one meeting is in the way, moving that one on. */
function chain(model: Model, st: State, j: Journal, x: number, from: number, keep: number): boolean {
  if (st.fixed[x]) return false;
  for (const t of model.allowed[x]!) {
    if (t === from) continue;
    const inTheWay = [
      ...new Set([model.a[x]!, model.b[x]!].map((p) => st.occ[p * model.slots + t]!).filter((y) => y >= 0)),
    ];
    if (inTheWay.length !== 1 || inTheWay[0] === keep || st.fixed[inTheWay[0]!]) continue;
    const mark = j.entries.length;
    take(model, st, j, x);
    if (relocate(model, st, j, inTheWay[0]!, t, new Set([keep, x])) && free(model, st, x, t)) {
      put(model, st, j, x, t);
      return true;
    }
    rollback(model, st, j, mark);
  }
  return false;
}

/** Places m at slot s after moving what blocks it there; on failure everything is as it was. */
function placeByEjection(model: Model, st: State, j: Journal, m: number, s: number, depth: number): boolean {
  const mark = j.entries.length;
  const blockers = [
    ...new Set([model.a[m]!, model.b[m]!].map((p) => st.occ[p * model.slots + s]!).filter((x) => x >= 0)),
  ];
  for (const x of blockers) {
    if (st.slotOf[x] !== s) continue; // already moved along with another blocker
    if (relocate(model, st, j, x, s, new Set([m]))) continue;
    if (depth > 1 && chain(model, st, j, x, s, m)) continue;
    rollback(model, st, j, mark);
    return false;
  }
  if (!tableRoom(model, st, m, s)) {
    // The slot is full: move another of its meetings away.
    let freed = false;
    for (let x = 0; x < model.a.length && !freed; x++) {
      if (st.slotOf[x] !== s || x === m) continue;
      if (model.interp[m]! >= 0 && model.interp[x] !== model.interp[m]) continue;
      freed = relocate(model, st, j, x, s, new Set([m]));
    }
    if (!freed) {
      rollback(model, st, j, mark);
      return false;
    }
  }
  if (!free(model, st, m, s)) {
    rollback(model, st, j, mark);
    return false;
  }
  put(model, st, j, m, s);
  return true;
}

/** Displaces lower-priority meetings at some slot for m when the weight gained is positive. */
function placeBySwap(model: Model, st: State, j: Journal, m: number): boolean {
  for (const s of model.allowed[m]!) {
    const blockers = [
      ...new Set([model.a[m]!, model.b[m]!].map((p) => st.occ[p * model.slots + s]!).filter((x) => x >= 0)),
    ];
    if (blockers.some((x) => st.fixed[x])) continue;
    const lost = blockers.reduce((sum, x) => sum + model.priority[x]!, 0);
    if (lost >= model.priority[m]!) continue;
    const mark = j.entries.length;
    for (const x of blockers) take(model, st, j, x);
    if (!free(model, st, m, s)) {
      rollback(model, st, j, mark);
      continue;
    }
    put(model, st, j, m, s);
    // The displaced meetings get another chance elsewhere.
    for (const x of blockers) {
      const t = bestSlot(model, st, x);
      if (t >= 0) put(model, st, j, x, t);
    }
    return true;
  }
  return false;
}

/**
 * Iterated local search: force an unplaced meeting into one of its slots, displacing whatever is in the way,
 * then give each displaced meeting another place (directly or by an ejection). Kept when the weight placed
 * does not drop (moves that keep it equal let the search cross plateaus), undone otherwise.
 */
function improve(model: Model, st: State, j: Journal, random: () => number, iterations: number): void {
  const unplaced = () => {
    const out: number[] = [];
    for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! < 0 && model.allowed[m]!.length > 0) out.push(m);
    return out;
  };
  const pool = unplaced();
  for (let it = 0; it < iterations && pool.length > 0; it++) {
    const m = pool[Math.floor(random() * pool.length)]!;
    const slots = model.allowed[m]!;
    const s = slots[Math.floor(random() * slots.length)]!;
    const blockers = [
      ...new Set([model.a[m]!, model.b[m]!].map((p) => st.occ[p * model.slots + s]!).filter((x) => x >= 0)),
    ];
    if (blockers.some((x) => st.fixed[x])) continue;
    const mark = j.entries.length;
    let delta = model.priority[m]!;
    for (const x of blockers) {
      take(model, st, j, x);
      delta -= model.priority[x]!;
    }
    if (!free(model, st, m, s)) {
      rollback(model, st, j, mark);
      continue;
    }
    put(model, st, j, m, s);
    for (const x of blockers) {
      const t = bestSlot(model, st, x);
      if (t >= 0) {
        put(model, st, j, x, t);
        delta += model.priority[x]!;
        continue;
      }
      for (const t2 of model.allowed[x]!) {
        if (placeByEjection(model, st, j, x, t2, 1)) {
          delta += model.priority[x]!;
          break;
        }
      }
    }
    if (delta < 0) rollback(model, st, j, mark);
    else if (st.slotOf[m]! >= 0) {
      // m is placed now; displaced meetings that found no place join the pool.
      pool[pool.indexOf(m)] = pool[pool.length - 1]!;
      pool.pop();
      for (const x of blockers) if (st.slotOf[x]! < 0 && !pool.includes(x)) pool.push(x);
    }
    j.entries.length = 0;
  }
}

function reduceBreaks(model: Model, st: State): void {
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (let m = 0; m < model.a.length; m++) {
      const s = st.slotOf[m]!;
      if (s < 0 || st.fixed[m]) continue;
      unplace(model, st, m);
      const here = gapCost(model, st, m, s);
      const t = bestSlot(model, st, m);
      if (t >= 0 && gapCost(model, st, m, t) < here) {
        place(model, st, m, t);
        improved = true;
      } else place(model, st, m, s);
    }
    if (!improved) break;
  }
}

export function scheduleMeetings(inst: Instance, options: ScheduleOptions = {}): Schedule {
  const model = compile(inst);
  const st = emptyState(model);
  const random = seedrandom(options.seed ?? "kakehashi");
  let budget = options.effort ?? 250_000;
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const index = new Map(inst.meetings.map((m, i) => [m.id, i]));
  for (const f of inst.fixed) {
    const m = index.get(f.meeting)!;
    place(model, st, m, slotIndex.get(f.slot)!);
    st.fixed[m] = 1;
  }
  const tie = Float64Array.from(inst.meetings, () => random());
  const order = inst.meetings
    .map((_, i) => i)
    .filter((m) => !st.fixed[m])
    .sort(
      (x, y) =>
        model.priority[y]! - model.priority[x]! ||
        model.allowed[x]!.length - model.allowed[y]!.length ||
        tie[x]! - tie[y]!,
    );
  for (const m of order) {
    const s = bestSlot(model, st, m);
    if (s >= 0) place(model, st, m, s);
  }
  const journal: Journal = { entries: [] };
  // Repair passes over what is left, best first, while time allows.
  for (let pass = 0; pass < 3 && budget > 0; pass++) {
    let progress = false;
    for (const m of order) {
      if (st.slotOf[m]! >= 0 || budget <= 0) continue;
      let done = false;
      for (const depth of [1, 2]) {
        for (const s of model.allowed[m]!) {
          budget -= depth;
          if (placeByEjection(model, st, journal, m, s, depth)) {
            done = true;
            break;
          }
        }
        if (done) break;
      }
      if (!done) done = placeBySwap(model, st, journal, m);
      journal.entries.length = 0;
      progress ||= done;
    }
    if (!progress) break;
  }
  // Local search in proportion to what is left to place; bounded by the same work budget.
  improve(model, st, journal, random, Math.min(Math.max(0, budget), 20 * model.a.length));
  reduceBreaks(model, st);
  const result = toSchedule(model, st);
  // Never worse than the plain greedy placement: keep whichever places more weight (then fewer breaks).
  const greedy = greedySchedule(inst);
  const [mine, theirs] = [evaluate(inst, result), evaluate(inst, greedy)];
  return theirs.valid &&
    (theirs.weighted > mine.weighted || (theirs.weighted === mine.weighted && theirs.breaks < mine.breaks))
    ? greedy
    : result;
}
