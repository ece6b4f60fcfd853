// The search for a schedule that places the most weight: a construction in a given order, then repairs and a
// large-neighbourhood search, all on the slot-level state of model.ts (tables are seated at the end).
//
// Moves, from cheap to strong:
// - direct: a slot where both firms and a table are free (the one that opens the fewest new waits);
// - relocation: the meetings in the way move to a free slot of theirs;
// - Kempe chain: a firm busy at slot s but free at t swaps the chain of meetings that alternate between s and
//   t through it (its meeting at s goes to t, the partner's meeting at t comes to s, and so on). This is the
//   exchange behind König's edge-colouring theorem: on the two-sided graph of Vietnamese and Japanese firms it
//   frees a slot for a meeting whenever both firms have some free slot, availability permitting;
// - one firm's whole agenda re-solved exactly (its slots against its meetings, the partners' other meetings
//   held; a matroid greedy with augmenting paths), which picks the best subset for an oversubscribed firm;
// - forced insertion: an unplaced meeting takes a slot, what was in the way is placed again or dropped, and
//   the freed places are filled with other waiting meetings; kept when the weight does not drop.
// Every change is journaled so a failed attempt is undone exactly.
import { place as placeIn, tableRoom as roomIn, unplace as unplaceIn, type Model, type State } from "./model";

// Module-level aliases: the hot loops below call these millions of times, and a CommonJS build (tsx, vitest)
// would otherwise go through an export getter on every call.
const place = placeIn;
const unplace = unplaceIn;
const tableRoom = roomIn;

const KEMPE_LIMIT = 40;

export class Search {
  readonly model: Model;
  readonly st: State;
  readonly random: () => number;
  /** Sum of the priorities of placed meetings, kept up to date by put and take. */
  weight: number;
  /** Lagrangian weight of each meeting (priority less what it takes from scarce firms); orders the work. */
  value: Float64Array;
  private readonly journal: number[] = [];
  private readonly allowedMask: Uint8Array;
  private readonly stamp: Int32Array;
  private epoch = 0;
  /** Unplaced meetings that could be placed, refreshed lazily. */
  private pool: number[] = [];
  /** When each participant's agenda last changed, and when its agenda was last re-solved without gain. */
  private readonly touched: Int32Array;
  private readonly settled: Int32Array;
  private clock = 1;

  constructor(model: Model, st: State, random: () => number) {
    this.model = model;
    this.st = st;
    this.random = random;
    const S = model.slots;
    this.allowedMask = new Uint8Array(model.a.length * S);
    model.allowed.forEach((slots, m) => slots.forEach((s) => (this.allowedMask[m * S + s] = 1)));
    this.stamp = new Int32Array(model.a.length);
    this.touched = new Int32Array(model.people);
    this.settled = new Int32Array(model.people);
    let w = 0;
    for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! >= 0) w += model.priority[m]!;
    this.weight = w;
    this.value = Float64Array.from(model.priority);
  }

  // --- journaled changes -------------------------------------------------------------------------------------

  put(m: number, s: number) {
    place(this.model, this.st, m, s);
    this.weight += this.model.priority[m]!;
    this.journal.push(m, -1 - s);
  }

  take(m: number) {
    const s = this.st.slotOf[m]!;
    unplace(this.model, this.st, m);
    this.weight -= this.model.priority[m]!;
    this.journal.push(m, s);
  }

  mark(): number {
    return this.journal.length;
  }

  rollback(mark: number) {
    const j = this.journal;
    while (j.length > mark) {
      const code = j.pop()!;
      const m = j.pop()!;
      if (code < 0) {
        unplace(this.model, this.st, m);
        this.weight -= this.model.priority[m]!;
      } else {
        place(this.model, this.st, m, code);
        this.weight += this.model.priority[m]!;
      }
    }
  }

  /** Keeps the changes since the last commit (and notes whose agendas they touched). */
  commit() {
    const j = this.journal;
    if (j.length > 0) {
      const clock = ++this.clock;
      for (let i = 0; i < j.length; i += 2)
        this.touched[this.model.a[j[i]!]!] = this.touched[this.model.b[j[i]!]!] = clock;
    }
    j.length = 0;
  }

  // --- queries -----------------------------------------------------------------------------------------------

  isAllowed(m: number, s: number): boolean {
    return this.allowedMask[m * this.model.slots + s] === 1;
  }

  private freeAt(m: number, s: number): boolean {
    const { model, st } = this;
    const S = model.slots;
    if (st.occ[model.a[m]! * S + s] !== -1 || st.occ[model.b[m]! * S + s] !== -1) return false;
    if (st.load[s]! >= model.capacity[s]!) return false;
    const k = model.interp[m]!;
    if (k < 0) return true;
    const i = s * model.interpPairs.length + k;
    return st.interpLoad[i]! < model.interpCap[i]!;
  }

  /** How many new idle gaps placing m at s opens (or closes, negative) in its firms' sessions. */
  gapCost(m: number, s: number): number {
    return this.gapOf(this.model.a[m]!, s) + this.gapOf(this.model.b[m]!, s);
  }

  private gapOf(p: number, s: number): number {
    const { model, st } = this;
    const S = model.slots;
    const session = model.sessionOf[s]!;
    if (st.perSession[p * model.sessions + session] === 0) return 0;
    const row = p * S;
    const before = s > 0 && model.sessionOf[s - 1] === session && st.occ[row + s - 1]! >= 0;
    const after = s + 1 < S && model.sessionOf[s + 1] === session && st.occ[row + s + 1]! >= 0;
    return before || after ? (before && after ? -1 : 0) : 1;
  }

  bestSlot(m: number, except = -1): number {
    let best = -1;
    let bestCost = Infinity;
    const slots = this.model.allowed[m]!;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      if (s === except || !this.freeAt(m, s)) continue;
      const c = this.gapCost(m, s);
      if (c < bestCost) {
        best = s;
        bestCost = c;
        if (c <= -2) break;
      }
    }
    return best;
  }

  /** A meeting at slot s that m could displace to get a table (same interpreter pair when m needs one). */
  private tableBlockers(m: number, s: number): number[] {
    const { model, st } = this;
    const out: number[] = [];
    const k = model.interp[m]!;
    const pairsFull =
      k >= 0 && st.interpLoad[s * model.interpPairs.length + k]! >= model.interpCap[s * model.interpPairs.length + k]!;
    for (let p = 0; p < model.people; p++) {
      const y = st.occ[p * model.slots + s]!;
      if (y < 0 || model.a[y] !== p || st.fixed[y] || model.pinned[y]) continue;
      if (pairsFull && model.interp[y] !== k) continue;
      out.push(y);
    }
    return out;
  }

  // --- moves -------------------------------------------------------------------------------------------------

  /** Moves x out of slot `away` to another free slot of its own; false (and unchanged) if there is none. */
  relocate(x: number, away: number): boolean {
    if (this.st.fixed[x] || this.stamp[x] === this.epoch) return false;
    const mark = this.mark();
    this.take(x);
    const s = this.bestSlot(x, away);
    if (s >= 0) {
      this.put(x, s);
      return true;
    }
    this.rollback(mark);
    return false;
  }

  /**
   * Frees participant p at slot s by swapping the chain of meetings alternating between s and t that starts
   * with p's meeting at s (p must be free at t). `keep` must stay free at s. False and unchanged on failure.
   */
  kempe(p: number, s: number, t: number, keep: number): boolean {
    const { model, st } = this;
    const S = model.slots;
    if (st.occ[p * S + t] !== -1) return false;
    const chain: number[] = [];
    let cur = p;
    let from = s;
    let to = t;
    let y = st.occ[p * S + s]!;
    while (y >= 0) {
      if (st.fixed[y] || this.stamp[y] === this.epoch || !this.isAllowed(y, to) || chain.length >= 2 * KEMPE_LIMIT)
        return false;
      chain.push(y, to);
      const other = model.a[y] === cur ? model.b[y]! : model.a[y]!;
      const next = st.occ[other * S + to]!;
      cur = other;
      [from, to] = [to, from];
      y = next;
      if (y >= 0) for (let i = 0; i < chain.length; i += 2) if (chain[i] === y) return false;
    }
    const mark = this.mark();
    for (let i = 0; i < chain.length; i += 2) this.take(chain[i]!);
    for (let i = 0; i < chain.length; i += 2) {
      const x = chain[i]!;
      const ns = chain[i + 1]!;
      if (!this.freeAt(x, ns)) {
        this.rollback(mark);
        return false;
      }
      this.put(x, ns);
    }
    if (st.occ[p * S + s] !== -1 || (keep >= 0 && st.occ[keep * S + s] !== -1)) {
      this.rollback(mark);
      return false;
    }
    return true;
  }

  /** Makes participant p free at s, by relocating its meeting there or by a Kempe chain. */
  private clear(p: number, s: number, keep: number, kempe: boolean): boolean {
    const { model, st } = this;
    const S = model.slots;
    const y = st.occ[p * S + s]!;
    if (y < 0) return true;
    if (this.relocate(y, s)) return true;
    if (!kempe) return false;
    for (let t = 0; t < S; t++) {
      if (t === s || st.occ[p * S + t] !== -1 || model.sessionOf[t] !== model.sessionOf[s]) continue;
      if (this.kempe(p, s, t, keep)) return true;
    }
    for (let t = 0; t < S; t++) {
      if (t === s || st.occ[p * S + t] !== -1 || model.sessionOf[t] === model.sessionOf[s]) continue;
      if (this.kempe(p, s, t, keep)) return true;
    }
    return false;
  }

  /**
   * Places m at s after clearing its firms and a table there without dropping anything; false and unchanged
   * on failure.
   */
  private insertAt(m: number, s: number, kempe: boolean): boolean {
    const { model } = this;
    const mark = this.mark();
    const a = model.a[m]!;
    const b = model.b[m]!;
    if (!this.clear(a, s, b, kempe) || !this.clear(b, s, a, kempe)) {
      this.rollback(mark);
      return false;
    }
    if (!tableRoom(model, this.st, m, s)) {
      let freed = false;
      for (const x of this.tableBlockers(m, s)) if ((freed = this.relocate(x, s))) break;
      if (!freed) {
        this.rollback(mark);
        return false;
      }
    }
    if (!this.freeAt(m, s)) {
      this.rollback(mark);
      return false;
    }
    this.put(m, s);
    return true;
  }

  /** Places an unplaced meeting without dropping any other: directly, by relocation, then by Kempe chains. */
  insert(m: number, kempe = true): boolean {
    const s = this.bestSlot(m);
    if (s >= 0) {
      this.put(m, s);
      return true;
    }
    this.epoch++;
    this.stamp[m] = this.epoch;
    const slots = this.model.allowed[m]!;
    for (const s of slots) if (this.insertAt(m, s, false)) return true;
    if (!kempe) return false;
    for (const s of slots) if (this.insertAt(m, s, true)) return true;
    return false;
  }

  // --- phases ------------------------------------------------------------------------------------------------

  /** Places meetings in the given order, each at its preferred slot when free, else where it fits best. */
  construct(order: ArrayLike<number>, prefer?: Int32Array) {
    for (let i = 0; i < order.length; i++) {
      const m = order[i]!;
      if (this.st.slotOf[m]! >= 0 || this.model.allowed[m]!.length === 0) continue;
      const want = prefer ? prefer[m]! : -1;
      const s = want >= 0 && this.isAllowed(m, want) && this.freeAt(m, want) ? want : this.bestSlot(m);
      if (s >= 0) this.put(m, s);
    }
    this.commit();
  }

  /** Each unplaced meeting, most valuable first, gets a place without dropping another, while time allows. */
  repair(deadline: number): boolean {
    let progress = false;
    for (const m of this.unplacedByValue()) {
      if (performance.now() > deadline) break;
      if (this.insert(m)) progress = true;
      this.commit();
    }
    return progress;
  }

  unplacedByValue(): number[] {
    const { model, st } = this;
    const out: number[] = [];
    for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! < 0 && model.allowed[m]!.length > 0) out.push(m);
    return out.sort((x, y) => this.value[y]! - this.value[x]! || model.priority[y]! - model.priority[x]! || x - y);
  }

  /**
   * Re-solves participant p's agenda exactly: its movable meetings against its slots, with everyone else's
   * meetings held where they are. The weight sits on the meetings alone, so the sets of meetings that can
   * have distinct slots form a matroid (transversal) and taking meetings by priority, each kept when an
   * augmenting path frees a slot for it, is optimal. Never loses weight; true when it gained.
   */
  reoptimize(p: number): boolean {
    const { model, st } = this;
    const S = model.slots;
    const mine: number[] = [];
    for (let i = model.personStart[p]!; i < model.personStart[p + 1]!; i++) {
      const m = model.personMeetings[i]!;
      if (!st.fixed[m] && model.allowed[m]!.length > 0) mine.push(m);
    }
    if (mine.length === 0) return false;
    // Nothing around p changed since its agenda was last found best: it still is.
    if (this.settled[p]! > 0 && this.touched[p]! <= this.settled[p]!) {
      let changed = false;
      for (const m of mine) {
        const other = model.a[m] === p ? model.b[m]! : model.a[m]!;
        if (this.touched[other]! > this.settled[p]!) {
          changed = true;
          break;
        }
      }
      if (!changed) return false;
    }
    const before = this.weight;
    const mark = this.mark();
    const n = mine.length;
    const was = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      was[i] = st.slotOf[mine[i]!]!;
      if (was[i]! >= 0) this.take(mine[i]!);
    }
    // Which of p's slots each meeting could take with everyone else held: the partner free there and a table.
    const can = new Uint8Array(n * S);
    let open = 0;
    for (let s = 0; s < S; s++) {
      if (st.occ[p * S + s] !== -1) continue;
      open++;
      for (let i = 0; i < n; i++) {
        const m = mine[i]!;
        if (!this.isAllowed(m, s)) continue;
        const other = model.a[m] === p ? model.b[m]! : model.a[m]!;
        if (st.occ[other * S + s] === -1 && tableRoom(model, st, m, s)) can[i * S + s] = 1;
      }
    }
    // Meetings by priority, those placed before first; each kept when an augmenting path gives it a slot.
    const order = Int32Array.from({ length: n }, (_, i) => i).sort(
      (x, y) =>
        model.priority[mine[y]!]! - model.priority[mine[x]!]! ||
        (was[y]! >= 0 ? 1 : 0) - (was[x]! >= 0 ? 1 : 0) ||
        x - y,
    );
    const holder = new Int32Array(S).fill(-1);
    const slotOfRow = new Int32Array(n).fill(-1);
    let used = 0;
    for (const i of order) {
      if (used === open) break; // every slot of p is taken: no path can end at a free one
      if (this.augmentAgenda(i, n, S, can, was, holder, slotOfRow)) used++;
    }
    for (let i = 0; i < n; i++) if (slotOfRow[i]! >= 0) this.put(mine[i]!, slotOfRow[i]!);
    if (this.weight <= before) {
      this.rollback(mark);
      this.settled[p] = ++this.clock;
      return false;
    }
    this.commit();
    return true;
  }

  /**
   * Breadth-first search for an augmenting path that gives meeting i a slot (meetings already given one may
   * move to another of theirs); applies it and returns true when found. Each meeting tries its former slot
   * first, so an agenda that cannot gain keeps its shape.
   */
  private augmentAgenda(
    i0: number,
    n: number,
    S: number,
    can: Uint8Array,
    was: Int32Array,
    holder: Int32Array,
    slotOfRow: Int32Array,
  ): boolean {
    const predSlot = new Int32Array(S).fill(-2); // slot -> the meeting that reached it
    const queue = [i0];
    for (let h = 0; h < queue.length; h++) {
      const i = queue[h]!;
      const first = was[i]!;
      for (let k = -1; k < S; k++) {
        const s = k < 0 ? first : k;
        if (s < 0 || (k >= 0 && s === first) || !can[i * S + s] || predSlot[s] !== -2 || slotOfRow[i] === s) continue;
        predSlot[s] = i;
        const j = holder[s]!;
        if (j < 0) {
          // Free slot: shift every meeting along the path by one slot.
          let slot = s;
          let row = i;
          for (;;) {
            const prev = slotOfRow[row]!;
            holder[slot] = row;
            slotOfRow[row] = slot;
            if (row === i0) return true;
            slot = prev;
            row = predSlot[slot]!;
          }
        }
        queue.push(j);
      }
    }
    return false;
  }

  /**
   * Fills the places that opened: for each (participant, slot) pair, the most valuable waiting meeting of that
   * participant that fits there right now.
   */
  private fill(cells: number[]): void {
    const { model, st } = this;
    const S = model.slots;
    for (let c = 0; c < cells.length; c += 2) {
      const p = cells[c]!;
      const s = cells[c + 1]!;
      if (st.occ[p * S + s] !== -1) continue;
      let best = -1;
      for (let i = model.personStart[p]!; i < model.personStart[p + 1]!; i++) {
        const m = model.personMeetings[i]!;
        if (st.slotOf[m]! >= 0 || !this.isAllowed(m, s) || !this.freeAt(m, s)) continue;
        if (best < 0 || this.value[m]! > this.value[best]!) best = m;
      }
      if (best >= 0) this.put(best, s);
    }
  }

  /**
   * One step of the large-neighbourhood search: force an unplaced meeting into one of its slots, place again
   * what was in the way (or drop it), fill the places that opened. Kept when the weight does not drop (equal
   * moves let the search cross plateaus), undone otherwise. Returns the weight gained.
   */
  forceStep(): number {
    const { model, st } = this;
    const S = model.slots;
    if (this.pool.length === 0 || this.random() < 0.01) this.pool = this.unplacedByValue();
    if (this.pool.length === 0) return 0;
    // Bias towards the valuable end of the pool.
    const r = this.random();
    const idx = Math.floor(r * r * this.pool.length);
    const m = this.pool[idx]!;
    if (st.slotOf[m]! >= 0) {
      this.pool.splice(idx, 1);
      return 0;
    }
    const slots = model.allowed[m]!;
    const s = slots[Math.floor(this.random() * slots.length)]!;
    const before = this.weight;
    const mark = this.mark();
    const out: number[] = [];
    for (const p of [model.a[m]!, model.b[m]!]) {
      const y = st.occ[p * S + s]!;
      if (y < 0 || out.includes(y)) continue;
      if (st.fixed[y]) return 0;
      out.push(y);
    }
    for (const y of out) this.take(y);
    if (!tableRoom(model, st, m, s)) {
      const blockers = this.tableBlockers(m, s);
      if (blockers.length === 0) {
        this.rollback(mark);
        return 0;
      }
      const y = blockers[Math.floor(this.random() * blockers.length)]!;
      this.take(y);
      out.push(y);
    }
    this.put(m, s);
    const cells: number[] = [];
    for (const y of out) {
      this.insert(y, this.random() < 0.5);
      // Whether y found another place or not, its firms are free at s now (unless they are m's).
      for (const p of [model.a[y]!, model.b[y]!]) if (p !== model.a[m] && p !== model.b[m]) cells.push(p, s);
      if (st.slotOf[y]! < 0) continue;
    }
    this.fill(cells);
    const gain = this.weight - before;
    if (gain < 0 || (gain === 0 && this.random() < 0.3)) {
      this.rollback(mark);
      return 0;
    }
    this.commit();
    if (gain >= 0) {
      const i = this.pool.indexOf(m);
      if (i >= 0) this.pool.splice(i, 1);
      for (const y of out) if (st.slotOf[y]! < 0) this.pool.push(y);
    }
    return gain;
  }

  /**
   * Places m by displacing cheaper meetings: at the first slot where what stands in the way weighs less than m
   * and, once it is placed again where possible, the weight rises. True when it gained.
   */
  upgrade(m: number): boolean {
    const { model, st } = this;
    const S = model.slots;
    const gain0 = this.weight;
    for (const s of model.allowed[m]!) {
      const out: number[] = [];
      let lost = 0;
      let blocked = false;
      for (const p of [model.a[m]!, model.b[m]!]) {
        const y = st.occ[p * S + s]!;
        if (y < 0 || out.includes(y)) continue;
        if (st.fixed[y]) blocked = true;
        out.push(y);
        lost += model.priority[y]!;
      }
      if (blocked || lost >= model.priority[m]!) continue;
      const mark = this.mark();
      for (const y of out) this.take(y);
      if (!tableRoom(model, st, m, s)) {
        let cheapest = -1;
        for (const y of this.tableBlockers(m, s))
          if (cheapest < 0 || model.priority[y]! < model.priority[cheapest]!) cheapest = y;
        if (cheapest < 0 || lost + model.priority[cheapest]! >= model.priority[m]!) {
          this.rollback(mark);
          continue;
        }
        this.take(cheapest);
        out.push(cheapest);
      }
      this.put(m, s);
      for (const y of out) this.insert(y, false);
      if (this.weight > gain0) {
        this.commit();
        return true;
      }
      this.rollback(mark);
    }
    return false;
  }

  /** Participants with waiting meetings that could be placed, the most valuable waiting weight first. */
  congested(): number[] {
    const { model, st } = this;
    const waiting = new Float64Array(model.people);
    for (let m = 0; m < model.a.length; m++) {
      if (st.slotOf[m]! >= 0 || model.allowed[m]!.length === 0) continue;
      waiting[model.a[m]!]! += Math.max(0, this.value[m]!);
      waiting[model.b[m]!]! += Math.max(0, this.value[m]!);
    }
    const out: number[] = [];
    for (let p = 0; p < model.people; p++) if (waiting[p]! > 0) out.push(p);
    return out.sort((x, y) => waiting[y]! - waiting[x]!);
  }
}
