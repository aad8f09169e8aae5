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

export interface Overlaps {
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
    if ((sorted[mid] as string) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function overlaps(periods: readonly Period[], limit: number): Overlaps[] {
  const n = periods.length;
  // Positions in start order; ties keep the given order.
  const byStart = periods.map((_, i) => i).sort((a, b) => cmp(periods[a]?.start, periods[b]?.start) || a - b);
  const rankOf = new Int32Array(n);
  byStart.forEach((index, rank) => {
    rankOf[index] = rank;
  });
  const starts = byStart.map((i) => (periods[i] as Period).start);
  const ends = byStart.map((i) => (periods[i] as Period).end);

  // Counting: the periods that start on or before p.end, minus those among them that end before
  // p.start. Queries in order of p.end, adding periods in order of start to a Fenwick tree over
  // the ranks of their ends.
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
  const queries = periods.map((_, i) => i).sort((a, b) => cmp(periods[a]?.end, periods[b]?.end));
  const out: Overlaps[] = new Array(n);
  let added = 0;
  for (const q of queries) {
    const p = periods[q] as Period;
    while (added < n && (starts[added] as string) <= p.end)
      add(lowerBound(endValues, ends[added++] as string));
    const count = added - below(lowerBound(endValues, p.start)) - (p.start <= p.end ? 1 : 0);
    out[q] = { count, some: [] };
  }

  // Naming: in start order, among those starting on or before p.end, the latest-starting ones
  // whose end is on or after p.start, found by descending a max-tree of the ends.
  let size = 1;
  while (size < n) size *= 2;
  const max: string[] = new Array(2 * size).fill("");
  for (let i = 0; i < n; i++) max[size + i] = ends[i] as string;
  for (let i = size - 1; i > 0; i--) max[i] = maxOf(max[2 * i] as string, max[2 * i + 1] as string);
  for (let q = 0; q < n; q++) {
    const o = out[q] as Overlaps;
    if (o.count === 0) continue;
    const p = periods[q] as Period;
    const want = Math.min(limit, o.count);
    const found: number[] = [];
    const visit = (node: number, lo: number, hi: number, right: number) => {
      if (found.length >= want || lo >= right || (max[node] as string) < p.start) return;
      if (hi - lo === 1) {
        const index = byStart[lo] as number;
        if (index !== q) found.push(index);
        return;
      }
      const mid = (lo + hi) >>> 1;
      visit(2 * node + 1, mid, hi, right);
      visit(2 * node, lo, mid, right);
    };
    visit(1, 0, size, upperBound(starts, p.end));
    o.some = found.sort((a, b) => (rankOf[a] as number) - (rankOf[b] as number));
  }
  return out;
}

function cmp(a: string | undefined, b: string | undefined): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}

function maxOf(a: string, b: string): string {
  return a > b ? a : b;
}
