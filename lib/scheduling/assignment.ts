// The assignment problem (Hungarian method, shortest augmenting paths with potentials): rows to distinct
// columns at least cost, every row assigned. O(rows² · columns); used for one firm's agenda (its slots against
// its meetings), where rows are a few dozen.

/**
 * cost[r * cols + c] for rows ≤ cols; Infinity forbids a pair. Returns the column of each row, or -1 when a
 * row could only take a forbidden pair (callers add a zero-cost "nothing" column per row to avoid it).
 */
export function assign(rows: number, cols: number, cost: Float64Array): Int32Array {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1); // row (1-based) assigned to column, 0 = none
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  const big = 1e15;
  const at = (r: number, c: number) => {
    const x = cost[(r - 1) * cols + (c - 1)]!;
    return x === INF ? big : x;
  };
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = at(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j]) out[p[j]! - 1] = cost[(p[j]! - 1) * cols + (j - 1)] === INF ? -1 : j - 1;
  return out;
}
