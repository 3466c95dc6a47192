// The timeline's bins: a bar per day, per week or per month, whichever keeps bars wide enough to
// read on the chart's width, each stacked by type.

/** Narrower bars than this and the next coarser bin is used. */
export const MIN_BAR_PX = 3;
/** 1970-01-01 was a Thursday; weeks start on Monday (ISO 8601): day 4, 1970-01-05, was one. */
const MONDAY_OFFSET = 4;
const WEEK = 7;
const DAYS_PER_MONTH = 30.44;

export const UNITS = ['day', 'week', 'month'];

/** The finest unit whose bars are at least MIN_BAR_PX wide for `spanDays` on `widthPx`. */
export function chooseUnit(spanDays, widthPx) {
  const pxPerDay = widthPx / Math.max(spanDays, 1);
  if (pxPerDay >= MIN_BAR_PX) return 'day';
  if (pxPerDay * WEEK >= MIN_BAR_PX) return 'week';
  return 'month';
}

/** The first day of the bin holding `day`. */
export function binStart(day, unit) {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((((day - MONDAY_OFFSET) % WEEK) + WEEK) % WEEK);
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}

/** The first day of the bin after the one starting at `start`. */
export function nextBin(start, unit) {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + WEEK;
  const date = new Date(start * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 86_400_000;
}

/** Approximate length of a unit in days, for choosing steps. */
export function unitDays(unit) {
  return unit === 'day' ? 1 : unit === 'week' ? WEEK : DAYS_PER_MONTH;
}

/**
 * Counts per bin and type of the given events over first..last (day numbers).
 * Returns {unit, starts: Int32Array of bin start days (plus one past the last bin), counts:
 * Uint32Array [bin * typeCount + type], totals: Uint32Array per bin, tallest}.
 */
export function histogram(columns, indices, first, last, unit) {
  const starts = [];
  for (let d = binStart(first, unit); d <= last; d = nextBin(d, unit)) starts.push(d);
  starts.push(nextBin(starts.at(-1) ?? first, unit));
  const bins = starts.length - 1;
  const typeCount = columns.types.length;
  const counts = new Uint32Array(Math.max(bins * typeCount, 0));
  const totals = new Uint32Array(Math.max(bins, 0));
  // Indices are in day order, so the bin only moves forward.
  let bin = 0;
  for (const i of indices) {
    const day = columns.day[i];
    if (day < starts[0] || day >= starts[bins]) continue;
    while (day >= starts[bin + 1]) bin++;
    while (day < starts[bin]) bin--;
    counts[bin * typeCount + columns.type[i]]++;
    totals[bin]++;
  }
  let tallest = 0;
  for (const t of totals) tallest = Math.max(tallest, t);
  return { unit, starts: Int32Array.from(starts), counts, totals, tallest, typeCount };
}
