// The events as a Leaflet layer drawn on one canvas: clusters as rings showing their mix of types
// with the count inside, single events as dots in their type's colour. No DOM element per event,
// so 100,000 events draw in milliseconds. The layer exposes what it drew (`drawn`, also written
// to the map element's data-drawn) and finds what is under the pointer.
import { aggregate, cellMembers, clusterRadius, hitTest } from './cluster.js';
import { colourOf } from './types.js';

/** Events closer than this many pixels merge into a cluster. */
export const CELL_PX = 56;
/** The canvas reaches this fraction of the view beyond each edge, so a short pan shows no gap. */
const PADDING = 0.15;
const DOT_RADIUS_PX = 6;
const RING_WIDTH_PX = 5;
const FONT = '600 12px system-ui, sans-serif';

export const EventLayer = L.Layer.extend({
  initialize(i18n) {
    this.i18n = i18n;
    this.columns = null;
    this.indices = new Uint32Array(0);
    this.items = [];
    this.drawn = 0;
  },

  onAdd(map) {
    this.canvas = L.DomUtil.create('canvas', 'event-canvas leaflet-zoom-hide');
    this.getPane().append(this.canvas);
    this.context = this.canvas.getContext('2d');
    map.on('moveend zoomend resize viewreset', this.redraw, this);
    this.redraw();
  },

  onRemove(map) {
    map.off('moveend zoomend resize viewreset', this.redraw, this);
    this.canvas.remove();
  },

  /** Shows these events (indices into columns) from now on. */
  setEvents(columns, indices) {
    this.columns = columns;
    this.indices = indices;
    this.redraw();
  },

  setLanguage(i18n) {
    this.i18n = i18n;
    this.redraw();
  },

  redraw() {
    if (!this._map || !this.columns) return;
    const map = this._map;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const bounds = map.getPixelBounds();
    const min = bounds.min.subtract(pad);
    const width = size.x + 2 * pad.x;
    const height = size.y + 2 * pad.y;
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    this.origin = min.subtract(map.getPixelOrigin());
    L.DomUtil.setPosition(this.canvas, this.origin);
    this.frame = { zoom: map.getZoom(), left: min.x, top: min.y, width, height };
    const { cells } = aggregate(this.columns, this.indices, this.frame, CELL_PX);
    const ctx = this.context;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.items = [];
    // Singles first, clusters on top: a cluster's count must stay readable.
    for (const cell of cells) if (cell.count === 1) this.items.push(this.dot(ctx, cell));
    for (const cell of cells) if (cell.count > 1) this.items.push(this.ring(ctx, cell));
    this.drawn = this.countInView(cells, pad, size);
    map.getContainer().dataset.drawn = String(this.drawn);
    this.fire('drawn', { drawn: this.drawn });
  },

  /** Events of the cells whose centre is in the visible part of the canvas (not its padding). */
  countInView(cells, pad, size) {
    let n = 0;
    for (const cell of cells) {
      if (cell.x >= pad.x && cell.x < pad.x + size.x && cell.y >= pad.y && cell.y < pad.y + size.y) n += cell.count;
    }
    return n;
  },

  dot(ctx, cell) {
    const type = this.columns.typeOf(cell.index);
    ctx.beginPath();
    ctx.arc(cell.x, cell.y, DOT_RADIUS_PX, 0, 2 * Math.PI);
    ctx.fillStyle = colourOf(type);
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(0,0,0,.45)';
    ctx.beginPath();
    ctx.arc(cell.x, cell.y, DOT_RADIUS_PX + 1.5, 0, 2 * Math.PI);
    ctx.stroke();
    return { x: cell.x, y: cell.y, r: DOT_RADIUS_PX, index: cell.index, count: 1 };
  },

  ring(ctx, cell) {
    const r = clusterRadius(cell.count);
    ctx.beginPath();
    ctx.arc(cell.x, cell.y, r + 1.5, 0, 2 * Math.PI);
    ctx.fillStyle = '#fff';
    ctx.shadowColor = 'rgba(0,0,0,.4)';
    ctx.shadowBlur = 4;
    ctx.fill();
    ctx.shadowBlur = 0;
    let angle = -Math.PI / 2;
    ctx.lineWidth = RING_WIDTH_PX;
    cell.types.forEach((n, t) => {
      if (n === 0) return;
      const sweep = (n / cell.count) * 2 * Math.PI;
      ctx.beginPath();
      ctx.arc(cell.x, cell.y, r - RING_WIDTH_PX / 2, angle, angle + sweep);
      ctx.strokeStyle = colourOf(this.columns.types[t]);
      ctx.stroke();
      angle += sweep;
    });
    ctx.fillStyle = '#1d2430';
    ctx.font = FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(this.i18n.number(cell.count), cell.x, cell.y + 0.5);
    return { x: cell.x, y: cell.y, r, keys: cell.keys, count: cell.count, sameSpot: cell.sameSpot };
  },

  /** The dot or cluster under a container point, or null. */
  itemAt(containerPoint) {
    if (!this._map || !this.origin) return null;
    const p = this._map.containerPointToLayerPoint(containerPoint).subtract(this.origin);
    return hitTest(this.items, p.x, p.y);
  },

  /** The events of a cluster item, newest first. */
  members(item) {
    return cellMembers(this.columns, this.indices, this.frame.zoom, CELL_PX, item.keys).reverse();
  },
});
