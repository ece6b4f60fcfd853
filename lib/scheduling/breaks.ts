// Fewer waits once the weighted count is settled: simulated annealing over moves that never unplace a meeting,
// so the weight stays what the search reached.
//
// A break is counted as evaluate.ts and the format define it: a maximal run of idle slots strictly between two
// of a participant's meetings in one session. The move is a Kempe exchange between two slots s and t: the
// meetings at s or t that are linked through shared firms (a path or cycle: each firm has at most one meeting
// in each slot) all swap slots. Firms inside the chain stay busy in both slots, so only the chain's two end
// firms see their day change; a single meeting whose firms are both free at t is the simplest such chain.
import { place as placeIn, tableRoom as roomIn, unplace as unplaceIn, type Model, type State } from "./model";

// Module-level aliases (see search.ts): no export getter in the hot loop of a CommonJS build.
const place = placeIn;
const unplace = unplaceIn;
const tableRoom = roomIn;

const CHAIN_LIMIT = 60;

export class BreakSearch {
  private readonly model: Model;
  private readonly st: State;
  private readonly random: () => number;
  private readonly allowedMask: Uint8Array;
  /** Breaks of each participant, kept current. */
  readonly breaksOf: Int32Array;
  total = 0;
  private readonly placed: number[] = [];

  constructor(model: Model, st: State, random: () => number) {
    this.model = model;
    this.st = st;
    this.random = random;
    const S = model.slots;
    this.allowedMask = new Uint8Array(model.a.length * S);
    model.allowed.forEach((slots, m) => slots.forEach((s) => (this.allowedMask[m * S + s] = 1)));
    this.breaksOf = new Int32Array(model.people);
    for (let p = 0; p < model.people; p++) {
      this.breaksOf[p] = this.count(p);
      this.total += this.breaksOf[p]!;
    }
    for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! >= 0 && !st.fixed[m]) this.placed.push(m);
  }

  /** Participant p's breaks, counted as evaluate.ts counts them. */
  count(p: number): number {
    const { model, st } = this;
    const S = model.slots;
    let prev = -1;
    let n = 0;
    for (let s = 0; s < S; s++) {
      if (st.occ[p * S + s]! < 0) continue;
      if (prev >= 0 && s - prev > 1 && model.sessionOf[prev] === model.sessionOf[s]) n++;
      prev = s;
    }
    return n;
  }

  get max(): number {
    let mx = 0;
    for (let p = 0; p < this.model.people; p++) mx = Math.max(mx, this.breaksOf[p]!);
    return mx;
  }

  /**
   * The chain of meetings at slots s and t linked to m through shared firms, or null if it is too long or
   * holds a meeting that cannot move (fixed, or not allowed in the other slot).
   */
  private chain(m: number, s: number, t: number): number[] | null {
    const { model, st } = this;
    const S = model.slots;
    const out = [m];
    for (let i = 0; i < out.length; i++) {
      const x = out[i]!;
      const here = st.slotOf[x]!;
      const there = here === s ? t : s;
      if (st.fixed[x] || this.allowedMask[x * S + there] !== 1) return null;
      for (const p of [model.a[x]!, model.b[x]!]) {
        const y = st.occ[p * S + there]!;
        if (y >= 0 && !out.includes(y)) {
          if (out.length >= CHAIN_LIMIT) return null;
          out.push(y);
        }
      }
    }
    return out;
  }

  /** Swaps the chain between s and t if the tables allow; returns false (unchanged) otherwise. */
  private swap(chain: number[], s: number, t: number): boolean {
    const { model, st } = this;
    const from = chain.map((x) => st.slotOf[x]!);
    for (const x of chain) unplace(model, st, x);
    for (let i = 0; i < chain.length; i++) {
      const x = chain[i]!;
      const to = from[i] === s ? t : s;
      if (!tableRoom(model, st, x, to)) {
        for (let j = 0; j < i; j++) unplace(model, st, chain[j]!);
        chain.forEach((y, j) => place(model, st, y, from[j]!));
        return false;
      }
      place(model, st, x, to);
    }
    return true;
  }

  private firmsOf(chain: number[]): number[] {
    const out: number[] = [];
    for (const x of chain) for (const p of [this.model.a[x]!, this.model.b[x]!]) if (!out.includes(p)) out.push(p);
    return out;
  }

  /**
   * Anneals for `iterations` moves (or until the deadline): temperature from `hot` down to `cold`; a move
   * that adds breaks is kept with probability exp(-added / temperature). Ends at the best state seen.
   */
  anneal(iterations: number, deadline: number, hot = 0.6, cold = 0.05): void {
    for (const _ of this.annealing(iterations, deadline, hot, cold));
  }

  /** As anneal, pausing (yielding) every few thousand moves so a caller can let other work run. */
  *annealing(iterations: number, deadline: number, hot = 0.6, cold = 0.05): Generator<void> {
    const { model, st } = this;
    if (this.placed.length === 0 || this.total === 0) return;
    const S = model.slots;
    let best = this.total;
    let bestSlots = st.slotOf.slice();
    // The temperature follows whichever runs out first, the moves or the time, so a run cut short by its
    // deadline still ends cold (settled) instead of stopping while it accepts worse moves.
    const started = performance.now();
    const span = Math.max(1, deadline - started);
    let progress = 0;
    for (let it = 0; it < iterations; it++) {
      if ((it & 1023) === 0) {
        const now = performance.now();
        if (now > deadline) break;
        progress = Math.max(it / iterations, (now - started) / span);
        if ((it & 4095) === 0 && it > 0) yield;
      }
      const temperature = hot * Math.pow(cold / hot, progress);
      const m = this.placed[Math.floor(this.random() * this.placed.length)]!;
      const s = st.slotOf[m]!;
      // Mostly within the session (where waits are), sometimes anywhere.
      const t = Math.floor(this.random() * S);
      if (t === s) continue;
      if (model.sessionOf[t] !== model.sessionOf[s] && this.random() < 0.8) continue;
      const chain = this.chain(m, s, t);
      if (!chain) continue;
      const firms = this.firmsOf(chain);
      if (!this.swap(chain, s, t)) continue;
      let delta = 0;
      const after = firms.map((p) => this.count(p));
      firms.forEach((p, i) => (delta += after[i]! - this.breaksOf[p]!));
      if (delta <= 0 || this.random() < Math.exp(-delta / temperature)) {
        firms.forEach((p, i) => (this.breaksOf[p] = after[i]!));
        this.total += delta;
        if (this.total < best) {
          best = this.total;
          bestSlots = st.slotOf.slice();
        }
      } else this.swap(chain, s, t);
    }
    if (this.total > best) this.restore(bestSlots);
  }

  /** Puts every meeting back at the given slots (a state seen earlier, so it is valid). */
  private restore(slots: Int32Array) {
    const { model, st } = this;
    for (const m of this.placed) unplace(model, st, m);
    for (const m of this.placed) place(model, st, m, slots[m]!);
    this.total = 0;
    for (let p = 0; p < model.people; p++) {
      this.breaksOf[p] = this.count(p);
      this.total += this.breaksOf[p]!;
    }
  }
}
