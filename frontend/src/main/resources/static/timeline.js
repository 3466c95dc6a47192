// The timeline: a histogram of events per day, week or month (whichever fits the width), stacked
// by type and following every filter but the dates, under a d3 brush that selects the date window.
// Brush a new window, drag the window, or drag either end; the two grips are also keyboard sliders
// (arrows a day, Page Up/Down a week, Home/End the ends). The chart reads left to right in both
// languages, as time axes do. d3 is a classic script (global `d3`).
import { chooseUnit, histogram, unitDays } from './binning.js';
import { isoOf } from './columns.js';
import { colourOf } from './types.js';

const HEIGHT_PX = 64;
const AXIS_HEIGHT_PX = 20;
/** Pixels per axis label, roughly: dates in Arabic or English need about this much room. */
const TICK_SPACING_PX = 110;
const BAR_GAP_PX = 1;
const WEEK = 7;

export class Timeline {
  /**
   * @param el {body, canvas, brush, axis, startGrip, endGrip, startLabel, endLabel, peakLabel}
   * @param onWindow called with (start, end) as day numbers when the user moves the window
   */
  constructor(el, i18n, onWindow) {
    this.el = el;
    this.i18n = i18n;
    this.onWindow = onWindow;
    this.first = null;
    this.last = null;
    this.window = null;
    this.data = null;
    this.order = [];
    this.brush = d3.brushX().handleSize(12).on('brush end', (event) => this.brushed(event));
    this.svg = d3.select(el.brush);
    this.outside = [this.svg.append('rect').attr('class', 'outside'), this.svg.append('rect').attr('class', 'outside')];
    this.brushGroup = this.svg.append('g').attr('class', 'window-brush');
    for (const [grip, end] of [[el.startGrip, 'start'], [el.endGrip, 'end']]) {
      grip.addEventListener('keydown', (event) => this.gripKey(event, end));
    }
    new ResizeObserver(() => this.layout()).observe(el.body);
  }

  /** The days the timeline spans; the window is clamped into it. */
  setDomain(first, last) {
    this.first = first;
    this.last = last;
    this.layout();
  }

  isEmpty() {
    return this.first === null;
  }

  /** Bars from these events (indices into columns, in day order); `order` is the legend's type order. */
  setEvents(columns, indices, order) {
    this.data = { columns, indices };
    this.order = order;
    this.draw();
  }

  setLanguage(i18n) {
    this.i18n = i18n;
    this.layout();
  }

  /** Moves the window without calling back (playback, presets, a link). */
  setWindow(start, end) {
    this.window = { start, end };
    this.renderWindow();
  }

  layout() {
    const width = Math.max(this.el.body.clientWidth, 1);
    this.width = width;
    if (this.isEmpty()) return;
    this.x = d3.scaleLinear().domain([this.first, this.last + 1]).range([0, width]);
    this.brush.extent([[0, 0], [width, HEIGHT_PX]]);
    this.brushGroup.call(this.brush);
    this.svg.attr('viewBox', `0 0 ${width} ${HEIGHT_PX}`).attr('width', width).attr('height', HEIGHT_PX);
    this.drawAxis();
    this.draw();
    this.renderWindow();
  }

  drawAxis() {
    const time = d3.scaleUtc().domain([new Date(this.first * 86_400_000), new Date((this.last + 1) * 86_400_000)])
      .range([0, this.width]);
    const ticks = time.ticks(Math.max(Math.floor(this.width / TICK_SPACING_PX), 2));
    d3.select(this.el.axis).attr('width', this.width).attr('height', AXIS_HEIGHT_PX).selectAll('*').remove();
    d3.select(this.el.axis).append('g').attr('class', 'ticks')
      .call(d3.axisBottom(time).tickValues(ticks).tickSizeOuter(0)
        .tickFormat((date) => this.i18n.tick(Math.round(date.getTime() / 86_400_000))));
  }

  draw() {
    const canvas = this.el.canvas;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(this.width * ratio);
    canvas.height = Math.round(HEIGHT_PX * ratio);
    canvas.style.width = `${this.width}px`;
    canvas.style.height = `${HEIGHT_PX}px`;
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, this.width, HEIGHT_PX);
    this.el.peakLabel.textContent = '';
    if (this.isEmpty() || !this.data) return;
    const { columns, indices } = this.data;
    const unit = chooseUnit(this.last - this.first + 1, this.width);
    const h = histogram(columns, indices, this.first, this.last, unit);
    this.unit = unit;
    const rank = columns.types.map((_, t) => t)
      .sort((a, b) => this.rankOf(columns.types[a]) - this.rankOf(columns.types[b]));
    const scale = h.tallest > 0 ? HEIGHT_PX / h.tallest : 0;
    for (let b = 0; b < h.totals.length; b++) {
      if (h.totals[b] === 0) continue;
      const x0 = this.x(Math.max(h.starts[b], this.first));
      const x1 = this.x(Math.min(h.starts[b + 1], this.last + 1));
      const w = Math.max(x1 - x0 - (x1 - x0 > 3 * BAR_GAP_PX ? BAR_GAP_PX : 0), 0.5);
      let y = HEIGHT_PX;
      for (const t of rank) {
        const n = h.counts[b * h.typeCount + t];
        if (n === 0) continue;
        const height = n * scale;
        y -= height;
        ctx.fillStyle = colourOf(columns.types[t]);
        ctx.fillRect(x0, y, w, height);
      }
    }
    const unitName = this.i18n.t(`unit_${unit}`);
    this.el.peakLabel.textContent = h.tallest > 0 ? this.i18n.t('tallest', { n: h.tallest, unit: unitName }) : '';
    canvas.setAttribute('aria-label', this.i18n.t('histogramLabel', { unit: unitName }));
    canvas.dataset.unit = unit;
    canvas.dataset.bars = String(h.totals.filter((t) => t > 0).length);
  }

  rankOf(type) {
    const i = this.order.indexOf(type);
    return i < 0 ? this.order.length : i;
  }

  renderWindow() {
    if (this.isEmpty() || !this.window || !this.x) return;
    const { start, end } = this.window;
    const x0 = this.x(start);
    const x1 = this.x(end + 1);
    this.moving = true;
    this.brushGroup.call(this.brush.move, [x0, x1]);
    this.moving = false;
    // A window over all the dates cannot be dragged anywhere: a drag on it brushes a new one.
    this.svg.classed('whole', start === this.first && end === this.last);
    this.outside[0].attr('x', 0).attr('y', 0).attr('width', Math.max(x0, 0)).attr('height', HEIGHT_PX);
    this.outside[1].attr('x', x1).attr('y', 0).attr('width', Math.max(this.width - x1, 0)).attr('height', HEIGHT_PX);
    this.grip(this.el.startGrip, x0, start, 'windowStart');
    this.grip(this.el.endGrip, x1, end, 'windowEnd');
    for (const [label, day] of [[this.el.startLabel, start], [this.el.endLabel, end]]) {
      label.textContent = this.i18n.day(day);
      label.dataset.date = isoOf(day);
    }
  }

  grip(element, x, day, labelKey) {
    element.style.left = `${x}px`;
    element.setAttribute('aria-label', this.i18n.t(labelKey));
    element.setAttribute('aria-valuemin', isoOf(this.first));
    element.setAttribute('aria-valuemax', isoOf(this.last));
    element.setAttribute('aria-valuenow', String(day - this.first));
    element.setAttribute('aria-valuetext', this.i18n.day(day));
    element.dataset.date = isoOf(day);
  }

  // A user's brush, drag or resize: whole days, start <= end, inside the domain.
  brushed(event) {
    if (this.moving || !event.sourceEvent || this.isEmpty()) return;
    if (!event.selection) {
      this.renderWindow();
      return;
    }
    const [x0, x1] = event.selection;
    let start = Math.round(this.x.invert(x0));
    let end = Math.round(this.x.invert(x1)) - 1;
    start = Math.min(Math.max(start, this.first), this.last);
    end = Math.min(Math.max(end, start), this.last);
    this.window = { start, end };
    if (event.type === 'end') this.renderWindow();
    else this.renderLabels();
    this.onWindow(start, end);
  }

  renderLabels() {
    const { start, end } = this.window;
    this.outside[0].attr('width', Math.max(this.x(start), 0));
    this.outside[1].attr('x', this.x(end + 1)).attr('width', Math.max(this.width - this.x(end + 1), 0));
    this.grip(this.el.startGrip, this.x(start), start, 'windowStart');
    this.grip(this.el.endGrip, this.x(end + 1), end, 'windowEnd');
    for (const [label, day] of [[this.el.startLabel, start], [this.el.endLabel, end]]) {
      label.textContent = this.i18n.day(day);
      label.dataset.date = isoOf(day);
    }
  }

  gripKey(event, which) {
    if (this.isEmpty() || !this.window) return;
    const moves = {
      ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: WEEK, PageDown: -WEEK,
      Home: this.first - this.last - 1, End: this.last - this.first + 1,
    };
    const days = moves[event.key];
    if (days === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    let { start, end } = this.window;
    if (which === 'start') start = Math.min(Math.max(start + days, this.first), end);
    else end = Math.max(Math.min(end + days, this.last), start);
    this.setWindow(start, end);
    this.onWindow(start, end);
  }

  /** One step of the arrow keys and playback at this zoom of the chart: a day, a week or a month. */
  stepDays() {
    return Math.round(unitDays(this.unit ?? 'day'));
  }
}
