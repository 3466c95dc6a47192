// The events the page holds, as parallel typed arrays in (event_date, id) order: the columnar
// payload of /api/events/columns as it arrives, or GeoJSON features from /api/events converted
// to the same shape. Everything the map, timeline and list compute reads these arrays.

const DAY_MS = 86_400_000;
/** Fatalities unknown (null in the payload). */
export const NO_FIGURE = -1;
/** Events with no sub_event_type are shown under this type. */
export const UNTYPED = 'Other';

export function dayOf(isoDate) {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Web Mercator x and y in [0, 1] for a longitude and latitude: the map's world pixels / 256 / 2^zoom. */
export function mercator(lon, lat) {
  const sin = Math.sin((Math.max(Math.min(lat, 85.0511), -85.0511) * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

function array(body, name, count) {
  const values = body?.[name];
  if (!Array.isArray(values) || values.length !== count) {
    throw new Error(`the event payload's "${name}" column does not hold ${count} values`);
  }
  return values;
}

export class EventColumns {
  /**
   * @param {object} c count, types, places ([english, arabic]) and the columns id, day, precision,
   *   type, place, lon, lat, fatalities and confidence as plain or typed arrays, and optionally
   *   approximate (1 or true where the day is only the latest possible day; absent means none)
   */
  constructor(c) {
    const n = c.count;
    this.count = n;
    this.types = c.types.map((t) => (typeof t === 'string' && t.trim() !== '' ? t : UNTYPED));
    this.places = c.places.map((p) => [Array.isArray(p) ? p[0] ?? '' : '', Array.isArray(p) ? p[1] ?? '' : '']);
    this.id = Float64Array.from(c.id);
    this.day = Int32Array.from(c.day);
    this.precision = Uint8Array.from(c.precision, (p) => p ?? 1);
    this.type = Uint16Array.from(c.type);
    this.place = Uint32Array.from(c.place);
    this.lon = Float64Array.from(c.lon);
    this.lat = Float64Array.from(c.lat);
    this.fatalities = Int32Array.from(c.fatalities, (f) => (Number.isFinite(f) ? f : NO_FIGURE));
    this.confidence = Float64Array.from(c.confidence, (v) => (Number.isFinite(v) ? v : Number.NaN));
    this.hasConfidence = this.confidence.some((v) => !Number.isNaN(v));
    this.approximate = Uint8Array.from({ length: n }, (_, i) => (c.approximate?.[i] === 1 || c.approximate?.[i] === true ? 1 : 0));
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const [x, y] = mercator(this.lon[i], this.lat[i]);
      this.x[i] = x;
      this.y[i] = y;
    }
    this.firstDay = n > 0 ? this.day[0] : null;
    this.lastDay = n > 0 ? this.day[n - 1] : null;
    this.byId = null;
  }

  static empty() {
    return new EventColumns({ count: 0, types: [], places: [], id: [], day: [], precision: [], type: [],
      place: [], lon: [], lat: [], fatalities: [], confidence: [], approximate: [] });
  }

  /** Reads the /api/events/columns body, checking that every column has `count` values. */
  static fromPayload(body) {
    const count = body?.count;
    if (!Number.isInteger(count) || count < 0) throw new Error('the event payload has no count');
    const columns = {
      count,
      types: Array.isArray(body.types) ? body.types : [],
      places: Array.isArray(body.places) ? body.places : [],
    };
    for (const name of ['id', 'day', 'precision', 'type', 'place', 'lon', 'lat', 'fatalities']) {
      columns[name] = array(body, name, count);
    }
    columns.confidence = Array.isArray(body.confidence) && body.confidence.length === count
      ? body.confidence : new Array(count).fill(null);
    columns.approximate = Array.isArray(body.date_approximate) && body.date_approximate.length === count
      ? body.date_approximate : new Array(count).fill(0);
    return sortedByDay(new EventColumns(columns));
  }

  /** GeoJSON point features of /api/events (full or compact properties) in the same shape. */
  static fromFeatures(features) {
    const types = new Map();
    const places = new Map();
    const c = { types: [], places: [], id: [], day: [], precision: [], type: [], place: [], lon: [], lat: [],
      fatalities: [], confidence: [], approximate: [] };
    const intern = (map, list, key, value) => {
      if (!map.has(key)) { map.set(key, list.length); list.push(value); }
      return map.get(key);
    };
    for (const f of features) {
      const xy = f?.geometry?.coordinates;
      const p = f?.properties ?? {};
      const day = typeof p.event_date === 'string' ? dayOf(p.event_date) : Number.NaN;
      if (f?.geometry?.type !== 'Point' || !Array.isArray(xy) || !Number.isFinite(xy[0])
        || !Number.isFinite(xy[1]) || !Number.isFinite(day)) continue;
      const type = typeof p.sub_event_type === 'string' && p.sub_event_type.trim() !== '' ? p.sub_event_type : UNTYPED;
      const en = p.location ?? '';
      const ar = p.location_ar ?? '';
      c.id.push(Number(p.id ?? f.id));
      c.day.push(day);
      c.precision.push(Number.isInteger(p.time_precision) ? p.time_precision : 1);
      c.type.push(intern(types, c.types, type, type));
      c.place.push(intern(places, c.places, `${en}\u0000${ar}`, [en, ar]));
      c.lon.push(xy[0]);
      c.lat.push(xy[1]);
      c.fatalities.push(Number.isFinite(p.fatalities) ? p.fatalities : null);
      c.confidence.push(Number.isFinite(p.confidence) ? p.confidence : null);
      c.approximate.push(p.date_approximate === true ? 1 : 0);
    }
    return sortedByDay(new EventColumns({ ...c, count: c.id.length }));
  }

  /** The index of an event id, or -1. */
  indexOf(id) {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.count; i++) this.byId.set(this.id[i], i);
    }
    return this.byId.get(Number(id)) ?? -1;
  }

  /** The place of event i as [english, arabic]. */
  placeOf(i) {
    return this.places[this.place[i]] ?? ['', ''];
  }

  typeOf(i) {
    return this.types[this.type[i]] ?? UNTYPED;
  }
}

/** Columns must be in day order for the window's binary search; a server that breaks it is forgiven. */
function sortedByDay(columns) {
  const { day, id, count } = columns;
  let ordered = true;
  for (let i = 1; i < count && ordered; i++) ordered = day[i - 1] < day[i] || (day[i - 1] === day[i] && id[i - 1] <= id[i]);
  if (ordered) return columns;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => day[a] - day[b] || id[a] - id[b]);
  const pick = (values) => order.map((i) => values[i]);
  return new EventColumns({
    count, types: columns.types, places: columns.places, id: pick(columns.id), day: pick(day),
    precision: pick(columns.precision), type: pick(columns.type), place: pick(columns.place), lon: pick(columns.lon),
    lat: pick(columns.lat), fatalities: pick(columns.fatalities).map((f) => (f === NO_FIGURE ? null : f)),
    confidence: pick(columns.confidence), approximate: pick(columns.approximate),
  });
}
