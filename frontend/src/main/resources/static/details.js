// The details of one event, in a popup. Every value from the API is inserted with textContent,
// never as HTML: notes, titles, sentences and place names come from scraped news and must be
// treated as hostile. The popup opens at once with what the event list holds (type, date, place,
// fatalities); `showEvidence` then adds each source's sentence, with the place marked from its
// spans, its own figure and a link to its article, from /api/events/{id}.
import { colourOf } from './types.js';

const WEB_LINK = /^https?:\/\//i;
/** Rows a cluster's popup lists before saying how many more there are. */
const CLUSTER_ROWS = 40;

export function el(tag, className, text) {
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

export function swatch(type) {
  const node = el('span', 'swatch');
  node.style.background = colourOf(type);
  return node;
}

/** The place as names in both scripts, the page's language first, in a `tag` element. */
export function placeLine(names, i18n, className = 'event-place', tag = 'p') {
  const [primary, secondary] = i18n.placeNames(names);
  const line = el(tag, className);
  if (present(primary)) line.append(autoText('bdi', 'place-primary', primary));
  if (present(secondary)) line.append(autoText('bdi', 'place-secondary', secondary));
  return line;
}

/** The popup's first content, from the columns alone. */
export function eventSummary(columns, i, i18n) {
  const type = columns.typeOf(i);
  const root = el('article', 'event-popup');
  root.lang = i18n.lang;
  root.dir = i18n.dir;
  root.dataset.id = String(columns.id[i]);
  const head = el('header', 'event-head');
  const approximate = columns.approximate[i] === 1;
  const date = el('time', approximate ? 'event-date approximate' : 'event-date',
    i18n.eventDate(columns.day[i], columns.precision[i], approximate));
  date.dateTime = new Date(columns.day[i] * 86_400_000).toISOString().slice(0, 10);
  head.append(swatch(type), el('span', 'event-type', i18n.typeName(type)), date);
  root.append(head, placeLine(columns.placeOf(i), i18n));
  const f = columns.fatalities[i];
  fatalitiesLine(root, i18n, f >= 0 ? f : null, f >= 0 ? f : null);
  const caveat = approximate ? i18n.t('timeOpen') : i18n.messages[`time${columns.precision[i]}`];
  if (caveat) root.append(el('p', 'event-caveat', caveat));
  if (!Number.isNaN(columns.confidence[i])) root.append(el('p', 'event-confidence', i18n.t('confidence', { value: columns.confidence[i] })));
  root.append(el('section', 'event-sources'));
  return root;
}

function fatalitiesLine(root, i18n, low, high) {
  root.querySelector('.event-fatalities')?.remove();
  const text = i18n.fatalities(low, high);
  if (!text) return;
  const classes = ['event-fatalities', high > 0 ? 'deadly' : '', low !== high ? 'disputed' : ''];
  root.querySelector('.event-place').after(el('p', classes.filter(Boolean).join(' '), text));
}

/** Adds the detail of /api/events/{id}: admin areas, the sources' figures and each source's evidence. */
export function showEvidence(root, detail, i18n) {
  const p = detail?.properties ?? {};
  const admin = [p.admin2, p.admin1].filter(present).join(', ');
  if (admin) root.querySelector('.event-place').append(autoText('span', 'place-admin', admin));
  const geo = i18n.messages[`geo${p.geo_precision}`];
  if (geo) root.querySelector('.event-fatalities, .event-place').after(el('p', 'event-caveat', geo));
  const evidence = Array.isArray(p.evidence) ? p.evidence.filter((e) => e && typeof e === 'object') : [];
  const figures = evidence.map((e) => e.fatalities).filter(Number.isFinite);
  if (figures.length > 0) fatalitiesLine(root, i18n, Math.min(...figures), Math.max(...figures));
  else if (Number.isFinite(p.fatalities)) fatalitiesLine(root, i18n, p.fatalities, p.fatalities);
  const sources = root.querySelector('.event-sources');
  if (evidence.length === 0) {
    if (present(p.notes)) sources.append(arabicQuote('event-notes', p.notes, []));
    sources.append(sourceLine(p, i18n));
    return;
  }
  const list = el('ol', 'evidence');
  list.append(...evidence.map((e) => evidenceItem(e, i18n)));
  const footer = el('p', 'event-source');
  if (present(p.id)) footer.append(el('span', 'event-id', i18n.t('eventNumber', { id: p.id })));
  sources.replaceChildren(el('h3', 'evidence-heading', i18n.t('sourcesSay', { n: evidence.length })), list, footer);
}

/** Says in the popup that the sources could not be loaded. */
export function showEvidenceProblem(root, message, i18n) {
  root.querySelector('.event-sources')?.append(el('p', 'event-caveat evidence-problem', i18n.t('sourcesUnavailable', { reason: message })));
}

function sourceLine(p, i18n) {
  const line = el('p', 'event-source');
  const names = present(p.source) ? String(p.source).split('; ').filter(present) : [];
  line.append(el('span', 'label', i18n.t('sourceLabel', { n: Math.max(names.length, 1) })));
  line.append(autoText('bdi', null, names.length ? names.join('; ') : i18n.t('notRecorded')));
  return line;
}

/**
 * Where to mark the place (and the trigger word) in a sentence: spans count UTF-16 units in the
 * article and the sentence starts at sentence_span[0]. Spans outside the sentence, or overlapping
 * an earlier one, are dropped rather than trusted. Returns [{from, to, className}] in order.
 */
export function sentenceMarks(length, sentenceSpan, marks) {
  const base = Array.isArray(sentenceSpan) && Number.isInteger(sentenceSpan[0]) ? sentenceSpan[0] : null;
  if (base === null) return [];
  const ranges = marks
    .filter(({ span }) => Array.isArray(span) && Number.isInteger(span[0]) && Number.isInteger(span[1]))
    .map(({ span, className }) => ({ from: span[0] - base, to: span[1] - base, className }))
    .filter(({ from, to }) => from >= 0 && to > from && to <= length)
    .sort((a, b) => a.from - b.from);
  const kept = [];
  for (const range of ranges) if (kept.length === 0 || range.from >= kept.at(-1).to) kept.push(range);
  return kept;
}

function markedSentence(sentence, sentenceSpan, marks) {
  const parts = [];
  let at = 0;
  for (const { from, to, className } of sentenceMarks(sentence.length, sentenceSpan, marks)) {
    if (from > at) parts.push(document.createTextNode(sentence.slice(at, from)));
    parts.push(el('mark', className, sentence.slice(from, to)));
    at = to;
  }
  if (parts.length > 0 && at < sentence.length) parts.push(document.createTextNode(sentence.slice(at)));
  return parts;
}

function arabicQuote(className, text, parts) {
  const quote = autoText('blockquote', className);
  quote.lang = 'ar';
  if (parts.length > 0) quote.append(...parts);
  else quote.textContent = text;
  return quote;
}

function evidenceItem(e, i18n) {
  const item = el('li', 'evidence-item');
  const head = el('p', 'evidence-source');
  head.append(autoText('bdi', 'evidence-publisher', present(e.source) ? e.source : i18n.t('unnamedSource')));
  if (present(e.published)) head.append(el('time', 'evidence-date', e.published));
  const figure = Number.isFinite(e.fatalities) ? i18n.fatalities(e.fatalities, e.fatalities) : i18n.t('noFigure');
  head.append(el('span', e.fatalities > 0 ? 'evidence-fatalities deadly' : 'evidence-fatalities', figure));
  item.append(head);
  const link = present(e.url) && WEB_LINK.test(e.url);
  if (present(e.title) || link) {
    const title = el('p', 'evidence-title');
    const text = present(e.title) ? e.title : i18n.t('readArticle');
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
  if (present(e.sentence)) {
    const sentence = String(e.sentence);
    const parts = markedSentence(sentence, e.sentence_span,
      [{ span: e.place_span, className: 'place-mark' }, { span: e.trigger_span, className: 'trigger-mark' }]);
    item.append(arabicQuote('evidence-sentence', sentence, parts));
  }
  return item;
}

/** A cluster whose events share one spot: a list of them; `onPick(i)` opens one. */
export function clusterList(columns, members, i18n, onPick) {
  const root = el('section', 'cluster-popup');
  root.lang = i18n.lang;
  root.dir = i18n.dir;
  root.append(el('h3', 'evidence-heading', i18n.t('clusterEvents', { n: members.length })));
  const list = el('ul', 'cluster-events');
  for (const i of members.slice(0, CLUSTER_ROWS)) {
    const button = el('button', 'cluster-event');
    button.type = 'button';
    button.append(swatch(columns.typeOf(i)), el('span', 'event-type', i18n.typeName(columns.typeOf(i))),
      el('time', 'event-date', i18n.eventDate(columns.day[i], columns.precision[i], columns.approximate[i] === 1)));
    button.addEventListener('click', () => onPick(i));
    const item = el('li');
    item.append(button);
    list.append(item);
  }
  root.append(list);
  if (members.length > CLUSTER_ROWS) root.append(el('p', 'hint', i18n.t('clusterMore', { n: members.length - CLUSTER_ROWS })));
  return root;
}
