// Client for the Maydan HTTP API. Everything here tolerates missing or null fields:
// the page must keep working against an older or partial backend.

/** Events asked for per request; the server may return fewer and a cursor to the rest. */
export const PAGE_SIZE = 1000;
/** The most events the page will hold; past this it asks the user to narrow the dates. */
export const MAX_EVENTS = 20000;
/** Guards against a server that keeps returning empty pages with a cursor. */
const MAX_PAGES = 50;

/** A failed API call; `message` is what the user should read (the problem `detail` if any). */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** Query parameters shared by /api/events and /api/timeline. */
export function filterParams({ start, end, types }) {
  const params = new URLSearchParams();
  if (start) params.set('start', start);
  if (end) params.set('end', end);
  for (const type of types ?? []) params.append('type', type);
  return params;
}

async function fetchJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The server could not be reached. Check your connection and reload.', 0);
  }
  if (!response.ok) throw new ApiError(await problemMessage(response), response.status);
  try {
    return await response.json();
  } catch {
    throw new ApiError(`The server sent an unreadable answer for ${new URL(url, location.href).pathname}.`,
      response.status);
  }
}

// RFC 7807: show `detail`, else `title`, else the HTTP status.
async function problemMessage(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // not JSON: fall through to the status line
  }
  const detail = problem?.detail ?? problem?.title;
  if (typeof detail === 'string' && detail.trim() !== '') return detail;
  return `The server answered ${response.status} ${response.statusText}`.trim();
}

// The server's paging: `"links":[{"rel":"next","href":...}]`, absent or empty on the last page.
function nextUrl(page) {
  const link = (Array.isArray(page?.links) ? page.links : []).find((l) => l?.rel === 'next' && l?.href);
  return link ? new URL(link.href, location.href).toString() : null;
}

/**
 * Loads all features matching the filter, following `next` links up to MAX_EVENTS.
 * Resolves to `{features, truncated}`.
 */
export async function loadEvents(filter, signal) {
  const params = filterParams(filter);
  params.set('limit', String(PAGE_SIZE));
  let url = `api/events?${params}`;
  const features = [];
  for (let pages = 0; url && pages < MAX_PAGES && features.length < MAX_EVENTS; pages++) {
    const page = await fetchJson(url, signal);
    const batch = Array.isArray(page?.features) ? page.features : [];
    features.push(...batch.filter(hasPoint));
    url = nextUrl(page);
  }
  return { features: features.slice(0, MAX_EVENTS), truncated: url !== null };
}

function hasPoint(feature) {
  const c = feature?.geometry?.coordinates;
  return feature?.geometry?.type === 'Point' && Array.isArray(c)
    && Number.isFinite(c[0]) && Number.isFinite(c[1]);
}

/**
 * Per-day, per-type counts. The server answers `{"days":[{"date","total","counts":{type: n}}]}`;
 * this flattens it to `[{date, type, count}]`, one row per type seen on a day.
 */
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

/** The offline outline of Syria and its governorates shipped with the page (GeoJSON). */
export async function loadOutline() {
  return fetchJson('data/syria-outline.geojson');
}

/** Tile URL and attribution from /api/map-config; any failure means the defaults. */
export async function loadMapConfig(defaults) {
  try {
    const config = await fetchJson('api/map-config');
    return {
      tileUrl: typeof config?.tileUrl === 'string' && config.tileUrl ? config.tileUrl : defaults.tileUrl,
      attribution: typeof config?.attribution === 'string' ? config.attribution : defaults.attribution,
    };
  } catch {
    return defaults;
  }
}
