// An upper bound on the priority-weighted meetings any schedule can place, computed combinatorially so that it
// is available on every run, whatever the size (HiGHS in WebAssembly needs half a minute for the LP of a
// 10,000-meeting event; this takes a fraction of a second).
//
// The relaxation. Each meeting is charged to one of its two firms, its "owner" (the more oversubscribed one):
// the owner can hold one meeting per slot, each slot holds at most as many meetings as it has free tables, and
// each meeting is placed at most once. The other firm's per-slot limit is dropped. What remains is a flow
// network (meeting -> owner's slot -> slot -> sink), and the sets of meetings that can be routed through it at
// once form a matroid (a gammoid), so taking meetings by decreasing weight and keeping each one for which an
// augmenting path exists finds the best set exactly. Dropping constraints only loosens, so the value is an
// upper bound on every real schedule.
//
// What was dropped comes back through Lagrange multipliers: a firm can attend at most as many meetings as it
// has usable slots, and a pair's interpreter meetings cannot outnumber its interpreter tables over the day.
// Each such constraint with multiplier λ ≥ 0 lowers the weight of the meetings it covers by λ and adds λ times
// its right-hand side; weights stay per meeting, so the greedy stays exact, and every choice of λ ≥ 0 gives a
// valid bound. Subgradient steps (Polyak's rule, aimed at the best schedule known) move λ towards the least
// bound. The priorities are integers, so the floor of the bound is a bound too.
//
// The multipliers also price the scarce firms: a meeting's weight minus its firms' λ says how much it is worth
// once what it takes from others is counted, which orders the scheduler's construction (schedule.ts).
import type { Model } from "./model";

export class LagrangianBound {
  readonly model: Model;
  /** Weight of fixed meetings, always placed. */
  readonly fixedWeight: number;
  /** Meetings that can be placed and are not fixed. */
  readonly candidates: Int32Array;
  private readonly owner: Int32Array;
  /** Usable slots per participant, and whether its attendance constraint is priced. */
  private readonly usable: Int32Array;
  private readonly priced: Uint8Array;
  private readonly lambda: Float64Array;
  private readonly pairCap: Float64Array;
  private readonly pairMu: Float64Array;
  private readonly pairPriced: Uint8Array;
  private theta = 0.5;
  private sinceBest = 0;
  /** Least bound found so far (fixed meetings included), and the weights and flow slots that gave it. */
  best = Infinity;
  bestWeight: Float64Array;
  bestSlot: Int32Array;
  iterations = 0;

  // Flow state (reset on each evaluation).
  private readonly cellBy: Int32Array;
  /** Routed meetings per owner: an owner with all its usable slots taken cannot take another meeting. */
  private readonly ownerLoad: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly load: Int32Array;
  private readonly atSlot: Int32Array;
  private readonly atSlotStart: Int32Array;
  private readonly posInSlot: Int32Array;
  private readonly seenM: Int32Array;
  private readonly seenS: Int32Array;
  private readonly predM: Int32Array;
  private readonly predS: Int32Array;
  private readonly queue: Int32Array;
  private epoch = 1;

  constructor(model: Model) {
    this.model = model;
    const M = model.a.length;
    const S = model.slots;
    const P = model.people;
    let fixedWeight = 0;
    const candidates: number[] = [];
    for (let m = 0; m < M; m++) {
      if (model.fixedSlot[m]! >= 0) fixedWeight += model.priority[m]!;
      else if (model.allowed[m]!.length > 0) candidates.push(m);
    }
    this.fixedWeight = fixedWeight;
    this.candidates = Int32Array.from(candidates);
    // Demand and usable slots per firm, over the meetings still to place.
    const demand = new Int32Array(P);
    const usableMark = new Uint8Array(P * S);
    this.usable = new Int32Array(P);
    for (const m of candidates) {
      for (const p of [model.a[m]!, model.b[m]!]) {
        demand[p]!++;
        for (const s of model.allowed[m]!) {
          if (usableMark[p * S + s]) continue;
          usableMark[p * S + s] = 1;
          this.usable[p]!++;
        }
      }
    }
    const over = (p: number) => demand[p]! - this.usable[p]!;
    this.owner = new Int32Array(M).fill(-1);
    this.priced = new Uint8Array(P);
    for (const m of candidates) {
      const [a, b] = [model.a[m]!, model.b[m]!];
      const owner = over(a) >= over(b) ? a : b;
      this.owner[m] = owner;
      const other = owner === a ? b : a;
      if (over(other) > 0) this.priced[other] = 1;
    }
    this.lambda = new Float64Array(P);
    const K = model.interpPairs.length;
    this.pairCap = new Float64Array(K);
    this.pairMu = new Float64Array(K);
    this.pairPriced = new Uint8Array(K);
    const pairDemand = new Int32Array(K);
    for (const m of candidates) if (model.interp[m]! >= 0) pairDemand[model.interp[m]!]!++;
    for (let k = 0; k < K; k++) {
      for (let s = 0; s < S; s++) this.pairCap[k]! += Math.max(0, model.interpCap[s * K + k]!);
      this.pairPriced[k] = pairDemand[k]! > this.pairCap[k]! ? 1 : 0;
    }
    this.bestWeight = Float64Array.from(model.priority);
    this.bestSlot = new Int32Array(M).fill(-1);

    this.cellBy = new Int32Array(P * S);
    this.ownerLoad = new Int32Array(P);
    this.slotOf = new Int32Array(M);
    this.load = new Int32Array(S);
    this.atSlotStart = new Int32Array(S + 1);
    for (let s = 0; s < S; s++)
      this.atSlotStart[s + 1] = this.atSlotStart[s]! + Math.max(0, Math.min(model.capacity[s]!, M));
    this.atSlot = new Int32Array(this.atSlotStart[S]!);
    this.posInSlot = new Int32Array(M);
    this.seenM = new Int32Array(M);
    this.seenS = new Int32Array(S);
    this.predM = new Int32Array(M);
    this.predS = new Int32Array(S);
    this.queue = new Int32Array(M + S);
  }

  /** The weights under the current multipliers. */
  private weights(): Float64Array {
    const model = this.model;
    const w = new Float64Array(model.a.length);
    const K = model.interpPairs.length;
    for (const m of this.candidates) {
      const a = model.a[m]!;
      const b = model.b[m]!;
      let v = model.priority[m]!;
      if (this.priced[a]) v -= this.lambda[a]!;
      if (this.priced[b]) v -= this.lambda[b]!;
      const k = model.interp[m]!;
      if (K > 0 && k >= 0 && this.pairPriced[k]) v -= this.pairMu[k]!;
      w[m] = v;
    }
    return w;
  }

  /**
   * One evaluation of the relaxation at the current multipliers, then one step of the multipliers (Polyak's
   * rule) towards `target` (the weight of the best schedule known) plus `reach` of the way to the best bound.
   * Returns the bound this evaluation proved.
   */
  step(target: number, reach = 0.8): number {
    const model = this.model;
    const w = this.weights();
    const { order, slack } = this.byWeight(w);
    this.resetFlow();
    // slack covers meetings whose weights differ by less than the sort's resolution (see byWeight).
    let value = this.fixedWeight + slack;
    const count = new Int32Array(model.people);
    const K = model.interpPairs.length;
    const pairCount = new Int32Array(K);
    for (const m of order) {
      if (!this.augment(m)) continue;
      value += w[m]!;
      count[model.a[m]!]!++;
      count[model.b[m]!]!++;
      if (model.interp[m]! >= 0) pairCount[model.interp[m]!]!++;
    }
    for (let p = 0; p < model.people; p++) if (this.priced[p]) value += this.lambda[p]! * this.usable[p]!;
    for (let k = 0; k < K; k++) if (this.pairPriced[k]) value += this.pairMu[k]! * this.pairCap[k]!;
    this.iterations++;
    if (value < this.best - 1e-9) {
      this.best = value;
      this.bestWeight = w;
      this.bestSlot = this.slotOf.slice();
      this.sinceBest = 0;
    } else if (++this.sinceBest >= 4) {
      this.theta /= 2;
      this.sinceBest = 0;
    }
    // Subgradient: slack of each priced constraint (projected: a zero multiplier with slack stays zero).
    let norm = 0;
    const g = new Float64Array(model.people);
    for (let p = 0; p < model.people; p++) {
      if (!this.priced[p]) continue;
      const slack = this.usable[p]! - count[p]!;
      if (this.lambda[p] === 0 && slack > 0) continue;
      g[p] = slack;
      norm += slack * slack;
    }
    const gk = new Float64Array(K);
    for (let k = 0; k < K; k++) {
      if (!this.pairPriced[k]) continue;
      const slack = this.pairCap[k]! - pairCount[k]!;
      if (this.pairMu[k] === 0 && slack > 0) continue;
      gk[k] = slack;
      norm += slack * slack;
    }
    if (norm > 0) {
      // Aim between the best schedule and the best bound: the relaxation is usually nearly tight, so while the
      // schedule is a rough one the optimum sits much closer to the bound (reach near 1); once the schedule is
      // good, closer to it (reach near 0).
      const aim = Number.isFinite(this.best) ? target + reach * Math.max(0, this.best - target) : target;
      const gap = Math.max(value - aim, 0.05);
      const t = (this.theta * gap) / norm;
      for (let p = 0; p < model.people; p++) if (g[p]) this.lambda[p] = Math.max(0, this.lambda[p]! - t * g[p]!);
      for (let k = 0; k < K; k++) if (gk[k]) this.pairMu[k] = Math.max(0, this.pairMu[k]! - t * gk[k]!);
    }
    return value;
  }

  /**
   * Meetings with positive weight, heaviest first (the greedy's order). Sorting numbers packed as
   * (quantized weight, index) is several times faster than a comparator; two weights closer than the quantum
   * may then come out in index order, which can lower the greedy's value by at most the quantum each, so that
   * much is added back (slack) to keep the bound valid. Falls back to an exact sort when the quantum is coarse.
   */
  private byWeight(w: Float64Array): { order: Int32Array; slack: number } {
    const c = this.candidates;
    const keys = new Float64Array(c.length);
    const top = Math.max(1, ...this.model.priority);
    const indexBits = Math.max(1, Math.ceil(Math.log2(this.model.a.length + 1)));
    const valueBits = 52 - indexBits - Math.ceil(Math.log2(top + 1));
    const scale = 2 ** valueBits;
    const base = 2 ** indexBits;
    let n = 0;
    for (let i = 0; i < c.length; i++) {
      const m = c[i]!;
      if (w[m]! > 1e-9) keys[n++] = -Math.round(w[m]! * scale) * base + m;
    }
    if (n / scale > 1e-6) {
      const order = Int32Array.from(c.filter((m) => w[m]! > 1e-9)).sort((x, y) => w[y]! - w[x]! || x - y);
      return { order, slack: 0 };
    }
    const sorted = keys.subarray(0, n).sort();
    const order = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      const k = sorted[j]!;
      order[j] = k - Math.floor(k / base) * base;
    }
    return { order, slack: n / scale };
  }

  /** True when the multipliers can no longer move (the relaxation's constraints are all slack or tight). */
  get stalled(): boolean {
    return this.theta < 1e-4;
  }

  private resetFlow() {
    this.cellBy.fill(-1);
    this.ownerLoad.fill(0);
    this.slotOf.fill(-1);
    this.load.fill(0);
    this.epoch++;
  }

  private addToSlot(m: number, s: number) {
    const i = this.atSlotStart[s]! + this.load[s]!;
    this.atSlot[i] = m;
    this.posInSlot[m] = i;
    this.load[s]!++;
  }

  private removeFromSlot(m: number, s: number) {
    const last = this.atSlotStart[s]! + this.load[s]! - 1;
    const i = this.posInSlot[m]!;
    const moved = this.atSlot[last]!;
    this.atSlot[i] = moved;
    this.posInSlot[moved] = i;
    this.load[s]!--;
  }

  /**
   * Breadth-first search for an augmenting path that routes meeting m0 while keeping every routed meeting
   * routed (each may move to another of its owner's slots). Nodes reached by a failed search cannot reach
   * the sink until the flow changes, so the marks are kept until the next success (as in Hopcroft-Karp).
   */
  private augment(m0: number): boolean {
    const model = this.model;
    const S = model.slots;
    const M = model.a.length;
    const ep = this.epoch;
    if (this.seenM[m0] === ep) return false;
    // Every path out of an owner leaves through one of its free slots; with none, there is no path.
    if (this.ownerLoad[this.owner[m0]!]! >= this.usable[this.owner[m0]!]!) return false;
    const q = this.queue;
    let head = 0;
    let tail = 0;
    q[tail++] = m0;
    this.seenM[m0] = ep;
    this.predM[m0] = -1;
    while (head < tail) {
      const node = q[head++]!;
      if (node < M) {
        const x = node;
        const row = this.owner[x]! * S;
        const slots = model.allowed[x]!;
        for (let i = 0; i < slots.length; i++) {
          const s = slots[i]!;
          if (s === this.slotOf[x]) continue;
          const y = this.cellBy[row + s]!;
          if (y >= 0) {
            if (this.seenM[y] !== ep) {
              this.seenM[y] = ep;
              this.predM[y] = x;
              q[tail++] = y;
            }
            continue;
          }
          if (this.seenS[s] === ep) continue;
          this.seenS[s] = ep;
          this.predS[s] = x;
          if (this.load[s]! < model.capacity[s]!) {
            this.apply(s);
            this.epoch++;
            return true;
          }
          q[tail++] = M + s;
        }
      } else {
        // A full slot: any meeting routed there may move out to make room.
        const s = node - M;
        for (let i = this.atSlotStart[s]!, end = i + this.load[s]!; i < end; i++) {
          const z = this.atSlot[i]!;
          if (this.seenM[z] === ep) continue;
          this.seenM[z] = ep;
          this.predM[z] = node;
          q[tail++] = z;
        }
      }
    }
    return false;
  }

  private apply(sEnd: number) {
    const M = this.model.a.length;
    const S = this.model.slots;
    const moves: number[] = [];
    let s = sEnd;
    let x = this.predS[s]!;
    for (;;) {
      moves.push(x, s);
      const p = this.predM[x]!;
      if (p === -1) break;
      if (p < M) {
        s = this.slotOf[x]!;
        x = p;
      } else {
        s = p - M;
        x = this.predS[s]!;
      }
    }
    for (let i = 0; i < moves.length; i += 2) {
      const y = moves[i]!;
      const old = this.slotOf[y]!;
      if (old < 0) continue;
      this.cellBy[this.owner[y]! * S + old] = -1;
      this.ownerLoad[this.owner[y]!]!--;
      this.removeFromSlot(y, old);
    }
    for (let i = 0; i < moves.length; i += 2) {
      const y = moves[i]!;
      const ns = moves[i + 1]!;
      this.cellBy[this.owner[y]! * S + ns] = y;
      this.ownerLoad[this.owner[y]!]!++;
      this.slotOf[y] = ns;
      this.addToSlot(y, ns);
    }
  }
}

/** The best integer bound a real-valued bound allows (priorities are integers). */
export function integerBound(value: number): number {
  return Math.floor(value + 1e-6);
}
