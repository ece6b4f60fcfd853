// The scheduler run: a schedule, an upper bound that no schedule can beat, and whether the two meet.
//
// Phases, within one time budget (the whole run, bound included):
// 1. bound: the Lagrangian flow relaxation (bound.ts) gives an upper bound and, through its multipliers, how
//    much each meeting is worth once what it takes from scarce firms is counted; when tables are scarce, the
//    per-slot matching relaxation (slot-bound.ts) too;
// 2. construct: meetings in that order, each at the slot the relaxation gave its scarcer firm when free;
// 3. improve: insertions by relocation and Kempe chains, forced insertions (large-neighbourhood search), whole
//    agendas of congested firms re-solved exactly; the bound keeps tightening in between, and the phase ends
//    as soon as the weight meets the bound (proven optimal);
// 4. exact: on events small enough, when the bound is not met and there is time, HiGHS's LP relaxation of the
//    exact model and then its branch-and-cut, started from the best schedule and stopped at the bound;
// 5. fair (an option): exchanges that raise the least-served firms (fair.ts);
// 6. breaks: simulated annealing over Kempe exchanges with the weight held (breaks.ts);
// then tables are seated per slot, and the schedule is checked by evaluate.ts. If anything fails, the plain
// greedy schedule is returned instead: the run always ends with a valid schedule.
import seedrandom from "seedrandom";
import type { Instance, Schedule } from "./instance";
import { evaluate } from "./evaluate";
import { greedySchedule } from "./greedy";
import { compile, fixedState, free, place, toSchedule, type Model, type State } from "./model";
import { LagrangianBound, integerBound } from "./bound";
import { SlotBound } from "./slot-bound";
import { Search } from "./search";
import { BreakSearch } from "./breaks";
import { raiseFairShares } from "./fair";
import { exactSize, loadHighs, solveExact } from "./exact";

export type SolvePhase = "bound" | "construct" | "improve" | "exact" | "fair" | "breaks" | "done";

export type SolveProgress = {
  phase: SolvePhase;
  /** Priority-weighted meetings placed so far. */
  weighted: number;
  /** No schedule can place more weight than this. */
  bound: number;
  /** (bound - weighted) / bound. */
  gap: number;
  elapsedMs: number;
};

export type SolveOptions = {
  seed?: string;
  /** Budget for the whole run in milliseconds; default grows with the number of meetings (defaultBudgetMs). */
  timeLimitMs?: number;
  /** Fair shares: raise the least-served firms before adding to firms that already have many. */
  fair?: boolean;
  /** Use HiGHS's exact model when the event is small enough (default true; only in solveSchedule). */
  exact?: boolean;
  onProgress?: (progress: SolveProgress) => void;
  /** Caps the forced insertions of the search (a work limit for tests; the time budget still applies). */
  effort?: number;
};

export type SolveResult = {
  schedule: Schedule;
  weighted: number;
  scheduled: number;
  /** Upper bound on the weighted count of any valid schedule. */
  bound: number;
  gap: number;
  /** The weighted count equals the bound: no schedule places more. */
  proven: boolean;
  /** What proved the bound: a Lagrangian relaxation (flow or per-slot), or HiGHS (LP or branch-and-cut). */
  boundBy: "lagrangian" | "highs";
  breaks: number;
  maxBreaks: number;
  phases: { phase: SolvePhase; ms: number }[];
  ms: number;
  /** True when the search failed and the plain greedy schedule was returned. */
  fallback: boolean;
};

/**
 * The default budget for the whole run: 1.3 s plus 0.17 ms per meeting, at most 3 s (1.5 s at 1,000 meetings,
 * 3 s at 10,000), leaving room under 3 s and 5 s for the command line's start (node and tsx take about 0.7 s of
 * CPU, npm 0.4 s more), reading and writing. Runs that prove their result and settle the waits end sooner.
 */
export function defaultBudgetMs(meetings: number): number {
  return Math.min(3000, 1300 + 0.17 * meetings);
}

/**
 * Sizes (variables of the exact model) up to which HiGHS is tried when the search has not met the bound: its
 * LP relaxation (often tighter than the flow relaxation when tables are scarce: both firms' per-slot limits
 * are in it), and its branch-and-cut. HiGHS in WebAssembly is single-threaded and shares the run's budget.
 */
const LP_MAX_COLUMNS = 16_000;
const MIP_MAX_COLUMNS = 6000;

type Run = {
  model: Model;
  search: Search;
  bound: LagrangianBound;
  /** The per-slot matching bound, when tables are scarce (slot-bound.ts). */
  slotBound: SlotBound | null;
  mipBound: number;
  t0: number;
  /** CPU time at the start, to tell how much of a core the run gets. */
  cpu0: number;
  deadline: number;
  phases: { phase: SolvePhase; ms: number }[];
  phaseStart: number;
  options: SolveOptions;
};

const bestBound = (run: Run) =>
  Math.min(integerBound(run.bound.best), run.slotBound ? integerBound(run.slotBound.best) : Infinity, run.mipBound);
const proven = (run: Run) => run.search.weight >= bestBound(run);

function report(run: Run, phase: SolvePhase) {
  const bound = bestBound(run);
  const weighted = run.search.weight;
  run.options.onProgress?.({
    phase,
    weighted,
    bound,
    gap: bound > 0 ? Math.max(0, bound - weighted) / bound : 0,
    elapsedMs: Math.round(performance.now() - run.t0),
  });
}

function endPhase(run: Run, phase: SolvePhase) {
  const now = performance.now();
  run.phases.push({ phase, ms: Math.round(now - run.phaseStart) });
  run.phaseStart = now;
  report(run, phase);
}

function start(inst: Instance, options: SolveOptions): Run {
  const t0 = performance.now();
  const cpu0 = cpuMs();
  const model = compile(inst);
  const budget = options.timeLimitMs ?? defaultBudgetMs(inst.meetings.length);
  const random = seedrandom(options.seed ?? "kakehashi");
  return {
    model,
    search: new Search(model, fixedState(model), random),
    bound: new LagrangianBound(model),
    slotBound: scarceTables(model),
    mipBound: Infinity,
    t0,
    cpu0,
    deadline: t0 + budget,
    phases: [],
    phaseStart: t0,
    options,
  };
}

const at = (run: Run, share: number) => run.t0 + share * (run.deadline - run.t0);

/** The slot bound when tables look scarce (a quick count first: building it is not free at 10,000). */
function scarceTables(model: Model): SlotBound | null {
  let places = 0;
  let meetings = 0;
  for (let s = 0; s < model.slots; s++) places += Math.max(0, model.capacity[s]!);
  for (let m = 0; m < model.a.length; m++) if (model.fixedSlot[m]! < 0 && model.allowed[m]!.length > 0) meetings++;
  if (places >= 0.6 * meetings) return null;
  const slots = new SlotBound(model);
  return slots.useful ? slots : null;
}

/** Phases 1-3, pausing (yield) between steps so an asynchronous caller can stream progress. */
function* weightPhases(run: Run, until: () => number): Generator<void> {
  const { model, search, bound } = run;
  const M = model.a.length;
  // A quick greedy schedule aims the first multiplier steps.
  const quick = new Search(model, fixedState(model), search.random);
  quick.construct(byPriority(model));
  // The multipliers guide everything after, so they get their steps even on a slow machine: up to 15, cut
  // at 12% of the budget only after the first 8, and at 30% in any case.
  const soft = at(run, 0.12);
  const hard = at(run, 0.3);
  do bound.step(quick.weight);
  while (
    integerBound(bound.best) > quick.weight &&
    !bound.stalled &&
    bound.iterations < 15 &&
    performance.now() < (bound.iterations < 8 ? hard : soft)
  );
  if (run.slotBound && !proven(run)) run.slotBound.step(quick.weight);
  endPhase(run, "bound");
  yield;

  search.value = bound.bestWeight;
  const chosen = bound.bestSlot;
  const order = Array.from({ length: M }, (_, m) => m).sort(
    (x, y) =>
      (chosen[y]! >= 0 ? 1 : 0) - (chosen[x]! >= 0 ? 1 : 0) ||
      search.value[y]! - search.value[x]! ||
      model.priority[y]! - model.priority[x]! ||
      x - y,
  );
  // Kept even when it starts below the greedy one: its choices are the relaxation's, and it repairs better.
  search.construct(order, chosen);
  endPhase(run, "construct");
  if (proven(run)) return;
  yield;

  // Repairs, cheapest first; each stops early once the bound is met.
  const stop = () => performance.now() > until() || proven(run);
  for (const m of search.unplacedByValue()) {
    if (stop()) break;
    search.insert(m, false);
    search.commit();
  }
  reoptimizeAll(search, stop);
  report(run, "improve");
  yield;

  const maxRounds = run.options.effort === undefined ? Infinity : Math.ceil(run.options.effort / 300);
  let round = 0;
  let lastGain = 0;
  let lastWeight = search.weight;
  let lastBound = bestBound(run);
  while (!proven(run) && performance.now() < until() && round < maxRounds) {
    round++;
    for (let i = 0; i < 300; i++) search.forceStep();
    if (round % 3 === 0) reoptimizeAll(search, stop);
    if (round % 4 === 2) {
      // Kempe chains and displacement of cheaper meetings for the most valuable waiting meetings.
      const waiting = search.unplacedByValue();
      for (let i = 0; i < Math.min(waiting.length, 200) && !stop(); i++) {
        const m = waiting[(i + round * 53) % waiting.length]!;
        if (!search.insert(m, true)) search.upgrade(m);
        search.commit();
      }
    }
    // The bound gets about a third of the work while it is not met (counted in rounds, not time, so that a
    // run that ends before its deadline depends on the instance and the seed only).
    if (!bound.stalled && (round <= 10 || round % 2 === 0)) {
      bound.step(search.weight, 0.3);
      search.value = bound.bestWeight;
    }
    // The slot bound, while it is the better one, every few rounds (an evaluation costs more).
    const slots = run.slotBound;
    if (slots && !slots.stalled && round % 4 === 1 && slots.best < bound.best && !proven(run))
      slots.step(search.weight);
    if (round % 5 === 0) {
      report(run, "improve");
      yield;
    }
    // Stalled: neither side has moved for a while; what is left is for the exact model or nobody.
    if (search.weight > lastWeight || bestBound(run) < lastBound) {
      lastGain = round;
      lastWeight = search.weight;
      lastBound = bestBound(run);
    } else if (round - lastGain > Math.max(20, (4 * M) / 300)) break;
  }
  endPhase(run, "improve");
}

function reoptimizeAll(search: Search, stop: () => boolean) {
  for (const p of search.congested()) {
    if (stop()) break;
    search.reoptimize(p);
  }
}

/** Replaces the search's placements by those of another state of the same model. */
function adopt(search: Search, other: State) {
  const { model, st } = search;
  for (let m = 0; m < model.a.length; m++) if (st.slotOf[m]! >= 0 && !st.fixed[m]) search.take(m);
  for (let m = 0; m < model.a.length; m++) {
    const s = other.slotOf[m]!;
    if (s >= 0 && st.slotOf[m]! < 0 && free(model, st, m, s)) search.put(m, s);
  }
  search.commit();
}

function byPriority(model: Model): Int32Array {
  return Int32Array.from({ length: model.a.length }, (_, m) => m).sort(
    (x, y) => model.priority[y]! - model.priority[x]! || model.allowed[x]!.length - model.allowed[y]!.length || x - y,
  );
}

/** Phases 5-6 (pausing like weightPhases); the result is read with result() afterwards. */
function* finishing(run: Run): Generator<void> {
  const { model, search } = run;
  if (run.options.fair) {
    raiseFairShares(search, at(run, 0.85));
    search.repair(at(run, 0.9));
    endPhase(run, "fair");
    yield;
  }
  const breaks = new BreakSearch(model, search.st, search.random);
  const iterations = Math.min(3_000_000, Math.max(5_000, 400 * model.a.length));
  // Leaves time to seat the tables and check the schedule: about 20 ms plus 0.01 ms per meeting of CPU time,
  // longer on a machine that gives this run less than a core.
  const reserve = (20 + 0.01 * model.a.length) / cpuShare(run);
  yield* breaks.annealing(iterations, run.deadline - Math.min(0.25 * (run.deadline - run.t0), reserve));
  endPhase(run, "breaks");
}

function result(run: Run, inst: Instance, schedule: Schedule, fallback: boolean): SolveResult {
  const e = evaluate(inst, schedule);
  if (!e.valid && !fallback) return result(run, inst, greedySchedule(inst), true);
  if (!fallback && !run.options.fair) {
    // Fair shares trade weight for the least-served firms on purpose, so only the weighted objective is guarded.
    // The search starts from greedy's schedule, but a weight phase can leave a small, tight event below it (2
    // tables, 4 slots, 5 meetings: 8 against greedy's 9). Greedy costs a fraction of the search: never answer worse.
    const greedy = greedySchedule(inst);
    const g = evaluate(inst, greedy);
    if (g.valid && g.weighted > e.weighted) return result(run, inst, greedy, false);
  }
  // Not raised to the weight found: a bound below a valid schedule would be a bug, and the tests must see it.
  const bound = bestBoundSafe(run);
  const out: SolveResult = {
    schedule,
    weighted: e.weighted,
    scheduled: e.scheduled,
    bound,
    gap: bound > 0 ? Math.max(0, bound - e.weighted) / bound : 0,
    proven: e.weighted >= bound,
    boundBy: run.mipBound <= bestBoundSafe(run) && run.mipBound < integerBound(run.bound.best) ? "highs" : "lagrangian",
    breaks: e.breaks,
    maxBreaks: e.maxBreaks,
    phases: run.phases,
    ms: Math.round(performance.now() - run.t0),
    fallback,
  };
  run.options.onProgress?.({ phase: "done", weighted: out.weighted, bound, gap: out.gap, elapsedMs: out.ms });
  return out;
}

function bestBoundSafe(run: Run): number {
  const b = bestBound(run);
  if (Number.isFinite(b)) return b;
  // No evaluation of the relaxation ran: every meeting that could be placed is the trivial bound.
  let w = 0;
  for (let m = 0; m < run.model.a.length; m++) if (run.model.allowed[m]!.length > 0) w += run.model.priority[m]!;
  return w;
}

/** The run without HiGHS, synchronous: bound, search, fairness and breaks. */
export function solveScheduleSync(inst: Instance, options: SolveOptions = {}): SolveResult {
  let run: Run | undefined;
  try {
    run = start(inst, options);
    const until = at(run, options.fair ? 0.5 : 0.8);
    for (const _ of weightPhases(run, () => until));
    for (const _ of finishing(run));
    return result(run, inst, toSchedule(run.model, run.search.st), false);
  } catch (err) {
    return fallbackResult(inst, run, options, err);
  }
}

/** The full run: as solveScheduleSync, plus HiGHS's exact model on events small enough when not proven. */
export async function solveSchedule(inst: Instance, options: SolveOptions = {}): Promise<SolveResult> {
  let run: Run | undefined;
  try {
    run = start(inst, options);
    // Fair shares optimize another objective than HiGHS's model: the time goes to them instead.
    const size = options.exact === false || options.fair ? Infinity : exactSize(run.model);
    const mip = size <= MIP_MAX_COLUMNS;
    const lp = size <= LP_MAX_COLUMNS;
    // The search stops early enough for HiGHS only while HiGHS can still finish in time at this run's pace.
    const searchEnd = at(run, options.fair ? 0.5 : 0.8);
    const exactStart = at(run, mip ? 0.3 : 0.55);
    const r = run;
    const until = () => (lp && exactStart + expectedLpMs(r, size) < at(r, 0.8) ? exactStart : searchEnd);
    await drive(weightPhases(run, until));
    if (lp && !proven(run) && performance.now() + expectedLpMs(run, size) < at(run, 0.8)) {
      await yieldToEventLoop();
      try {
        await exactPhase(run, at(run, 0.8), mip);
      } catch (err) {
        // HiGHS failed (out of WebAssembly memory, say): the search's schedule and bound stand.
        if (process.env.NODE_ENV !== "production") console.error("exact phase skipped:", err);
      }
    }
    await drive(finishing(run));
    return result(run, inst, toSchedule(run.model, run.search.st), false);
  } catch (err) {
    return fallbackResult(inst, run, options, err);
  }
}

/** Runs a phase generator, letting the event loop in (progress to stream out) at most every 50 ms. */
async function drive(steps: Generator<void>): Promise<void> {
  let last = performance.now();
  for (const _ of steps) {
    if (performance.now() - last < 50) continue;
    await yieldToEventLoop();
    last = performance.now();
  }
}

/**
 * What HiGHS's LP relaxation should take here, in wall-clock milliseconds: measured in WebAssembly on this
 * kind of model, about 0.3 s to start plus 0.05 ms per variable of CPU time, divided by the share of a core
 * this run has had so far (on a busy machine the same work takes longer, and HiGHS starts before it can look
 * at its clock).
 */
function expectedLpMs(run: Run, columns: number): number {
  return (300 + 0.05 * columns) / cpuShare(run);
}

/** The share of a core this run has had so far (1 on an idle machine), at least 0.1. */
function cpuShare(run: Run): number {
  const wall = performance.now() - run.t0;
  return wall > 50 ? Math.max(0.1, Math.min(1, (cpuMs() - run.cpu0) / wall)) : 1;
}

function cpuMs(): number {
  if (typeof process === "undefined" || typeof process.cpuUsage !== "function") return performance.now();
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

async function exactPhase(run: Run, until: number, mip: boolean) {
  const { model, search } = run;
  let highs;
  try {
    highs = await loadHighs();
  } catch {
    return; // No solver in this environment: the search's schedule stands.
  }
  // The LP relaxation first: often enough to prove the search's schedule optimal, and cheap at this size.
  const lp = solveExact(highs, model, search.st, {
    timeLimitMs: Math.max(50, (until - performance.now()) / (mip ? 3 : 1)),
    target: Infinity,
    relaxation: true,
  });
  if (Number.isFinite(lp.bound)) run.mipBound = Math.min(run.mipBound, Math.floor(lp.bound + 1e-6));
  report(run, "exact");
  const timeLimitMs = until - performance.now();
  if (proven(run) || !mip || timeLimitMs < 100) {
    endPhase(run, "exact");
    return;
  }
  const out = solveExact(highs, model, search.st, {
    timeLimitMs,
    target: integerBound(run.bound.best),
    onProgress: (found, proved) => {
      const weighted = Math.max(found, search.weight);
      const bound = Math.min(bestBound(run), Math.floor(proved + 1e-6));
      run.options.onProgress?.({
        phase: "exact",
        weighted,
        bound,
        gap: bound > 0 ? Math.max(0, bound - weighted) / bound : 0,
        elapsedMs: Math.round(performance.now() - run.t0),
      });
    },
  });
  if (Number.isFinite(out.bound)) run.mipBound = Math.min(run.mipBound, Math.floor(out.bound + 1e-6));
  if (out.slotOf && out.weight > search.weight) {
    // Rebuild from HiGHS's slots, checking every placement; keep the search's schedule if any fails.
    const trial = fixedState(model);
    let ok = true;
    for (let m = 0; m < model.a.length && ok; m++) {
      const s = out.slotOf[m]!;
      if (s < 0 || trial.fixed[m]) continue;
      if (!free(model, trial, m, s) || !model.allowed[m]!.includes(s)) ok = false;
      else place(model, trial, m, s);
    }
    if (ok) adopt(search, trial);
  }
  endPhase(run, "exact");
}

function fallbackResult(inst: Instance, run: Run | undefined, options: SolveOptions, err: unknown): SolveResult {
  if (process.env.NODE_ENV !== "production") console.error("scheduler fell back to greedy:", err);
  if (run) return result(run, inst, greedySchedule(inst), true);
  const schedule = greedySchedule(inst);
  const e = evaluate(inst, schedule);
  const bound = inst.meetings.reduce((sum, m) => sum + m.priority, 0);
  return {
    schedule,
    weighted: e.weighted,
    scheduled: e.scheduled,
    bound,
    gap: bound > 0 ? (bound - e.weighted) / bound : 0,
    proven: e.weighted >= bound,
    boundBy: "lagrangian",
    breaks: e.breaks,
    maxBreaks: e.maxBreaks,
    phases: [],
    ms: 0,
    fallback: true,
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
