/**
 * Overlapping periods among many, without comparing every pair: for each period, how many others
 * overlap it, and the first few of them. O(n log n + n · limit · log n) for n periods, so that
 * thousands of agreements of one employee (or copies of one agreement) stay fast.
 *
 * Periods are [start, end] with ISO dates (compared as text), end inclusive; an open end is given
 * as the latest date. Two periods overlap when each starts on or before the other's end; a period
 * whose end is before its start overlaps by the same test (and not itself).
 */

export interface Period {
  start: string;
  end: string;
}

interface Overlaps {
  /** How many other periods overlap this one. */
  count: number;
  /** Indices (into the given list) of at most `limit` of them (the latest to start), in start order. */
  some: number[];
}

function lowerBound(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The periods in start order (ties keep the given order): their indices, starts and ends. */
interface StartOrder {
  byStart: number[];
  /** For each given index, its position in start order. */
  rankOf: Int32Array;
  starts: string[];
  ends: string[];
}

function startOrder(periods: readonly Period[]): StartOrder {
  const sorted = periods.map((p, i) => ({ p, i })).sort((a, b) => cmp(a.p.start, b.p.start) || a.i - b.i);
  const rankOf = new Int32Array(periods.length);
  sorted.forEach(({ i }, rank) => {
    rankOf[i] = rank;
  });
  return {
    byStart: sorted.map(({ i }) => i),
    rankOf,
    starts: sorted.map(({ p }) => p.start),
    ends: sorted.map(({ p }) => p.end),
  };
}

/**
 * How many others overlap each period: those that start on or before its end, minus those among
 * them that end before its start. Queries in order of end, adding periods in order of start to a
 * Fenwick tree over the ranks of their ends.
 */
function countOverlaps(periods: readonly Period[], { starts, ends }: StartOrder): Int32Array {
  const n = periods.length;
  const endValues = [...new Set(ends)].sort();
  const tree = new Int32Array(endValues.length + 1);
  const add = (rank: number) => {
    for (let i = rank + 1; i <= endValues.length; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
  };
  const below = (rank: number) => {
    let s = 0;
    for (let i = rank; i > 0; i -= i & -i) s += tree[i] ?? 0;
    return s;
  };
  const queries = periods.map((p, q) => ({ p, q })).sort((a, b) => cmp(a.p.end, b.p.end));
  const counts = new Int32Array(n);
  let added = 0;
  for (const { p, q } of queries) {
    for (; added < n; added++) {
      const start = starts[added] ?? "";
      if (start > p.end) break;
      add(lowerBound(endValues, ends[added] ?? ""));
    }
    counts[q] = added - below(lowerBound(endValues, p.start)) - (p.start <= p.end ? 1 : 0);
  }
  return counts;
}

/**
 * Names at most `limit` of the periods overlapping each: in start order, among those starting on
 * or before its end, the latest-starting ones whose end is on or after its start, found by
 * descending a max-tree of the ends.
 */
function nameOverlaps(periods: readonly Period[], order: StartOrder, out: Overlaps[], limit: number): void {
  const { byStart, rankOf, starts, ends } = order;
  const n = periods.length;
  let size = 1;
  while (size < n) size *= 2;
  const max: string[] = new Array(2 * size).fill("");
  ends.forEach((end, i) => {
    max[size + i] = end;
  });
  for (let i = size - 1; i > 0; i--) max[i] = maxOf(max[2 * i] ?? "", max[2 * i + 1] ?? "");
  out.forEach((o, q) => {
    const p = periods[q];
    if (o.count === 0 || !p) return;
    const want = Math.min(limit, o.count);
    const found: number[] = [];
    const visit = (node: number, lo: number, hi: number, right: number) => {
      if (found.length >= want || lo >= right || (max[node] ?? "") < p.start) return;
      if (hi - lo === 1) {
        const index = byStart[lo];
        if (index !== undefined && index !== q) found.push(index);
        return;
      }
      const mid = (lo + hi) >>> 1;
      visit(2 * node + 1, mid, hi, right);
      visit(2 * node, lo, mid, right);
    };
    visit(1, 0, size, upperBound(starts, p.end));
    o.some = found.sort((a, b) => (rankOf[a] ?? 0) - (rankOf[b] ?? 0));
  });
}

export function overlaps(periods: readonly Period[], limit: number): Overlaps[] {
  const order = startOrder(periods);
  const out = Array.from(countOverlaps(periods, order), (count): Overlaps => ({ count, some: [] }));
  nameOverlaps(periods, order, out, limit);
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function maxOf(a: string, b: string): string {
  return a > b ? a : b;
}
