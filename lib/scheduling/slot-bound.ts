// A second upper bound, for events whose tables are scarce. The flow relaxation of bound.ts drops the
// per-slot limit of one firm of each meeting; when every slot is full, which meetings can share a slot (both
// firms free, no firm twice) is what limits the schedule, and that bound goes slack.
//
// This one keeps every firm's per-slot limit and drops the other coupling instead: "each meeting at most once"
// and each interpreter pair's per-slot limit come back as Lagrange multipliers (u per meeting, z per pair and
// slot). What remains splits by slot: the best set of meetings in one slot is a maximum-weight matching
// between the firms, of at most as many meetings as the slot has tables, which successive shortest paths find
// exactly (a few augmentations when tables are scarce). Every choice of multipliers gives a valid bound.
//
// The firms must form two sides for the matching to be a flow: they are two-coloured along the meetings, and a
// meeting whose firms get the same colour (a Vietnamese consortium talk) is charged to one firm's side and the
// other's opposite copy, which only loosens the bound.
import type { Model } from "./model";

export class SlotBound {
  private readonly model: Model;
  readonly fixedWeight: number;
  private readonly candidates: Int32Array;
  /** Per slot: candidate meetings allowed there, and its free tables. */
  private readonly atSlot: Int32Array[];
  private readonly room: Int32Array;
  /** Left and right node of each meeting (firm index, or people + firm for the right copy). */
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly u: Float64Array;
  private readonly z: Float64Array;
  private readonly zCap: Float64Array;
  private theta = 0.5;
  private sinceBest = 0;
  best = Infinity;
  iterations = 0;

  constructor(model: Model) {
    this.model = model;
    const M = model.a.length;
    const S = model.slots;
    const P = model.people;
    const K = model.interpPairs.length;
    let fixedWeight = 0;
    const fixedLoad = new Int32Array(S);
    const fixedInterp = new Int32Array(S * Math.max(1, K));
    const candidates: number[] = [];
    for (let m = 0; m < M; m++) {
      const f = model.fixedSlot[m]!;
      if (f >= 0) {
        fixedWeight += model.priority[m]!;
        if (!model.pinned[m]) {
          fixedLoad[f]!++;
          if (model.interp[m]! >= 0) fixedInterp[f * K + model.interp[m]!]!++;
        }
      } else if (model.allowed[m]!.length > 0) candidates.push(m);
    }
    this.fixedWeight = fixedWeight;
    this.candidates = Int32Array.from(candidates);
    this.room = Int32Array.from({ length: S }, (_, s) => Math.max(0, model.capacity[s]! - fixedLoad[s]!));
    this.zCap = new Float64Array(S * Math.max(1, K));
    for (let i = 0; i < S * K; i++) this.zCap[i] = Math.max(0, model.interpCap[i]! - fixedInterp[i]!);
    const lists: number[][] = Array.from({ length: S }, () => []);
    for (const m of candidates) for (const s of model.allowed[m]!) lists[s]!.push(m);
    this.atSlot = lists.map((l) => Int32Array.from(l));
    // Two-colour the firms along the meetings (breadth-first), then orient each meeting left to right.
    const colour = new Int8Array(P).fill(-1);
    const adjacency: number[][] = Array.from({ length: P }, () => []);
    for (const m of candidates) {
      adjacency[model.a[m]!]!.push(model.b[m]!);
      adjacency[model.b[m]!]!.push(model.a[m]!);
    }
    for (let start = 0; start < P; start++) {
      if (colour[start] !== -1) continue;
      colour[start] = 0;
      const queue = [start];
      for (let h = 0; h < queue.length; h++) {
        const p = queue[h]!;
        for (const q of adjacency[p]!) {
          if (colour[q] !== -1) continue;
          colour[q] = 1 - colour[p]!;
          queue.push(q);
        }
      }
    }
    this.left = new Int32Array(M);
    this.right = new Int32Array(M);
    for (const m of candidates) {
      const [a, b] = [model.a[m]!, model.b[m]!];
      const [l, r] = colour[a] === 0 || colour[a] === colour[b] ? [a, b] : [b, a];
      this.left[m] = l;
      this.right[m] = P + r;
    }
    this.u = new Float64Array(M);
    this.z = new Float64Array(S * Math.max(1, K));
    // Start from a uniform price of a table place: the priority of the meeting that would take the last place
    // if places were interchangeable; a meeting keeps what it is worth above that price.
    const places = this.room.reduce((x, y) => x + y, 0);
    const sorted = candidates.map((m) => model.priority[m]!).sort((x, y) => y - x);
    const price = places < sorted.length ? sorted[places]! : 0;
    for (const m of candidates) this.u[m] = Math.max(0, model.priority[m]! - price);
  }

  /**
   * Worth computing when the tables, not the firms, run out: table places for at most 60% of the meetings to
   * place (there one evaluation at the starting prices is often the optimum already; with more tables the
   * flow relaxation is the better bound and this one costs more).
   */
  get useful(): boolean {
    let places = 0;
    for (let s = 0; s < this.model.slots; s++) places += this.room[s]!;
    return places < 0.6 * this.candidates.length;
  }

  get stalled(): boolean {
    return this.theta < 1e-4;
  }

  /** One evaluation at the current multipliers and one Polyak step towards `target`; returns the bound. */
  step(target: number): number {
    const model = this.model;
    const S = model.slots;
    const K = model.interpPairs.length;
    const used = new Int32Array(model.a.length);
    const pairUsed = new Int32Array(S * Math.max(1, K));
    let value = this.fixedWeight;
    for (const m of this.candidates) value += this.u[m]!;
    for (let i = 0; i < S * K; i++) value += this.z[i]! * this.zCap[i]!;
    for (let s = 0; s < S; s++) {
      const { weight, chosen } = this.bestMatching(s);
      value += weight;
      for (const m of chosen) {
        used[m]!++;
        if (K > 0 && model.interp[m]! >= 0) pairUsed[s * K + model.interp[m]!]!++;
      }
    }
    this.iterations++;
    if (value < this.best - 1e-9) {
      this.best = value;
      this.sinceBest = 0;
    } else if (++this.sinceBest >= 4) {
      this.theta /= 2;
      this.sinceBest = 0;
    }
    // Subgradient: slack of "each meeting at most once" and of each pair's tables per slot.
    let norm = 0;
    for (const m of this.candidates) {
      const g = 1 - used[m]!;
      if (this.u[m] === 0 && g > 0) continue;
      norm += g * g;
    }
    for (let i = 0; i < S * K; i++) {
      const g = this.zCap[i]! - pairUsed[i]!;
      if (this.z[i] === 0 && g > 0) continue;
      norm += g * g;
    }
    if (norm > 0) {
      const aim = Number.isFinite(this.best) ? target + 0.3 * Math.max(0, this.best - target) : target;
      const t = (this.theta * Math.max(value - aim, 0.05)) / norm;
      for (const m of this.candidates) this.u[m] = Math.max(0, this.u[m]! - t * (1 - used[m]!));
      for (let i = 0; i < S * K; i++) this.z[i] = Math.max(0, this.z[i]! - t * (this.zCap[i]! - pairUsed[i]!));
    }
    return value;
  }

  /**
   * The heaviest matching of at most room[s] meetings at slot s under the current multipliers: successive
   * heaviest augmenting paths (Bellman-Ford over the left firms, which is enough for the few meetings of one
   * slot), stopping when the next path would not add weight. Each augmentation keeps the matching the
   * heaviest of its size, so the last one is the heaviest of at most room[s].
   */
  private bestMatching(s: number): { weight: number; chosen: number[] } {
    const model = this.model;
    const K = model.interpPairs.length;
    const edges: number[] = [];
    const gain: number[] = [];
    for (const m of this.atSlot[s]!) {
      let w = model.priority[m]! - this.u[m]!;
      if (K > 0 && model.interp[m]! >= 0) w -= this.z[s * K + model.interp[m]!]!;
      if (w > 1e-12) {
        edges.push(m);
        gain.push(w);
      }
    }
    const limit = this.room[s]!;
    if (edges.length === 0 || limit === 0) return { weight: 0, chosen: [] };
    const id = new Map<number, number>();
    const nodeOf = (x: number) => {
      let v = id.get(x);
      if (v === undefined) id.set(x, (v = id.size));
      return v;
    };
    const E = edges.length;
    const L = Int32Array.from(edges, (m) => nodeOf(this.left[m]!));
    const R = Int32Array.from(edges, (m) => nodeOf(this.right[m]!));
    const n = id.size;
    const mate = new Int32Array(n).fill(-1); // node -> matched edge
    const dist = new Float64Array(n);
    const viaL = new Int32Array(n); // left node reached: the unmatched edge that displaced its matched edge
    const endGain = new Float64Array(n);
    const viaR = new Int32Array(n); // free right node reached: the edge that ends there
    let weight = 0;
    for (let k = 0; k < limit; k++) {
      dist.fill(-Infinity);
      endGain.fill(-Infinity);
      for (let e = 0; e < E; e++) if (mate[L[e]!] === -1) dist[L[e]!] = 0;
      let changed = true;
      for (let round = 0; changed && round <= n; round++) {
        changed = false;
        for (let e = 0; e < E; e++) {
          const l = L[e]!;
          if (dist[l] === -Infinity || mate[l] === e) continue;
          const r = R[e]!;
          const g = dist[l]! + gain[e]!;
          const f = mate[r]!;
          if (f === -1) {
            if (g > endGain[r]! + 1e-12) {
              endGain[r] = g;
              viaR[r] = e;
            }
          } else {
            const l2 = L[f]!;
            const g2 = g - gain[f]!;
            if (g2 > dist[l2]! + 1e-12) {
              dist[l2] = g2;
              viaL[l2] = e;
              changed = true;
            }
          }
        }
      }
      let end = -1;
      for (let v = 0; v < n; v++) if (endGain[v]! > 1e-12 && (end === -1 || endGain[v]! > endGain[end]!)) end = v;
      if (end === -1) break;
      weight += endGain[end]!;
      // Flip the path back from its free right end.
      let e = viaR[end]!;
      for (let guard = 0; guard <= n; guard++) {
        const l = L[e]!;
        const old = mate[l]!;
        mate[l] = e;
        mate[R[e]!] = e;
        if (old === -1) break;
        e = viaL[l]!;
      }
    }
    const chosen: number[] = [];
    for (let e = 0; e < E; e++) if (mate[L[e]!] === e) chosen.push(edges[e]!);
    return { weight, chosen };
  }
}
