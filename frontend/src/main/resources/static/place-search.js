// The place search box: suggestions from /api/places (Arabic or Latin script) as the user types;
// choosing one calls onPick({lat, lon, name, nameEn, nameAr}). A combobox in the ARIA sense: the
// arrow keys move through the suggestions, Enter picks, Escape closes.
import { ApiError, searchPlaces } from './api.js';
import { el, placeLine } from './details.js';

const SETTLE_MS = 250;
const MIN_CHARS = 2;

export class PlaceSearch {
  constructor({ form, input, results }, i18n, onPick) {
    Object.assign(this, { form, input, results, i18n, onPick });
    this.places = [];
    this.active = -1;
    this.request = null;
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.search(), SETTLE_MS);
    });
    input.addEventListener('keydown', (event) => this.key(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.places.length > 0) this.pick(Math.max(this.active, 0));
      else this.search();
    });
    input.addEventListener('blur', () => setTimeout(() => this.close(), SETTLE_MS));
  }

  setLanguage(i18n) {
    this.i18n = i18n;
    if (this.places.length > 0) this.show();
  }

  async search() {
    const q = this.input.value.trim();
    this.request?.abort();
    if (q.length < MIN_CHARS) {
      this.close();
      return;
    }
    const request = new AbortController();
    this.request = request;
    try {
      this.places = await searchPlaces(q, request.signal);
      if (request.signal.aborted) return;
      this.active = -1;
      this.show();
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.places = [];
      this.message(this.i18n.t('placeFailed', { reason: e instanceof ApiError ? e.detail ?? e.status : e }));
    }
  }

  show() {
    if (this.places.length === 0) {
      this.message(this.i18n.t('placeNone'));
      return;
    }
    this.results.replaceChildren(...this.places.map((place, k) => {
      const item = el('li', 'place-result');
      item.id = `place-result-${k}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(k === this.active));
      item.append(placeLine([place.nameEn, place.nameAr], this.i18n, 'place-names', 'span'));
      const admin = this.i18n.lang === 'ar' ? place.adminAr || place.adminEn : place.adminEn || place.adminAr;
      if (admin) item.append(el('span', 'place-admin', admin));
      item.addEventListener('mousedown', (event) => { event.preventDefault(); this.pick(k); });
      return item;
    }));
    this.open();
  }

  message(text) {
    this.results.replaceChildren(el('li', 'place-message', text));
    this.open();
  }

  open() {
    this.results.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.results.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  key(event) {
    if (event.key === 'Escape') {
      this.close();
      return;
    }
    if (this.results.hidden || this.places.length === 0) return;
    const moves = { ArrowDown: 1, ArrowUp: -1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.active = (this.active + moves[event.key] + this.places.length) % this.places.length;
    this.show();
    this.input.setAttribute('aria-activedescendant', `place-result-${this.active}`);
  }

  pick(k) {
    const place = this.places[k];
    if (!place) return;
    const [name] = this.i18n.placeNames([place.nameEn, place.nameAr]);
    this.input.value = name;
    this.close();
    this.onPick({ lat: place.lat, lon: place.lon, name, nameEn: place.nameEn, nameAr: place.nameAr });
  }
}
