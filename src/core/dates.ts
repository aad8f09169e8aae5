/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years a date may have: wide enough for any real agreement, narrow enough that date
 * arithmetic (start + months) always stays a four-digit year. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export function isValidDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(s: string): [number, number, number] {
  const m = ISO.exec(s);
  if (!m) throw new Error(`not an ISO date: ${s}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** start + n calendar months, the same day number; when that month is shorter, its last day. */
export function addMonthsClamped(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** Whole calendar months from a to b, counting a month only when its day number is reached. */
export function monthsBetween(a: string, b: string): number {
  let n = 0;
  while (addMonthsClamped(a, n + 1) <= b) n++;
  return n;
}
