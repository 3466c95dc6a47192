// Popup content for one event. Every value from the API is inserted with textContent, never
// as HTML: notes and place names come from scraped news and must be treated as hostile.
import { colourOf, typeOf } from './types.js';

// ACLED codebook: geo_precision 1 = the named place, 2 = near it / part of a region,
// 3 = only the province or a larger area; time_precision 1 = day, 2 = week, 3 = month.
const GEO_PRECISION = { 2: 'Location approximate (nearby or part of a region)', 3: 'Location approximate (province level)' };
const TIME_PRECISION = { 2: 'Date approximate (within a week)', 3: 'Date approximate (within a month)' };
const WEB_LINK = /^https?:\/\//i;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function present(value) {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

export function popupContent(feature) {
  const p = feature?.properties ?? {};
  const type = typeOf(p);
  const root = el('article', 'event-popup');

  const head = el('header', 'event-head');
  const swatch = el('span', 'swatch');
  swatch.style.background = colourOf(type);
  head.append(swatch, el('span', 'event-type', type));
  if (present(p.event_date)) head.append(el('time', 'event-date', p.event_date));
  root.append(head);

  const place = el('p', 'event-place');
  if (present(p.location_ar)) {
    const ar = el('bdi', 'place-ar', p.location_ar);
    ar.lang = 'ar';
    ar.dir = 'auto';
    place.append(ar);
  }
  if (present(p.location)) place.append(el('bdi', 'place-latin', p.location));
  const admin = [p.admin2, p.admin1].filter(present).join(', ');
  if (admin) place.append(el('span', 'place-admin', admin));
  if (place.childElementCount > 0) root.append(place);

  if (Number.isFinite(p.fatalities)) {
    const text = p.fatalities === 0 ? 'No deaths reported' : `${p.fatalities} killed`;
    root.append(el('p', p.fatalities > 0 ? 'event-fatalities deadly' : 'event-fatalities', text));
  }

  if (present(p.notes)) {
    const notes = el('blockquote', 'event-notes', p.notes);
    notes.dir = 'auto';
    notes.lang = 'ar';
    root.append(notes);
  }

  const caveats = [GEO_PRECISION[p.geo_precision], TIME_PRECISION[p.time_precision]].filter(Boolean);
  for (const caveat of caveats) root.append(el('p', 'event-caveat', caveat));

  root.append(sourceLine(p));
  return root;
}

function sourceLine(p) {
  const line = el('p', 'event-source');
  line.append(el('span', 'label', 'Source: '));
  if (present(p.source) && WEB_LINK.test(p.source)) {
    const link = el('a', null, p.source);
    link.href = p.source;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    line.append(link);
  } else {
    const source = el('bdi', null, present(p.source) ? p.source : 'not recorded');
    source.dir = 'auto';
    line.append(source);
  }
  if (Number.isFinite(p.source_count) && p.source_count > 1) {
    line.append(el('span', 'source-count', ` · ${p.source_count} reports`));
  }
  const id = p.id ?? p.event_id;
  if (present(id)) line.append(el('span', 'event-id', ` · #${id}`));
  return line;
}
