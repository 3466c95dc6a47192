// Popup content for one event. Every value from the API is inserted with textContent, never
// as HTML: notes, titles, sentences and place names come from scraped news and must be treated
// as hostile. The popup opens at once with the list fields; `showEvidence` then replaces the
// notes with each source's own sentence, figure and link from /api/events/{id}.
import { colourOf, typeOf } from './types.js';

// ACLED codebook: geo_precision 1 = the named place, 2 = near it / part of a region,
// 3 = only the province or a larger area; time_precision 1 = day, 2 = week, 3 = month.
const GEO_PRECISION = { 2: 'Location approximate (nearby or part of a region)', 3: 'Location approximate (province level)' };
const TIME_PRECISION = { 2: 'Date approximate (within a week)', 3: 'Date approximate (within a month)' };
const WEB_LINK = /^https?:\/\//i;
/** The server joins an event's publishers with this. */
const SOURCE_SEPARATOR = '; ';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function present(value) {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

/** Text that may be Arabic or Latin: isolated, direction from its own first strong letter. */
function autoText(tag, className, text) {
  const node = el(tag, className, text);
  node.dir = 'auto';
  return node;
}

function arabicQuote(className, text) {
  const quote = autoText('blockquote', className, text);
  quote.lang = 'ar';
  return quote;
}

function killed(n) {
  return n === 0 ? 'No deaths reported' : `${n} killed`;
}

/** The event's fatality line: one figure, or the range when its sources disagree. */
export function fatalitiesText(fatalities, evidence) {
  const figures = (evidence ?? []).map((e) => e?.fatalities).filter(Number.isFinite);
  if (figures.length > 0) {
    const low = Math.min(...figures);
    const high = Math.max(...figures);
    if (low !== high) return { text: `${low}–${high} killed, sources disagree`, deadly: true, disputed: true };
    return { text: killed(high), deadly: high > 0, disputed: false };
  }
  if (Number.isFinite(fatalities)) return { text: killed(fatalities), deadly: fatalities > 0, disputed: false };
  return null;
}

function fatalitiesLine(root, fatalities, evidence) {
  root.querySelector('.event-fatalities')?.remove();
  const figure = fatalitiesText(fatalities, evidence);
  if (!figure) return;
  const classes = ['event-fatalities', figure.deadly ? 'deadly' : '', figure.disputed ? 'disputed' : ''];
  (root.querySelector('.event-place') ?? root.querySelector('.event-head')).after(el('p', classes.filter(Boolean).join(' '), figure.text));
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
    const ar = autoText('bdi', 'place-ar', p.location_ar);
    ar.lang = 'ar';
    place.append(ar);
  }
  if (present(p.location)) place.append(el('bdi', 'place-latin', p.location));
  const admin = [p.admin2, p.admin1].filter(present).join(', ');
  if (admin) place.append(el('span', 'place-admin', admin));
  if (place.childElementCount > 0) root.append(place);

  fatalitiesLine(root, p.fatalities, null);

  const caveats = [GEO_PRECISION[p.geo_precision], TIME_PRECISION[p.time_precision]].filter(Boolean);
  for (const caveat of caveats) root.append(el('p', 'event-caveat', caveat));

  const sources = el('section', 'event-sources');
  if (present(p.notes)) sources.append(arabicQuote('event-notes', p.notes));
  sources.append(sourceLine(p));
  root.append(sources);
  return root;
}

function sourceLine(p) {
  const line = el('p', 'event-source');
  const names = present(p.source) ? String(p.source).split(SOURCE_SEPARATOR).filter(present) : [];
  line.append(el('span', 'label', names.length > 1 ? 'Sources: ' : 'Source: '));
  line.append(autoText('bdi', null, names.length ? names.join(SOURCE_SEPARATOR) : 'not recorded'));
  const id = p.id ?? p.event_id;
  if (present(id)) line.append(el('span', 'event-id', ` · #${id}`));
  return line;
}

/** Replaces the notes with one entry per source from the event's detail. */
export function showEvidence(root, detail) {
  const p = detail?.properties ?? {};
  const evidence = Array.isArray(p.evidence) ? p.evidence.filter((e) => e && typeof e === 'object') : [];
  const sources = root.querySelector('.event-sources');
  if (!sources || evidence.length === 0) return;
  fatalitiesLine(root, p.fatalities, evidence);
  const heading = el('h3', 'evidence-heading', evidence.length === 1 ? 'What the source says' : `What ${evidence.length} sources say`);
  const list = el('ol', 'evidence');
  list.append(...evidence.map(evidenceItem));
  const footer = el('p', 'event-source');
  if (present(p.id)) footer.append(el('span', 'event-id', `Event #${p.id}`));
  sources.replaceChildren(heading, list, footer);
}

/** Says in the popup that the sources could not be loaded; the notes stay. */
export function showEvidenceProblem(root, message) {
  root.querySelector('.event-sources')?.append(el('p', 'event-caveat evidence-problem', `Sources unavailable: ${message}`));
}

function evidenceItem(e) {
  const item = el('li', 'evidence-item');
  const head = el('p', 'evidence-source');
  head.append(autoText('bdi', 'evidence-publisher', present(e.source) ? e.source : 'Unnamed source'));
  if (present(e.published)) head.append(el('time', 'evidence-date', e.published));
  const figure = Number.isFinite(e.fatalities) ? killed(e.fatalities) : 'no figure given';
  head.append(el('span', e.fatalities > 0 ? 'evidence-fatalities deadly' : 'evidence-fatalities', figure));
  item.append(head);

  const link = present(e.url) && WEB_LINK.test(e.url);
  if (present(e.title) || link) {
    const title = el('p', 'evidence-title');
    const text = present(e.title) ? e.title : 'Read the article';
    if (link) {
      const a = autoText('a', null, text);
      a.href = e.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      title.append(a);
    } else {
      title.append(autoText('bdi', null, text));
    }
    item.append(title);
  }
  if (present(e.sentence)) item.append(arabicQuote('evidence-sentence', e.sentence));
  return item;
}
