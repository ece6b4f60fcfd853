// Fair shares (an organizer's option): raise the least-served firms first. Among firms that asked for meetings,
// a schedule is fairer when its meetings-per-firm, sorted from the smallest, is lexicographically larger (the
// "leximin" order): first as few firms as possible with none, then with only one, and so on; the weighted
// count comes after that. Comparing sorted vectors reduces to comparing N(k), the number of firms with at least
// k meetings, for k = 1, 2, ... in turn (the first k where two schedules differ decides), and N(k) is a sum
// over firms, so a move is judged by the few firms it touches.
//
// The search starts from the most-weight schedule and tries exchanges for the least-served firms: one of their
// waiting meetings takes a slot, what was in the way moves elsewhere if it can or is dropped, and the exchange
// is kept when the leximin order improves (or stays and the weight rises).
import type { Search } from "./search";
import { tableRoom } from "./model";

/** Meetings per participant in the search's current state. */
export function meetingCounts(search: Search): Int32Array {
  const { model, st } = search;
  const count = new Int32Array(model.people);
  for (let m = 0; m < model.a.length; m++) {
    if (st.slotOf[m]! < 0) continue;
    count[model.a[m]!]!++;
    count[model.b[m]!]!++;
  }
  return count;
}

/**
 * Sign of the change from `before` to `after` counts of the same firms in the leximin order: positive when
 * fairer. Only the firms listed changed.
 */
export function leximinChange(before: number[], after: number[]): number {
  const top = Math.max(0, ...before, ...after);
  for (let k = 1; k <= top; k++) {
    let d = 0;
    for (const c of after) if (c >= k) d++;
    for (const c of before) if (c >= k) d--;
    if (d !== 0) return d;
  }
  return 0;
}

/** Improves fairness by exchanges until none helps or the deadline passes. */
export function raiseFairShares(search: Search, deadline: number): void {
  const { model, st } = search;
  const S = model.slots;
  const count = meetingCounts(search);
  // Firms that asked for meetings: those with at least one meeting that could be placed.
  const asked = new Uint8Array(model.people);
  for (let m = 0; m < model.a.length; m++) {
    if (model.allowed[m]!.length === 0) continue;
    asked[model.a[m]!] = 1;
    asked[model.b[m]!] = 1;
  }
  const firmsOf = (ms: number[]) => {
    const out: number[] = [];
    for (const x of ms) for (const p of [model.a[x]!, model.b[x]!]) if (!out.includes(p)) out.push(p);
    return out;
  };
  let improved = true;
  while (improved && performance.now() < deadline) {
    improved = false;
    const firms = [...Array(model.people).keys()]
      .filter((p) => asked[p])
      .sort((x, y) => count[x]! - count[y]! || x - y);
    for (const z of firms) {
      if (performance.now() > deadline) break;
      for (let i = model.personStart[z]!; i < model.personStart[z + 1]!; i++) {
        const m = model.personMeetings[i]!;
        if (st.slotOf[m]! >= 0 || model.allowed[m]!.length === 0) continue;
        if (tryExchange(m)) {
          improved = true;
          break;
        }
      }
    }
  }

  /** Places m somewhere, displacing at most what stands in one slot; keeps the change if fairer. */
  function tryExchange(m: number): boolean {
    if (search.insert(m)) {
      // Nothing dropped: every count rose or stayed, so this is fairer.
      count[model.a[m]!]!++;
      count[model.b[m]!]!++;
      search.commit();
      return true;
    }
    search.commit();
    for (const s of model.allowed[m]!) {
      const out: number[] = [];
      for (const p of [model.a[m]!, model.b[m]!]) {
        const y = st.occ[p * S + s]!;
        if (y >= 0 && !out.includes(y)) out.push(y);
      }
      if (out.some((y) => st.fixed[y])) continue;
      const mark = search.mark();
      const weightBefore = search.weight;
      for (const y of out) search.take(y);
      if (!tableRoom(model, st, m, s)) {
        // The slot is full: the meeting there whose firms have the most meetings makes room.
        let pick = -1;
        for (let p = 0; p < model.people; p++) {
          const y = st.occ[p * S + s]!;
          if (y < 0 || st.fixed[y] || model.pinned[y] || model.a[y] !== p) continue;
          if (model.interp[m]! >= 0 && model.interp[y] !== model.interp[m]) continue;
          if (
            pick < 0 ||
            Math.min(count[model.a[y]!]!, count[model.b[y]!]!) >
              Math.min(count[model.a[pick]!]!, count[model.b[pick]!]!)
          )
            pick = y;
        }
        if (pick < 0) {
          search.rollback(mark);
          continue;
        }
        search.take(pick);
        out.push(pick);
      }
      search.put(m, s);
      for (const y of out) search.insert(y, false);
      if (keepIfFairer([m, ...out], weightBefore)) return true;
      // A meeting put out that found no free slot may take another's, which moves or drops in turn: the chain
      // of two that gives a firm with none its meeting where the direct exchange only moved the shortage (m4
      // takes m1's slot, m1 takes m0's, and the firm of m0 that had two keeps one).
      for (const y of out) {
        if (st.slotOf[y]! >= 0 || st.fixed[y]) continue;
        if (chainFairer(m, out, y, weightBefore)) return true;
      }
      search.rollback(mark);
    }
    return false;
  }

  /** Places y, put out by m's exchange, by displacing what stands in its way in one of its slots, if fairer. */
  function chainFairer(m: number, out: number[], y: number, weightBefore: number): boolean {
    for (const s of model.allowed[y]!) {
      const next: number[] = [];
      for (const p of [model.a[y]!, model.b[y]!]) {
        const z = st.occ[p * S + s]!;
        if (z >= 0 && !next.includes(z)) next.push(z);
      }
      if (next.length === 0 || next.some((z) => st.fixed[z] || z === m || out.includes(z))) continue;
      const mark = search.mark();
      for (const z of next) search.take(z);
      if (!tableRoom(model, st, y, s)) {
        search.rollback(mark);
        continue;
      }
      search.put(y, s);
      for (const z of next) search.insert(z, false);
      if (keepIfFairer([m, ...out, ...next], weightBefore)) return true;
      search.rollback(mark);
    }
    return false;
  }

  /** Commits the search's pending change when the firms of `moved` are fairer served (or as fair, with more weight). */
  function keepIfFairer(moved: number[], weightBefore: number): boolean {
    const changed = firmsOf(moved);
    const before = changed.map((p) => count[p]!);
    const after = changed.map((p) => {
      let c = 0;
      for (let t = 0; t < S; t++) if (st.occ[p * S + t]! >= 0) c++;
      return c;
    });
    const d = leximinChange(before, after);
    if (d > 0 || (d === 0 && search.weight > weightBefore)) {
      changed.forEach((p, i) => (count[p] = after[i]!));
      search.commit();
      return true;
    }
    return false;
  }
}
