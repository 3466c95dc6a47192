// Client for the Maydan HTTP API. Everything here tolerates missing or null fields: the page must
// keep working against an older or partial backend. Messages for the user are chosen by the
// caller from the error's `kind`; `detail` is the server's own problem text when it sent one.
import { EventColumns } from './columns.js';

/** Features per page when the server has no columnar endpoint (the API's largest page). */
export const PAGE_SIZE = 5000;
/** Guards against a server that keeps returning pages with a cursor: 5,000 × 400 = 2 million events. */
const MAX_PAGES = 400;
const COLUMNS = 'api/events/columns';
/** Words of the problem the columnar endpoint answers when a filter matches more than it will send. */
const TOO_MANY = /too many|more than|at most|max-rows|narrow/i;

/** A failed API call: `kind` is unreachable, unreadable, status or too-many; `detail` the server's words. */
export class ApiError extends Error {
  constructor(kind, { status = 0, detail = null, path = '' } = {}) {
    super(detail ?? `${kind} ${status} ${path}`.trim());
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.detail = detail;
    this.path = path;
  }
}

/** Query parameters of the event filters the server applies. */
export function filterParams({ start, end, types, q, source } = {}) {
  const params = new URLSearchParams();
  if (start) params.set('start', start);
  if (end) params.set('end', end);
  for (const type of types ?? []) params.append('type', type);
  if (q) params.set('q', q);
  if (source) params.set('source', source);
  return params;
}

async function fetchJson(url, signal) {
  const path = new URL(url, location.href).pathname;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('unreachable', { path });
  }
  if (!response.ok) {
    throw new ApiError('status', { status: response.status, detail: await problemDetail(response), path });
  }
  try {
    return await response.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('unreadable', { status: response.status, path });
  }
}

// RFC 7807: `detail`, else `title`.
async function problemDetail(response) {
  try {
    const problem = await response.json();
    const detail = problem?.detail ?? problem?.title;
    return typeof detail === 'string' && detail.trim() !== '' ? detail : null;
  } catch {
    return null;
  }
}

/**
 * All events matching the server-side filters (dates, q, source) as columns. Uses
 * /api/events/columns unless the map config says the server has none; a 404 there also falls
 * back to paging /api/events. Rejects with kind too-many when the server refuses the size.
 */
export async function loadColumns(filter, services, signal) {
  if (services?.eventColumns !== null) {
    const url = `${services?.eventColumns ?? COLUMNS}?${filterParams(filter)}`;
    try {
      return EventColumns.fromPayload(await fetchJson(url, signal));
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && TOO_MANY.test(e.detail ?? '')) {
        throw new ApiError('too-many', { status: 400, detail: e.detail });
      }
      if (!(e instanceof ApiError && e.status === 404)) throw e;
      // An older server: page through /api/events from now on (it has no text or source search).
      if (services) services.eventColumns = null;
    }
  }
  return EventColumns.fromFeatures(await loadFeatures(filter, signal));
}

/** Every feature of /api/events for the filter, following `next` links. */
async function loadFeatures({ start, end }, signal) {
  const params = filterParams({ start, end });
  params.set('limit', String(PAGE_SIZE));
  let url = `api/events?${params}`;
  const features = [];
  for (let pages = 0; url && pages < MAX_PAGES; pages++) {
    const page = await fetchJson(url, signal);
    if (Array.isArray(page?.features)) features.push(...page.features);
    const next = (Array.isArray(page?.links) ? page.links : []).find((l) => l?.rel === 'next' && l?.href);
    url = next ? new URL(next.href, location.href).toString() : null;
  }
  return features;
}

/** Per-day, per-type counts from /api/timeline as [{date, type, count}]. */
export async function loadTimeline(filter, signal) {
  const body = await fetchJson(`api/timeline?${filterParams(filter)}`, signal);
  const days = Array.isArray(body?.days) ? body.days : [];
  return days.filter((d) => typeof d?.date === 'string' && d.counts !== null && typeof d.counts === 'object')
    .flatMap((d) => Object.entries(d.counts)
      .filter(([, count]) => Number.isFinite(count) && count > 0)
      .map(([type, count]) => ({ date: d.date, type, count })));
}

/** One event as a Feature whose properties carry `evidence`: one entry per source. */
export async function loadEvent(id, signal) {
  return fetchJson(`api/events/${encodeURIComponent(id)}`, signal);
}

/** Gazetteer search: [{id, nameEn, nameAr, lat, lon, kind, adminEn, adminAr}]. */
export async function searchPlaces(q, signal) {
  const body = await fetchJson(`api/places?${new URLSearchParams({ q, limit: '8' })}`, signal);
  return (Array.isArray(body) ? body : [])
    .filter((p) => Number.isFinite(p?.lat) && Number.isFinite(p?.lon))
    .map((p) => ({
      id: p.id,
      nameEn: p.nameEn ?? p.name_en ?? '',
      nameAr: p.nameAr ?? p.name_ar ?? '',
      lat: p.lat,
      lon: p.lon,
      kind: p.kind ?? '',
      adminEn: p.admin?.admin1En ?? '',
      adminAr: p.admin?.admin1Ar ?? '',
    }));
}

/** The offline outline of Syria and its governorates shipped with the page (GeoJSON). */
export async function loadOutline() {
  return fetchJson('data/syria-outline.geojson');
}

/** OpenStreetMap, for a server that does not say which base map to use. */
const DEFAULT_BASE_MAP = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

/** Base maps and services from /api/map-config; any failure means the defaults. */
export async function loadMapConfig(defaults = DEFAULT_BASE_MAP) {
  try {
    const config = await fetchJson('api/map-config');
    const string = (value, fallback) => (typeof value === 'string' && value ? value : fallback);
    return {
      tileUrl: string(config?.tileUrl, defaults.tileUrl),
      attribution: typeof config?.attribution === 'string' ? config.attribution : defaults.attribution,
      base: config?.base === 'offline' ? 'offline' : 'online',
      offlineTileUrl: string(config?.offlineTileUrl, null),
      offlineAttribution: string(config?.offlineAttribution, ''),
      // Unknown services (an older server) are tried; null ones are known to be missing.
      services: typeof config?.services === 'object' && config.services !== null ? config.services : {},
    };
  } catch {
    return { ...defaults, base: 'online', offlineTileUrl: null, offlineAttribution: '', services: {} };
  }
}
