/**
 * The Hungarian algorithm (Kuhn–Munkres, in the O(n²m) potentials form) for a rectangular matrix:
 * assigns each row one distinct column so the total cost is least. `cost` is row-major, `rows × cols`.
 * Returns, per row, its column, or -1 when there are more rows than columns and the row is left out.
 */
export function assignMinCost(cost: Float64Array, rows: number, cols: number): Int32Array {
  if (rows > cols) {
    // Solve the transpose, whose rows are fewer than its columns, and read it back.
    const t = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = cost[r * cols + c]!;
    const colToRow = assignMinCost(t, cols, rows);
    const out = new Int32Array(rows).fill(-1);
    colToRow.forEach((r, c) => {
      if (r >= 0) out[r] = c;
    });
    return out;
  }
  const n = rows;
  const m = cols;
  // 1-based arrays as in the classic formulation; index 0 is the virtual start.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: the row assigned to column j
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);

  // Start from reduced costs (each row's least cost, then — for a square matrix — each column's) and a
  // greedy matching on the edges that are then tight, so the search below only runs for rows left free.
  // On dense random matrices this removes most of the work. With more columns than rows a column may end
  // unmatched, and its potential must then stay at most 0, so columns are reduced only when square.
  for (let i = 1; i <= n; i++) {
    let least = Infinity;
    const base = (i - 1) * m;
    for (let j = 0; j < m; j++) if (cost[base + j]! < least) least = cost[base + j]!;
    u[i] = least;
  }
  for (let j = 1; j <= m && n === m; j++) {
    let least = Infinity;
    for (let i = 1; i <= n; i++) {
      const reduced = cost[(i - 1) * m + j - 1]! - u[i]!;
      if (reduced < least) least = reduced;
    }
    v[j] = least;
  }
  const rowDone = new Uint8Array(n + 1);
  for (let i = 1; i <= n; i++) {
    const base = (i - 1) * m - 1;
    for (let j = 1; j <= m; j++) {
      if (p[j] === 0 && cost[base + j]! - u[i]! - v[j]! === 0) {
        p[j] = i;
        rowDone[i] = 1;
        break;
      }
    }
  }

  for (let i = 1; i <= n; i++) {
    if (rowDone[i] === 1) continue;
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      const rowBase = (i0 - 1) * m - 1;
      const ui0 = u[i0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j] === 0) {
          const cur = cost[rowBase + j]! - ui0 - v[j]!;
          if (cur < minv[j]!) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j]! < delta) {
            delta = minv[j]!;
            j1 = j;
          }
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j] === 1) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) out[p[j]! - 1] = j - 1;
  return out;
}
