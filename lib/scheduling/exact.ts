// The exact model, solved by HiGHS (the `highs` package: HiGHS compiled to WebAssembly, single-threaded), for
// events small enough that its branch-and-cut fits the run's budget.
//
// Aggregated formulation, no table indices: one binary per meeting and allowed slot; per slot and firm at most
// one meeting; per slot at most as many meetings as free tables, and per interpreter pair at most as many as
// that pair's free tables; each meeting at most once. Tables of one kind are interchangeable, so seating
// follows slot by slot (model.toSchedule). Fixed meetings are not variables: their slots are taken out of
// their firms' allowed slots and their tables out of the counts (model.compile), and they are added back.
//
// The search's schedule is handed to HiGHS as a start, and the run stops as soon as the incumbent reaches the
// combinatorial bound (bound.ts), which HiGHS does not know: that proves optimality without waiting for its
// own bound to close.
import type { Model, State } from "./model";

type Highs = Awaited<ReturnType<typeof import("highs").default>>;
type Loader = typeof import("highs").default;
let loading: Promise<Highs> | undefined;

/**
 * Loads HiGHS once per process; rejects when the WebAssembly module cannot be loaded (the run then goes on
 * without it). A dynamic import works in Next.js's server and in CommonJS scripts; from an ES module that
 * imports this file through a loader (tsx) it cannot resolve a bare name, so require() from the working
 * directory is the second way.
 */
export function loadHighs(): Promise<Highs> {
  loading ??= import("highs")
    .catch(async () => (await import("node:module")).createRequire(`${process.cwd()}/package.json`)("highs"))
    .then((mod: { default?: Loader } | Loader) => (typeof mod === "function" ? mod : mod.default!)())
    .catch((err) => {
      loading = undefined;
      throw err;
    });
  return loading;
}

export type ExactResult = {
  /** Slot of each meeting in HiGHS's best schedule (fixed meetings included), or null if it found none. */
  slotOf: Int32Array | null;
  /** Weight of that schedule (fixed meetings included). */
  weight: number;
  /** HiGHS's proven upper bound (fixed meetings included), or Infinity. */
  bound: number;
  optimal: boolean;
};

/** Columns and rows of the exact model, for sizing decisions before building it. */
export function exactSize(model: Model): number {
  let cols = 0;
  for (let m = 0; m < model.a.length; m++) if (model.fixedSlot[m]! < 0) cols += model.allowed[m]!.length;
  return cols;
}

export function solveExact(
  highs: Highs,
  model: Model,
  st: State,
  options: {
    timeLimitMs: number;
    /** Stop once the incumbent reaches this weight (a bound proven elsewhere). */
    target: number;
    /** Solve the LP relaxation only (its optimum is a bound; no schedule comes back). */
    relaxation?: boolean;
    onProgress?: (weight: number, bound: number) => void;
  },
): ExactResult {
  const M = model.a.length;
  const S = model.slots;
  const K = model.interpPairs.length;
  const colMeeting: number[] = [];
  const colSlot: number[] = [];
  let fixedWeight = 0;
  // Fixed meetings that are not pinned still use a table of the slot.
  const fixedLoad = new Int32Array(S);
  const fixedInterp = new Int32Array(S * Math.max(1, K));
  for (let m = 0; m < M; m++) {
    const f = model.fixedSlot[m]!;
    if (f >= 0) {
      if (st.slotOf[m] === f) {
        fixedWeight += model.priority[m]!;
        if (!model.pinned[m]) {
          fixedLoad[f]!++;
          if (model.interp[m]! >= 0) fixedInterp[f * K + model.interp[m]!]!++;
        }
      }
      continue;
    }
    for (const s of model.allowed[m]!) {
      colMeeting.push(m);
      colSlot.push(s);
    }
  }
  const n = colMeeting.length;
  if (n === 0) return { slotOf: null, weight: fixedWeight, bound: fixedWeight, optimal: true };
  // Rows: each meeting once; each (firm, slot) and each slot's tables when more columns compete than fit.
  const rows: number[][] = [];
  const upper: number[] = [];
  const byMeeting = new Map<number, number[]>();
  const byCell = new Map<number, number[]>();
  const bySlot: number[][] = Array.from({ length: S }, () => []);
  const byPairSlot = new Map<number, number[]>();
  for (let j = 0; j < n; j++) {
    const m = colMeeting[j]!;
    const s = colSlot[j]!;
    (byMeeting.get(m) ?? byMeeting.set(m, []).get(m)!).push(j);
    for (const p of [model.a[m]!, model.b[m]!]) {
      const key = p * S + s;
      (byCell.get(key) ?? byCell.set(key, []).get(key)!).push(j);
    }
    bySlot[s]!.push(j);
    if (model.interp[m]! >= 0) {
      const key = s * K + model.interp[m]!;
      (byPairSlot.get(key) ?? byPairSlot.set(key, []).get(key)!).push(j);
    }
  }
  const addRow = (cols: number[], limit: number) => {
    rows.push(cols);
    upper.push(limit);
  };
  for (const cols of byMeeting.values()) if (cols.length > 1) addRow(cols, 1);
  for (const cols of byCell.values()) if (cols.length > 1) addRow(cols, 1);
  for (let s = 0; s < S; s++) {
    const room = model.capacity[s]! - fixedLoad[s]!;
    if (bySlot[s]!.length > room) addRow(bySlot[s]!, Math.max(0, room));
  }
  for (const [key, cols] of byPairSlot) {
    const room = model.interpCap[key]! - fixedInterp[key]!;
    if (cols.length > room) addRow(cols, Math.max(0, room));
  }
  const starts = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (starts[i + 1] = starts[i]! + r.length));
  const indices = new Int32Array(starts[rows.length]!);
  rows.forEach((r, i) => indices.set(r, starts[i]!));
  const start = new Float64Array(n);
  for (let j = 0; j < n; j++) if (st.slotOf[colMeeting[j]!] === colSlot[j]) start[j] = 1;

  const hm = highs.createModel({
    numCols: n,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(colMeeting, (m) => model.priority[m]!),
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(rows.length).fill(-highs.infinity),
    rowUpper: Float64Array.from(upper),
    matrix: {
      format: "csr",
      numRows: rows.length,
      numCols: n,
      starts,
      indices,
      values: new Float64Array(indices.length).fill(1),
    },
    ...(options.relaxation ? {} : { integrality: new Int32Array(n).fill(highs.constants.variableType.integer) }),
  });
  try {
    hm.options.set({ output_flag: false, time_limit: Math.max(0.05, options.timeLimitMs / 1000) });
    if (options.relaxation) {
      hm.run();
      // Only an optimal LP value is a bound (an interrupted simplex proves nothing).
      const optimal = hm.getModelStatus() === highs.constants.modelStatus.optimal;
      return {
        slotOf: null,
        weight: -Infinity,
        bound: optimal ? fixedWeight + hm.getObjectiveValue() : Infinity,
        optimal: false,
      };
    }
    hm.options.set({ mip_rel_gap: 0 });
    hm.setSolution({ colValue: start });
    let best = -Infinity;
    let bestX: Float64Array | null = null;
    let dual = Infinity;
    const target = options.target - fixedWeight;
    const cb = highs.constants.callbackType;
    hm.run({
      [cb.mipImprovingSolution](event) {
        const v = event.data.objective_function_value ?? -Infinity;
        if (v > best && event.data.mip_solution) {
          best = v;
          bestX = event.data.mip_solution;
        }
        options.onProgress?.(fixedWeight + Math.round(best), fixedWeight + dual);
        return undefined;
      },
      [cb.mipInterrupt](event) {
        if (event.data.mip_dual_bound !== undefined) dual = Math.min(dual, event.data.mip_dual_bound);
        if (best >= target - 1e-6) event.interrupt();
        return undefined;
      },
    });
    const status = hm.getModelStatus();
    const optimal = status === highs.constants.modelStatus.optimal;
    try {
      const info = Number(hm.info.get("mip_dual_bound"));
      if (Number.isFinite(info)) dual = Math.min(dual, info);
    } catch {
      // Not available after an interrupted run; the callback's last value stands.
    }
    try {
      const sol = hm.getSolution();
      const obj = hm.getObjectiveValue();
      if (sol.colValue && sol.colValue.length === n && obj > best) {
        best = obj;
        bestX = Float64Array.from(sol.colValue);
      }
    } catch {
      // No solution to read: keep what the callbacks saw.
    }
    if (optimal) dual = Math.min(dual, best);
    if (!bestX) return { slotOf: null, weight: -Infinity, bound: fixedWeight + dual, optimal: false };
    const x: Float64Array = bestX;
    const slotOf = new Int32Array(M).fill(-1);
    for (let m = 0; m < M; m++)
      if (model.fixedSlot[m]! >= 0 && st.slotOf[m] === model.fixedSlot[m]) slotOf[m] = model.fixedSlot[m]!;
    let weight = fixedWeight;
    for (let j = 0; j < n; j++) {
      if (x[j]! <= 0.5) continue;
      slotOf[colMeeting[j]!] = colSlot[j]!;
      weight += model.priority[colMeeting[j]!]!;
    }
    return { slotOf, weight, bound: fixedWeight + dual, optimal };
  } finally {
    hm.dispose();
  }
}
