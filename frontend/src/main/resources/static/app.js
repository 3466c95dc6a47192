// Wires the page: reads the shared state from the URL hash, loads the base-map config and the
// timeline, then keeps the markers in step with the date range and type filters.
import { ApiError, loadEvent, loadEvents, loadMapConfig, loadOutline, loadTimeline } from './api.js';
import { MapView } from './map-view.js';
import { showEvidence, showEvidenceProblem } from './popup.js';
import { Timeline } from './timeline.js';
import { TypeFilter } from './type-filter.js';
import { orderedTypes, typeOf } from './types.js';
import { readHash, writeHash } from './url-state.js';

const DEFAULT_BASE_MAP = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

const $ = (id) => document.getElementById(id);

/** Messages keyed by topic, so a timeline problem and an events problem can show together. */
class Messages {
  constructor(element) {
    this.element = element;
    this.topics = new Map();
  }

  set(topic, text, kind = 'info') {
    if (text) this.topics.set(topic, { text, kind });
    else this.topics.delete(topic);
    const lines = [...this.topics.values()].map(({ text: t, kind: k }) => {
      const p = document.createElement('p');
      p.className = k;
      p.textContent = t;
      return p;
    });
    this.element.replaceChildren(...lines);
    this.element.hidden = lines.length === 0;
  }
}

function daysFromFeatures(features) {
  const counts = new Map();
  for (const f of features) {
    const date = f.properties?.event_date;
    if (typeof date !== 'string') continue;
    const key = `${date}\u0000${typeOf(f.properties)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [date, type] = key.split('\u0000');
    return { date, type, count };
  });
}

function plural(n, word) {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

class App {
  constructor() {
    this.messages = new Messages($('message'));
    this.shown = $('shown-count');
    this.request = null;
    this.writtenHash = null;
    this.details = new Map();
  }

  async start() {
    const state = readHash(location.hash);
    const baseMap = await loadMapConfig(DEFAULT_BASE_MAP);
    this.map = new MapView($('map'), baseMap, state.view);
    loadOutline().then((outline) => this.map.showOutline(outline)).catch(() => {
      // The outline only helps when tiles are missing; the map works without it.
    });
    this.map.onPopupOpen((feature, popup) => this.showSources(feature, popup));
    this.filter = new TypeFilter(
      { list: $('type-filter'), allButton: $('types-all'), noneButton: $('types-none') },
      (selected) => { this.timeline.setSelectedTypes(selected); this.refresh({ fit: false }); },
    );
    this.timeline = new Timeline({
      svg: $('histogram'), startInput: $('slider-start'), endInput: $('slider-end'),
      startLabel: $('range-start'), endLabel: $('range-end'), minLabel: $('axis-min'), maxLabel: $('axis-max'),
      peakLabel: $('peak'),
    }, () => { this.filter.setCounts(this.timeline.countsInRange()); this.refresh({ fit: false }); });

    const days = await this.loadDays();
    const order = orderedTypes(days.map((d) => d.type));
    this.filter.setTypes(order, null);
    this.timeline.setDays(days, order);
    this.apply(state);
    this.map.onViewChange(() => this.saveHash());
    window.addEventListener('hashchange', () => {
      if (location.hash !== this.writtenHash) this.apply(readHash(location.hash));
    });
  }

  // Each source's sentence and figure come from /api/events/{id}, fetched once per event.
  async showSources(feature, popup) {
    const id = feature.properties?.id ?? feature.id;
    if (id === undefined || id === null) return;
    if (!this.details.has(id)) {
      const pending = loadEvent(id);
      pending.catch(() => this.details.delete(id));
      this.details.set(id, pending);
    }
    const root = popup.getElement()?.querySelector('.event-popup');
    if (!root) return;
    // Pin this element as the content: update() would otherwise rebuild it from the feature.
    popup.setContent(root);
    try {
      const detail = await this.details.get(id);
      if (!root.isConnected) return;
      showEvidence(root, detail);
    } catch (e) {
      if (!root.isConnected) return;
      showEvidenceProblem(root, e instanceof ApiError ? e.message : String(e));
    }
    popup.update();
  }

  // The timeline gives the date domain; without it, fall back to the dates of all events.
  async loadDays() {
    try {
      return await loadTimeline({});
    } catch (e) {
      const reason = e instanceof ApiError ? e.message : String(e);
      this.messages.set('timeline', `Timeline unavailable: ${reason}. Dates are taken from the events instead.`, 'warning');
      try {
        return daysFromFeatures((await loadEvents({})).features);
      } catch {
        return [];
      }
    }
  }

  apply(state) {
    this.filter.setTypes([...this.filter.boxes.keys()], state.types ? new Set(state.types) : null);
    this.timeline.setSelectedTypes(this.filter.selected());
    this.timeline.setRange(state.start, state.end);
    this.filter.setCounts(this.timeline.countsInRange());
    if (state.view) this.map.setView(state.view);
    this.refresh({ fit: !state.view });
  }

  async refresh({ fit }) {
    this.request?.abort();
    const selected = this.filter.selected();
    const range = this.timeline.coversAll() ? { start: null, end: null } : this.timeline.range();
    this.saveHash();
    if (selected && selected.size === 0) {
      this.map.show([], { fit: false });
      this.shown.textContent = plural(0, 'event') + ' shown';
      this.shown.dataset.count = '0';
      this.messages.set('events', 'No event type is selected. Tick a type on the left to see its events.');
      return;
    }
    const request = new AbortController();
    this.request = request;
    document.body.classList.add('loading');
    this.shown.textContent = 'Loading events…';
    try {
      const { features, truncated } = await loadEvents({ ...range, types: selected ? [...selected] : [] }, request.signal);
      if (request.signal.aborted) return;
      this.map.show(features, { fit });
      this.shown.textContent = `${plural(features.length, 'event')} shown`;
      this.shown.dataset.count = String(features.length);
      this.messages.set('events', this.summary(features.length, truncated));
    } catch (e) {
      if (e.name === 'AbortError' || request.signal.aborted) return;
      this.map.show([], { fit: false });
      this.shown.textContent = 'No events shown';
      this.shown.dataset.count = '0';
      this.messages.set('events', e instanceof ApiError ? e.message : `Could not load events: ${e}`, 'error');
    } finally {
      if (this.request === request) document.body.classList.remove('loading');
    }
  }

  summary(count, truncated) {
    if (truncated) return `Only the first ${plural(count, 'event')} are shown. Narrow the dates or types to see the rest.`;
    if (count > 0) return null;
    return this.timeline.isEmpty()
      ? 'There are no events in the database yet.'
      : 'No events match these dates and types. Widen the date range or tick more types.';
  }

  saveHash() {
    if (!this.timeline || !this.map) return;
    const selected = this.filter.selected();
    const range = this.timeline.coversAll() ? {} : this.timeline.range();
    const hash = writeHash({ ...range, types: selected ? [...selected] : null, view: this.map.view() });
    if (hash !== location.hash) history.replaceState(null, '', hash);
    this.writtenHash = location.hash;
  }
}

new App().start().catch((e) => {
  const message = $('message');
  message.hidden = false;
  message.textContent = `The map could not start: ${e.message ?? e}`;
});
