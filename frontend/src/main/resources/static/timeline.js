// The timeline: a stacked histogram of events per day and type under a two-thumb date slider.
// The histogram always shows every day the server knows of, so the slider has context;
// unselected types are drawn grey and days outside the chosen range are faded.
import { colourOf } from './types.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86_400_000;
/** More bars than this and days are grouped into bins of several days. */
const MAX_BARS = 240;
const VIEW_WIDTH = 1000;
const VIEW_HEIGHT = 100;
const BAR_GAP = 0.15;
/** Slider moves are coalesced; the API is asked only once the user pauses. */
const SETTLE_MS = 300;
const UNSELECTED_COLOUR = '#c9ccd1';

export function dayIndex(date) {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOf(index) {
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

export class Timeline {
  constructor({ svg, startInput, endInput, startLabel, endLabel, minLabel, maxLabel, peakLabel }, onRangeChange) {
    Object.assign(this, { svg, startInput, endInput, startLabel, endLabel, minLabel, maxLabel, peakLabel });
    this.onRangeChange = onRangeChange;
    this.days = [];
    this.first = null;
    this.length = 0;
    this.selected = null;
    this.order = [];
    let timer = null;
    const moved = (which) => {
      this.keepOrdered(which);
      this.renderRange();
      clearTimeout(timer);
      timer = setTimeout(() => this.onRangeChange(this.range()), SETTLE_MS);
    };
    startInput.addEventListener('input', () => moved(startInput));
    endInput.addEventListener('input', () => moved(endInput));
  }

  /** Sets the domain from `[{date, type, count}]`; `order` is the legend's type order. */
  setDays(days, order) {
    this.days = days;
    this.order = order;
    const indices = days.map((d) => dayIndex(d.date)).filter(Number.isFinite);
    this.first = indices.length ? Math.min(...indices) : null;
    this.length = indices.length ? Math.max(...indices) - this.first + 1 : 0;
    for (const input of [this.startInput, this.endInput]) {
      input.max = String(Math.max(this.length - 1, 0));
      input.disabled = this.length === 0;
    }
    this.startInput.value = '0';
    this.endInput.value = this.endInput.max;
    this.minLabel.textContent = this.length ? dateOf(this.first) : '';
    this.maxLabel.textContent = this.length ? dateOf(this.first + this.length - 1) : '';
    this.draw();
    this.renderRange();
  }

  isEmpty() {
    return this.length === 0;
  }

  /** Moves the thumbs to the given dates (clamped to the domain) without notifying. */
  setRange(start, end) {
    if (this.isEmpty()) return;
    const clamp = (date, fallback) => {
      const i = date ? dayIndex(date) - this.first : fallback;
      return Math.min(Math.max(Number.isFinite(i) ? i : fallback, 0), this.length - 1);
    };
    const from = clamp(start, 0);
    const to = clamp(end, this.length - 1);
    this.startInput.value = String(Math.min(from, to));
    this.endInput.value = String(Math.max(from, to));
    this.renderRange();
  }

  /** The chosen dates, or nulls when the domain is empty. */
  range() {
    if (this.isEmpty()) return { start: null, end: null };
    return {
      start: dateOf(this.first + Number(this.startInput.value)),
      end: dateOf(this.first + Number(this.endInput.value)),
    };
  }

  /** True when the thumbs cover the whole domain, so no date filter is needed. */
  coversAll() {
    return this.isEmpty()
      || (Number(this.startInput.value) === 0 && Number(this.endInput.value) === this.length - 1);
  }

  /** Events per type within the chosen range. */
  countsInRange() {
    const { start, end } = this.range();
    const counts = new Map();
    for (const d of this.days) {
      if (start && d.date >= start && d.date <= end) counts.set(d.type, (counts.get(d.type) ?? 0) + d.count);
    }
    return counts;
  }

  setSelectedTypes(selected) {
    this.selected = selected;
    this.draw();
    this.renderRange();
  }

  keepOrdered(moved) {
    const from = Number(this.startInput.value);
    const to = Number(this.endInput.value);
    if (from > to) {
      if (moved === this.startInput) this.endInput.value = String(from);
      else this.startInput.value = String(to);
    }
  }

  draw() {
    this.svg.replaceChildren();
    this.svg.setAttribute('viewBox', `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`);
    this.svg.setAttribute('preserveAspectRatio', 'none');
    this.peakLabel.textContent = '';
    if (this.isEmpty()) return;
    this.binDays = Math.ceil(this.length / MAX_BARS);
    const bins = Math.ceil(this.length / this.binDays);
    const stacks = Array.from({ length: bins }, () => new Map());
    for (const d of this.days) {
      const bin = Math.floor((dayIndex(d.date) - this.first) / this.binDays);
      stacks[bin].set(d.type, (stacks[bin].get(d.type) ?? 0) + d.count);
    }
    const tallest = Math.max(1, ...stacks.map((s) => [...s.values()].reduce((a, b) => a + b, 0)));
    const per = this.binDays === 1 ? 'day' : `${this.binDays} days`;
    this.peakLabel.textContent = `Tallest bar: ${tallest.toLocaleString('en')} event${tallest === 1 ? '' : 's'} per ${per}`;
    const width = VIEW_WIDTH / bins;
    const rank = (type) => { const i = this.order.indexOf(type); return i < 0 ? this.order.length : i; };
    this.bars = stacks.map((stack, bin) => {
      const group = document.createElementNS(SVG, 'g');
      let y = VIEW_HEIGHT;
      let total = 0;
      for (const [type, count] of [...stack].sort((a, b) => rank(a[0]) - rank(b[0]))) {
        const height = (count / tallest) * VIEW_HEIGHT;
        y -= height;
        total += count;
        const rect = document.createElementNS(SVG, 'rect');
        rect.setAttribute('x', String(bin * width + (width * BAR_GAP) / 2));
        rect.setAttribute('y', String(y));
        rect.setAttribute('width', String(width * (1 - BAR_GAP)));
        rect.setAttribute('height', String(height));
        const on = !this.selected || this.selected.has(type);
        rect.setAttribute('fill', on ? colourOf(type) : UNSELECTED_COLOUR);
        group.append(rect);
      }
      const title = document.createElementNS(SVG, 'title');
      const from = dateOf(this.first + bin * this.binDays);
      const to = dateOf(Math.min(this.first + (bin + 1) * this.binDays, this.first + this.length) - 1);
      title.textContent = `${from === to ? from : `${from} – ${to}`}: ${total} event${total === 1 ? '' : 's'}`;
      group.append(title);
      this.svg.append(group);
      return group;
    });
  }

  renderRange() {
    const { start, end } = this.range();
    this.startLabel.textContent = start ?? '—';
    this.endLabel.textContent = end ?? '—';
    if (this.isEmpty() || !this.bars) return;
    const from = Number(this.startInput.value);
    const to = Number(this.endInput.value);
    const span = Math.max(this.length - 1, 1);
    const track = this.startInput.parentElement.style;
    track.setProperty('--from', String(from / span));
    track.setProperty('--to', String(to / span));
    this.bars.forEach((group, bin) => {
      const first = bin * this.binDays;
      const last = first + this.binDays - 1;
      group.classList.toggle('outside', last < from || first > to);
    });
  }
}
