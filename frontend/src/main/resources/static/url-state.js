// The shareable view lives in the URL hash (the embed page also reads its query string):
//   #start=2019-05-01&end=2019-05-31&type=Air/drone+strike&map=9/35.61/36.57&lang=ar&speed=week
// No `type` means every type; a single empty `type=` means none. No `map` means fit to the data.
// Other keys: len (playback window in days), loop=1, cumulative=1, q (text search), source,
// minf (minimum fatalities), minc (minimum confidence 0..1), near=lat/lon/km with place=name,
// base=online|offline, and on the embed page timeline=1 and legend=1.

import { SPEEDS } from './playback.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Decimal places kept for the map centre: about 10 m, enough to share a view. */
const CENTRE_DECIMALS = 4;
const LANGUAGES = new Set(['en', 'ar']);
const BASES = new Set(['online', 'offline']);
/** Longest free text kept from a URL; the server caps its own parameters too. */
const MAX_TEXT = 200;
const MAX_RADIUS_KM = 500;

function number(value, min, max) {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

function text(value) {
  const t = (value ?? '').trim();
  return t === '' ? null : t.slice(0, MAX_TEXT);
}

function parseView(value) {
  const [zoom, lat, lon] = (value ?? '').split('/').map(Number);
  const ok = [zoom, lat, lon].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return ok ? { zoom, lat, lon } : null;
}

function parseNear(value, name) {
  const [lat, lon, km] = (value ?? '').split('/').map(Number);
  const ok = [lat, lon, km].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
    && km > 0 && km <= MAX_RADIUS_KM;
  return ok ? { lat, lon, km, name: text(name) } : null;
}

/**
 * Reads a state from URL parameters: hash or query strings, with or without their # or ?. A key
 * in a later part replaces all its values from earlier parts (the embed page's hash overrides its query).
 */
export function readState(...parts) {
  const merged = new Map();
  for (const part of parts) {
    const search = new URLSearchParams((part ?? '').replace(/^[#?]/, ''));
    for (const key of new Set(search.keys())) merged.set(key, search.getAll(key));
  }
  const params = {
    get: (key) => merged.get(key)?.[0] ?? null,
    getAll: (key) => merged.get(key) ?? [],
    has: (key) => merged.has(key),
  };
  const date = (name) => (DATE.test(params.get(name) ?? '') ? params.get(name) : null);
  const flag = (name) => params.get(name) === '1';
  const types = params.has('type') ? params.getAll('type').filter((t) => t !== '') : null;
  return {
    start: date('start'),
    end: date('end'),
    types,
    view: parseView(params.get('map')),
    lang: LANGUAGES.has(params.get('lang')) ? params.get('lang') : null,
    speed: Object.hasOwn(SPEEDS, params.get('speed') ?? '') ? params.get('speed') : null,
    length: number(params.get('len'), 1, 3660),
    loop: flag('loop'),
    cumulative: flag('cumulative'),
    q: text(params.get('q')),
    source: text(params.get('source')),
    minFatalities: number(params.get('minf'), 0, 1e6) ?? 0,
    minConfidence: number(params.get('minc'), 0, 1) ?? 0,
    near: parseNear(params.get('near'), params.get('place')),
    base: BASES.has(params.get('base')) ? params.get('base') : null,
    timeline: flag('timeline'),
    legend: flag('legend'),
  };
}

/** Writes a state as a hash; empty and default values are left out so links stay short. */
export function writeState(state) {
  const params = new URLSearchParams();
  const { start, end, types, view, near } = state;
  if (start) params.set('start', start);
  if (end) params.set('end', end);
  if (types) {
    if (types.length === 0) params.append('type', '');
    for (const type of types) params.append('type', type);
  }
  if (view) {
    params.set('map', [view.zoom, view.lat.toFixed(CENTRE_DECIMALS), view.lon.toFixed(CENTRE_DECIMALS)].join('/'));
  }
  if (state.lang) params.set('lang', state.lang);
  if (state.speed) params.set('speed', state.speed);
  if (state.length) params.set('len', String(state.length));
  if (state.loop) params.set('loop', '1');
  if (state.cumulative) params.set('cumulative', '1');
  if (state.q) params.set('q', state.q);
  if (state.source) params.set('source', state.source);
  if (state.minFatalities > 0) params.set('minf', String(state.minFatalities));
  if (state.minConfidence > 0) params.set('minc', String(state.minConfidence));
  if (near) {
    params.set('near', [near.lat.toFixed(CENTRE_DECIMALS), near.lon.toFixed(CENTRE_DECIMALS), near.km].join('/'));
    if (near.name) params.set('place', near.name);
  }
  if (state.base) params.set('base', state.base);
  if (state.timeline) params.set('timeline', '1');
  if (state.legend) params.set('legend', '1');
  return `#${params.toString().replaceAll('%2F', '/')}`;
}
