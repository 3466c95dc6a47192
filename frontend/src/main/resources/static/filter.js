// Which events pass the page's filters. The date window is a contiguous slice of the day-ordered
// columns, found by binary search; the other criteria are tested per event within that slice.
import { NO_FIGURE } from './columns.js';

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** The first index whose day is >= `day`. */
export function lowerBound(days, day) {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The slice [from, to) of events dated start..end (inclusive day numbers; null means open). */
export function daySlice(columns, start, end) {
  const from = start === null ? 0 : lowerBound(columns.day, start);
  const to = end === null ? columns.count : lowerBound(columns.day, end + 1);
  return [from, Math.max(from, to)];
}

export function distanceKm(lat1, lon1, lat2, lon2) {
  const dLat = (lat2 - lat1) * RADIANS;
  const dLon = (lon2 - lon1) * RADIANS;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Compiles the criteria into a test of event i:
 * `types` a Set of type names or null for all, `minFatalities` (events without a figure fail any
 * minimum above 0), `minConfidence` (events without a confidence fail any minimum above 0),
 * `near` {lat, lon, km} or null.
 */
export function eventTest(columns, { types = null, minFatalities = 0, minConfidence = 0, near = null } = {}) {
  const allowed = new Uint8Array(Math.max(columns.types.length, 1));
  columns.types.forEach((name, i) => { allowed[i] = !types || types.has(name) ? 1 : 0; });
  const { type, fatalities, confidence, lat, lon } = columns;
  // A bounding box in degrees rejects most events before the exact distance.
  const box = near ? nearBox(near) : null;
  return (i) => {
    if (allowed[type[i]] === 0) return false;
    if (minFatalities > 0 && (fatalities[i] === NO_FIGURE || fatalities[i] < minFatalities)) return false;
    if (minConfidence > 0 && !(confidence[i] >= minConfidence)) return false;
    if (box) {
      if (lat[i] < box.south || lat[i] > box.north || lon[i] < box.west || lon[i] > box.east) return false;
      if (distanceKm(near.lat, near.lon, lat[i], lon[i]) > near.km) return false;
    }
    return true;
  };
}

function nearBox({ lat, lon, km }) {
  const dLat = km / (EARTH_RADIUS_KM * RADIANS);
  const dLon = dLat / Math.max(Math.cos(lat * RADIANS), 1e-6);
  return { south: lat - dLat, north: lat + dLat, west: lon - dLon, east: lon + dLon };
}

/** Indices of the events of days start..end that pass `test`, in day order. */
export function selectEvents(columns, start, end, test) {
  const [from, to] = daySlice(columns, start, end);
  const out = new Uint32Array(to - from);
  let n = 0;
  for (let i = from; i < to; i++) if (test(i)) out[n++] = i;
  return out.subarray(0, n);
}

/** Events per type name among the given indices. */
export function countByType(columns, indices) {
  const counts = new Uint32Array(columns.types.length);
  for (const i of indices) counts[columns.type[i]]++;
  return new Map(columns.types.map((name, t) => [name, counts[t]]));
}

/** Indices (from `indices`) whose point lies in the bounds, newest first: the event list's rows. */
export function inBounds(columns, indices, { south, west, north, east }) {
  const out = [];
  const { lat, lon } = columns;
  for (let k = indices.length - 1; k >= 0; k--) {
    const i = indices[k];
    if (lat[i] >= south && lat[i] <= north && lon[i] >= west && lon[i] <= east) out.push(i);
  }
  return out;
}
