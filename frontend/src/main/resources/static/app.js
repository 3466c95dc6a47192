// Wires the page (index.html) and the embed page (embed.html, body data-mode="embed"). All events
// of the server-side filters (text, source) are loaded once as columns; the date window, types,
// minimum fatalities and confidence and the place radius then filter in the browser, so moving the
// slider or playing redraws the map, counts, list and URL without asking the server again.
import { ApiError, loadColumns, loadEvent, loadMapConfig, loadOutline, loadTimeline } from './api.js';
import { EventColumns, dayOf, isoOf } from './columns.js';
import { Controls } from './controls.js';
import { clusterList, eventSummary, showEvidence, showEvidenceProblem } from './details.js';
import { EventList } from './event-list.js';
import { countByType, eventTest, inBounds, selectEvents } from './filter.js';
import { FilterForm, TypeFilter } from './filters.js';
import { I18n, STORAGE_KEY, initialLanguage, translateDocument } from './i18n.js';
import { MapView } from './map-view.js';
import { PlaceSearch } from './place-search.js';
import { ShareDialog } from './share.js';
import { Timeline } from './timeline.js';
import { orderedTypes } from './types.js';
import { Notices } from './notices.js';
import { readState, writeState } from './url-state.js';

/** The URL is rewritten at most this often while the slider moves or playback runs. */
const HASH_INTERVAL_MS = 250;
/** Zoom for a place chosen in the search box. */
const PLACE_ZOOM = 11;
/** Radius applied when a place is chosen before any radius is. */
const DEFAULT_NEAR_KM = 10;
/** The window shown first when there are too many events to load them all. */
const WINDOWED_DAYS = 30;

const $ = (id) => document.getElementById(id);

class App {
  constructor() {
    this.embed = document.body.dataset.mode === 'embed';
    this.state = readState(this.embed ? location.search : '', location.hash);
    this.messages = new Notices($('message'));
    this.shown = $('shown-count');
    this.columns = EventColumns.empty();
    this.selection = new Uint32Array(0);
    this.window = null;
    this.domain = null;
    this.details = new Map();
    this.hashTimer = null;
    this.writtenHash = null;
    let stored = null;
    try { stored = localStorage.getItem(STORAGE_KEY); } catch { /* storage may be blocked */ }
    this.i18n = new I18n(initialLanguage(this.state.lang, stored, navigator.languages ?? []));
  }

  async start() {
    this.translatePage();
    this.config = await loadMapConfig();
    this.map = new MapView($('map'), this.config, {
      view: this.state.view, base: this.state.base, i18n: this.i18n,
      onBaseChange: (base) => { this.state.base = base; this.saveHash(); },
      onBaseFallback: () => this.messages.set('base', this.i18n.t('baseFallback'), 'warning'),
    });
    loadOutline().then((outline) => this.map.showOutline(outline)).catch(() => {
      // The outline only helps when tiles are missing; the map works without it.
    });
    this.map.onEventClick((item) => this.clicked(item));
    this.map.onViewChange(() => { this.updateList(); this.saveHash(); });
    this.buildPanels();
    this.controls = new Controls(this);
    await this.load({ fit: !this.state.view });
    window.addEventListener('hashchange', () => {
      if (location.hash !== this.writtenHash) this.reapply(readState(location.hash));
    });
  }

  buildPanels() {
    const i18n = this.i18n;
    this.typeFilter = new TypeFilter({ list: $('type-filter'), allButton: $('types-all'), noneButton: $('types-none') },
      i18n, (selected) => { this.state.types = selected ? [...selected] : null; this.refilter(); });
    if (this.embed) {
      $('embed-legend').hidden = !this.state.legend;
      $('embed-timeline').hidden = !this.state.timeline;
      $('embed-open').href = new URL(`./${location.hash}`, location.href).toString();
      for (const box of $('type-filter').querySelectorAll('input')) box.disabled = true;
    } else {
      this.filterForm = new FilterForm({
        minFatalities: $('min-fatalities'), minConfidence: $('min-confidence'), minConfidenceValue: $('min-confidence-value'),
        confidenceHint: $('confidence-hint'), radius: $('near-radius'), nearPlace: $('near-place'), clearPlace: $('clear-place'),
        textForm: $('text-form'), textQuery: $('text-query'), sourceQuery: $('source-query'), searchButton: $('search-button'),
        searchHint: $('search-hint'),
      }, {
        onChange: ({ minFatalities, minConfidence, km }) => {
          Object.assign(this.state, { minFatalities, minConfidence });
          if (this.state.near) this.state.near = km > 0 ? { ...this.state.near, km } : { ...this.state.near, km: 0 };
          this.refilter();
        },
        onSearch: ({ q, source }) => { Object.assign(this.state, { q, source }); this.load({ fit: false }); },
        onClearPlace: () => { this.state.near = null; this.filterForm.showPlace(null, this.i18n); this.refilter(); },
      });
      this.filterForm.show(this.state, i18n);
      this.placeSearch = new PlaceSearch({ form: $('place-form'), input: $('place-input'), results: $('place-results') },
        i18n, (place) => this.pickPlace(place));
      this.list = new EventList({ list: $('event-list'), count: $('list-count') }, i18n, {
        onHover: (i) => this.map.highlightAt(i === null ? null : [this.columns.lat[i], this.columns.lon[i]]),
        onOpen: (i) => this.openDetails(i),
      });
      this.share = new ShareDialog({
        dialog: $('share-dialog'), close: $('share-close'), link: $('share-link'), iframe: $('share-iframe'),
        tiles: $('share-tiles'), tilesNote: $('share-tiles-note'), image: $('share-image'),
        imageNote: $('share-image-note'), imageLink: $('share-image-link'),
      }, i18n);
    }
    if (!this.embed || this.state.timeline) {
      this.timeline = new Timeline({
        body: $('timeline-body'), canvas: $('histogram'), brush: $('brush'), axis: $('axis'),
        startGrip: $('slider-start'), endGrip: $('slider-end'), startLabel: $('range-start'), endLabel: $('range-end'),
        peakLabel: $('peak'),
      }, i18n, (start, end) => this.setWindow(start, end, { fromTimeline: true }));
    }
  }

  /** Loads the events of the server-side filters, then applies the whole state. */
  async load({ fit }) {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    document.body.classList.add('loading');
    this.shown.textContent = this.i18n.t('loadingEvents');
    const { q, source } = this.state;
    try {
      this.windowed = false;
      let columns;
      try {
        columns = await loadColumns({ q, source }, this.config.services, request.signal);
        this.messages.set('load', null);
      } catch (e) {
        if (!(e instanceof ApiError && e.kind === 'too-many')) throw e;
        columns = await this.loadWindowed(request.signal);
      }
      if (request.signal.aborted) return;
      this.filterForm?.enableSearch(this.config.services.eventColumns !== null, this.i18n);
      this.columns = columns;
      this.details.clear();
      if (!this.windowed) this.domain = columns.count > 0 ? { first: columns.firstDay, last: columns.lastDay } : null;
      this.messages.set('events', null);
      this.applyState({ fit });
    } catch (e) {
      if (e.name === 'AbortError' || request.signal.aborted) return;
      this.columns = EventColumns.empty();
      this.selection = new Uint32Array(0);
      this.map.showEvents(this.columns, this.selection);
      this.showCount(0);
      this.messages.set('events', this.i18n.t('couldNotLoad', { reason: this.reason(e) }), 'error');
    } finally {
      if (this.request === request) document.body.classList.remove('loading');
    }
  }

  // More events match than the server sends at once: the domain comes from the timeline counts and
  // the events are loaded for the window, padded by its length on both sides, as it moves.
  async loadWindowed(signal) {
    this.windowed = true;
    this.messages.set('load', this.i18n.t('tooMany'), 'warning');
    const days = await loadTimeline({ q: this.state.q, source: this.state.source }, signal);
    const all = days.map((d) => dayOf(d.date));
    this.domain = all.length ? { first: Math.min(...all), last: Math.max(...all) } : null;
    if (!this.domain) return EventColumns.empty();
    const window = this.state.start || this.state.end
      ? this.clampedWindow(this.state.start, this.state.end)
      : { start: Math.max(this.domain.last - WINDOWED_DAYS + 1, this.domain.first), end: this.domain.last };
    this.state.start = isoOf(window.start);
    this.state.end = isoOf(window.end);
    return this.loadSpan(window, signal);
  }

  /** The window's events, with as much on either side as the window is long when the server allows. */
  async loadSpan(window, signal) {
    const pad = window.end - window.start + 1;
    const padded = { start: Math.max(window.start - pad, this.domain.first), end: Math.min(window.end + pad, this.domain.last) };
    const load = (span) => loadColumns({ start: isoOf(span.start), end: isoOf(span.end), q: this.state.q,
      source: this.state.source }, this.config.services, signal);
    let span = padded;
    let columns;
    try {
      columns = await load(span);
    } catch (e) {
      if (!(e instanceof ApiError && e.kind === 'too-many')) throw e;
      span = window;
      columns = await load(span);
    }
    this.loadedSpan = span;
    return columns;
  }

  clampedWindow(start, end) {
    const { first, last } = this.domain;
    const clamp = (day, fallback) => Math.min(Math.max(Number.isFinite(day) ? day : fallback, first), last);
    const from = clamp(start ? dayOf(start) : null, first);
    const to = clamp(end ? dayOf(end) : null, last);
    return { start: Math.min(from, to), end: Math.max(from, to) };
  }

  applyState({ fit }) {
    const types = orderedTypes(this.columns.types);
    this.typeFilter.setTypes(types, this.state.types ? new Set(this.state.types) : null);
    if (this.embed) for (const box of $('type-filter').querySelectorAll('input')) box.disabled = true;
    this.filterForm?.enableConfidence(this.columns.hasConfidence, this.i18n);
    if (this.domain) {
      this.window = this.clampedWindow(this.state.start, this.state.end);
      this.timeline?.setDomain(this.domain.first, this.domain.last);
      this.timeline?.setWindow(this.window.start, this.window.end);
    } else {
      this.window = null;
    }
    this.refilter({ fit });
  }

  /** Applies a state from a changed hash (the user edited the URL or went back). */
  reapply(state) {
    const refetch = state.q !== this.state.q || state.source !== this.state.source;
    this.state = { ...state, lang: this.i18n.lang };
    if (state.lang && state.lang !== this.i18n.lang) this.setLanguage(state.lang);
    this.filterForm?.show(this.state, this.i18n);
    if (state.view) this.map.setView(state.view);
    if (refetch) this.load({ fit: false });
    else this.applyState({ fit: false });
  }

  /** The criteria changed (types, fatalities, confidence, radius): histogram and everything after it. */
  refilter({ fit = false } = {}) {
    const { minFatalities, minConfidence, near } = this.state;
    const criteria = { minFatalities, minConfidence, near: near?.km > 0 ? near : null };
    this.test = eventTest(this.columns, { ...criteria, types: this.state.types ? new Set(this.state.types) : null });
    this.testAnyType = eventTest(this.columns, criteria);
    this.timeline?.setEvents(this.columns, selectEvents(this.columns, null, null, this.test), orderedTypes(this.columns.types));
    this.update({ fit });
  }

  /** Moves the date window (slider, playback, keys, presets). */
  setWindow(start, end, { fromTimeline = false } = {}) {
    if (!this.domain) return;
    this.window = { start, end };
    if (!fromTimeline) this.timeline?.setWindow(start, end);
    if (this.windowed && (start < this.loadedSpan.start || end > this.loadedSpan.end)) this.reloadSpan();
    this.update({ fit: false });
  }

  reloadSpan() {
    clearTimeout(this.spanTimer);
    this.spanTimer = setTimeout(async () => {
      try {
        this.columns = await this.loadSpan(this.window);
        this.refilter();
      } catch (e) {
        this.messages.set('events', this.i18n.t('couldNotLoad', { reason: this.reason(e) }), 'error');
      }
    }, HASH_INTERVAL_MS);
  }

  /** Recomputes what is drawn for the window: map, counts, legend, list, URL. */
  update({ fit }) {
    const began = performance.now();
    const { start, end } = this.window ?? { start: null, end: null };
    if (this.window) {
      this.state.start = isoOf(start);
      this.state.end = isoOf(end);
    }
    const none = this.state.types && this.state.types.length === 0;
    this.selection = none || !this.window ? new Uint32Array(0) : selectEvents(this.columns, start, end, this.test);
    this.map.showEvents(this.columns, this.selection);
    if (fit) this.map.fitTo(this.columns, this.selection);
    this.typeFilter.setCounts(countByType(this.columns, this.window
      ? selectEvents(this.columns, start, end, this.testAnyType) : new Uint32Array(0)));
    this.showCount(this.selection.length);
    this.messages.set('events', this.emptyMessage(none));
    this.updateList();
    this.saveHash();
    this.lastUpdateMs = performance.now() - began;
    if (!this.rendered) {
      this.rendered = true;
      performance.mark('maydan:first-render');
    }
    document.dispatchEvent(new CustomEvent('maydan:rendered', { detail: { count: this.selection.length, ms: this.lastUpdateMs } }));
  }

  emptyMessage(none) {
    if (none) return this.i18n.t('noTypes');
    if (this.selection.length > 0) return null;
    return this.columns.count === 0 && !this.state.q && !this.state.source ? this.i18n.t('noEventsYet') : this.i18n.t('noMatch');
  }

  showCount(n) {
    this.shown.textContent = this.i18n.t('shown', { n });
    this.shown.dataset.count = String(n);
  }

  updateList() {
    this.list?.setRows(this.columns, inBounds(this.columns, this.selection, this.map.bounds()));
  }

  pickPlace(place) {
    const km = this.state.near?.km || DEFAULT_NEAR_KM;
    this.state.near = { lat: place.lat, lon: place.lon, km, name: place.name };
    this.filterForm.showPlace(this.state.near, this.i18n);
    this.map.flyTo(place.lat, place.lon, PLACE_ZOOM);
    this.refilter();
  }

  clicked(item) {
    if (item.count === 1) {
      this.openDetails(item.index);
      return;
    }
    const members = this.map.events.members(item);
    if (!item.sameSpot && this.map.zoomInto(this.columns, members)) return;
    const i = members[0];
    this.map.openPopup([this.columns.lat[i], this.columns.lon[i]],
      clusterList(this.columns, members, this.i18n, (picked) => this.openDetails(picked)));
  }

  // Each source's sentence and figure come from /api/events/{id}, fetched once per event.
  async openDetails(i) {
    const id = this.columns.id[i];
    const root = eventSummary(this.columns, i, this.i18n);
    const popup = this.map.openPopup([this.columns.lat[i], this.columns.lon[i]], root);
    if (!this.details.has(id)) {
      const pending = loadEvent(id);
      pending.catch(() => this.details.delete(id));
      this.details.set(id, pending);
    }
    try {
      const detail = await this.details.get(id);
      if (!root.isConnected) return;
      showEvidence(root, detail, this.i18n);
    } catch (e) {
      if (!root.isConnected) return;
      showEvidenceProblem(root, this.reason(e), this.i18n);
    }
    popup.update();
  }

  reason(e) {
    if (!(e instanceof ApiError)) return String(e?.message ?? e);
    if (e.detail) return e.detail;
    if (e.kind === 'unreachable') return this.i18n.t('unreachable');
    if (e.kind === 'unreadable') return this.i18n.t('unreadable', { path: e.path });
    return this.i18n.t('answered', { status: e.status });
  }

  /** Sets the page's language, remembers it and redraws every text. */
  setLanguage(lang) {
    this.i18n = new I18n(lang);
    try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* not remembered then */ }
    this.translatePage();
    for (const part of [this.map, this.typeFilter, this.list, this.timeline, this.placeSearch, this.share, this.controls]) {
      part?.setLanguage(this.i18n);
    }
    this.filterForm?.show(this.state, this.i18n);
    this.filterForm?.enableConfidence(this.columns.hasConfidence, this.i18n);
    this.filterForm?.enableSearch(this.config.services.eventColumns !== null, this.i18n);
    this.map.labelOutline();
    this.update({ fit: false });
  }

  translatePage() {
    translateDocument(document, this.i18n);
  }

  /** The whole view in the URL, at most every HASH_INTERVAL_MS; the embed page keeps its own. */
  saveHash() {
    if (this.embed || !this.map || this.hashTimer) return;
    this.hashTimer = setTimeout(() => {
      this.hashTimer = null;
      const hash = this.viewHash();
      if (hash !== location.hash) history.replaceState(null, '', hash);
      this.writtenHash = location.hash;
    }, this.rendered ? HASH_INTERVAL_MS : 0);
  }

  viewHash() {
    return writeState(this.viewState());
  }

  viewState() {
    const all = this.domain && this.window && this.window.start === this.domain.first && this.window.end === this.domain.last;
    return {
      ...this.state,
      start: all ? null : this.state.start,
      end: all ? null : this.state.end,
      view: this.map.view(),
      lang: this.i18n.lang,
    };
  }
}

const app = new App();
app.start().catch((e) => {
  const message = $('message');
  message.hidden = false;
  message.textContent = app.i18n.t('couldNotStart', { reason: e?.message ?? e });
});
