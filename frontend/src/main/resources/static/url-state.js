// The shareable state lives in the URL hash:
//   #start=2019-05-01&end=2019-05-31&type=Air%2Fdrone+strike&type=Armed+clash&map=9/35.61/36.57
// No `type` means every type; a single empty `type=` means none. No `map` means fit to the data.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Decimal places kept for the map centre: about 10 m, enough to share a view. */
const CENTRE_DECIMALS = 4;

export function readHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const date = (name) => (DATE.test(params.get(name) ?? '') ? params.get(name) : null);
  const types = params.has('type') ? params.getAll('type').filter((t) => t !== '') : null;
  return { start: date('start'), end: date('end'), types, view: parseView(params.get('map')) };
}

function parseView(value) {
  const [zoom, lat, lon] = (value ?? '').split('/').map(Number);
  const ok = [zoom, lat, lon].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return ok ? { zoom, lat, lon } : null;
}

export function writeHash({ start, end, types, view }) {
  const params = new URLSearchParams();
  if (start) params.set('start', start);
  if (end) params.set('end', end);
  if (types) {
    if (types.length === 0) params.append('type', '');
    for (const type of types) params.append('type', type);
  }
  if (view) {
    params.set('map', [view.zoom, view.lat.toFixed(CENTRE_DECIMALS), view.lon.toFixed(CENTRE_DECIMALS)].join('/'));
  }
  return `#${params.toString().replaceAll('%2F', '/')}`;
}
