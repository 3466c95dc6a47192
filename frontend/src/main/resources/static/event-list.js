// The list of events in view and in the window, newest first: what Liveuamap users read the map
// with. Only the rows in sight exist in the DOM (rows have one height), so a list of 50,000 events
// costs as much as one of 20. Hovering or focusing a row rings its event on the map; clicking opens
// its details.
import { el, placeLine, swatch } from './details.js';

const ROW_PX = 58;
/** Rows drawn above and below the visible ones, so fast scrolling shows no blank. */
const OVERSCAN = 6;

export class EventList {
  constructor({ list, count }, i18n, { onHover, onOpen }) {
    this.list = list;
    this.count = count;
    this.i18n = i18n;
    this.onHover = onHover;
    this.onOpen = onOpen;
    this.rows = [];
    this.columns = null;
    this.spacer = el('div', 'event-list-spacer');
    this.list.replaceChildren(this.spacer);
    this.list.addEventListener('scroll', () => this.render());
    this.list.addEventListener('mouseleave', () => this.onHover(null));
    new ResizeObserver(() => this.render()).observe(this.list);
  }

  /** Shows these events (indices into columns, newest first). */
  setRows(columns, rows) {
    if (columns === this.columns && sameRows(rows, this.rows)) return;
    this.columns = columns;
    this.rows = rows;
    this.spacer.style.height = `${rows.length * ROW_PX}px`;
    this.count.textContent = this.i18n.t('listCount', { n: rows.length });
    this.count.dataset.count = String(rows.length);
    this.render(true);
  }

  setLanguage(i18n) {
    this.i18n = i18n;
    const { columns, rows } = this;
    this.columns = null;
    if (columns) this.setRows(columns, rows);
  }

  render(changed = false) {
    if (!this.columns) return;
    const top = this.list.scrollTop;
    const from = Math.max(Math.floor(top / ROW_PX) - OVERSCAN, 0);
    const to = Math.min(Math.ceil((top + this.list.clientHeight) / ROW_PX) + OVERSCAN, this.rows.length);
    if (!changed && this.shown && this.shown[0] === from && this.shown[1] === to) return;
    this.shown = [from, to];
    const items = [];
    for (let k = from; k < to; k++) items.push(this.row(this.rows[k], k));
    this.list.replaceChildren(this.spacer, ...items);
  }

  row(i, position) {
    const { columns, i18n } = this;
    const type = columns.typeOf(i);
    const button = el('button', 'event-row');
    button.type = 'button';
    button.dataset.id = String(columns.id[i]);
    button.style.top = `${position * ROW_PX}px`;
    button.setAttribute('aria-setsize', String(this.rows.length));
    button.setAttribute('aria-posinset', String(position + 1));
    const head = el('span', 'row-head');
    head.append(swatch(type), el('span', 'row-type', i18n.typeName(type)),
      el('time', 'row-date', i18n.eventDate(columns.day[i], columns.precision[i], columns.approximate[i] === 1)));
    const place = placeLine(columns.placeOf(i), i18n, 'row-place', 'span');
    const f = columns.fatalities[i];
    if (f > 0) place.append(el('span', 'row-fatalities', i18n.fatalities(f, f)));
    button.append(head, place);
    button.addEventListener('mouseenter', () => this.onHover(i));
    button.addEventListener('focus', () => this.onHover(i));
    button.addEventListener('blur', () => this.onHover(null));
    button.addEventListener('click', () => this.onOpen(i));
    return button;
  }
}

function sameRows(a, b) {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
