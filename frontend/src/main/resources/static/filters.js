// The filter panel: the event-type checklist (which doubles as the colour legend and shows counts
// for the window), minimum fatalities and confidence, the radius around a searched place, and the
// text and source searches (those two are applied by the server and refetch).
import { el, swatch } from './details.js';

/** Radii offered around a searched place, in km; 0 means the whole map. */
export const RADII_KM = [0, 5, 10, 25, 50, 100];
/** Typing in the number box filters once the user pauses. */
const SETTLE_MS = 200;

export class TypeFilter {
  constructor({ list, allButton, noneButton }, i18n, onChange) {
    this.list = list;
    this.i18n = i18n;
    this.onChange = onChange;
    this.boxes = new Map();
    allButton?.addEventListener('click', () => this.setAll(true));
    noneButton?.addEventListener('click', () => this.setAll(false));
  }

  /** One row per type, in legend order; `selected` null means all. */
  setTypes(types, selected) {
    this.list.replaceChildren();
    this.boxes.clear();
    for (const type of types) {
      const item = el('li');
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.value = type;
      box.checked = !selected || selected.has(type);
      box.addEventListener('change', () => { item.classList.toggle('off', !box.checked); this.onChange(this.selected()); });
      label.append(box, swatch(type), el('span', 'type-name', this.i18n.typeName(type)), el('span', 'type-count'));
      item.append(label);
      item.dataset.type = type;
      item.classList.toggle('off', !box.checked);
      this.list.append(item);
      this.boxes.set(type, box);
    }
  }

  setLanguage(i18n) {
    this.i18n = i18n;
    for (const item of this.list.children) item.querySelector('.type-name').textContent = i18n.typeName(item.dataset.type);
    if (this.counts) this.setCounts(this.counts);
  }

  setCounts(counts) {
    this.counts = counts;
    for (const item of this.list.children) {
      const n = counts.get(item.dataset.type) ?? 0;
      const count = item.querySelector('.type-count');
      count.textContent = this.i18n.number(n);
      count.dataset.count = String(n);
      item.classList.toggle('empty', n === 0);
    }
  }

  /** The checked types, or null when every type is checked (no filter needed). */
  selected() {
    const checked = [...this.boxes].filter(([, box]) => box.checked).map(([type]) => type);
    return checked.length === this.boxes.size ? null : new Set(checked);
  }

  types() {
    return [...this.boxes.keys()];
  }

  setAll(on) {
    for (const box of this.boxes.values()) box.checked = on;
    for (const item of this.list.children) item.classList.toggle('off', !on);
    this.onChange(this.selected());
  }
}

/**
 * The other filters. `onChange({minFatalities, minConfidence, km})` for the client-side ones,
 * `onSearch({q, source})` for the server-side ones, `onClearPlace()` for the place.
 */
export class FilterForm {
  constructor(el, { onChange, onSearch, onClearPlace }) {
    this.el = el;
    let timer = null;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onChange(this.values()), SETTLE_MS);
    };
    el.minFatalities.addEventListener('input', changed);
    el.minConfidence.addEventListener('input', () => { this.showConfidence(); onChange(this.values()); });
    el.radius.addEventListener('change', () => onChange(this.values()));
    el.textForm.addEventListener('submit', (event) => {
      event.preventDefault();
      onSearch({ q: el.textQuery.value.trim() || null, source: el.sourceQuery.value.trim() || null });
    });
    el.clearPlace.addEventListener('click', () => onClearPlace());
  }

  values() {
    const f = Number(this.el.minFatalities.value);
    return {
      minFatalities: Number.isFinite(f) && f > 0 ? Math.floor(f) : 0,
      minConfidence: this.el.minConfidence.disabled ? 0 : Number(this.el.minConfidence.value),
      km: Number(this.el.radius.value) || 0,
    };
  }

  /** Puts a state's filters into the controls. */
  show({ minFatalities, minConfidence, q, source, near }, i18n) {
    this.i18n = i18n;
    this.el.minFatalities.value = minFatalities > 0 ? String(minFatalities) : '';
    this.el.minConfidence.value = String(minConfidence);
    this.el.textQuery.value = q ?? '';
    this.el.sourceQuery.value = source ?? '';
    this.showPlace(near, i18n);
    this.showConfidence();
  }

  /** The radius choice is offered once a place is chosen; its options follow the language. */
  showPlace(near, i18n) {
    this.el.nearPlace.textContent = near ? i18n.t('nearPlace', { place: near.name ?? '' }) : i18n.t('nearHint');
    this.el.radius.replaceChildren(...RADII_KM.map((km) => {
      const option = el('option', null, km === 0 ? i18n.t('radiusOff') : i18n.t('radiusKm', { n: km }));
      option.value = String(km);
      return option;
    }));
    this.el.radius.value = String(near?.km ?? 0);
    this.el.radius.disabled = !near;
    this.el.clearPlace.hidden = !near;
  }

  /** The minimum confidence works only once events carry a confidence. */
  enableConfidence(available, i18n) {
    this.i18n = i18n;
    this.el.minConfidence.disabled = !available;
    this.el.confidenceHint.textContent = available ? '' : i18n.t('confidenceMissing');
    this.el.confidenceHint.hidden = available;
    this.showConfidence();
  }

  showConfidence() {
    const value = Number(this.el.minConfidence.value);
    this.el.minConfidenceValue.textContent = this.el.minConfidence.disabled || !this.i18n ? '' : this.i18n.number(value);
  }

  /** Text and source search need the columnar endpoint; without it they are switched off. */
  enableSearch(available, i18n) {
    for (const input of [this.el.textQuery, this.el.sourceQuery, this.el.searchButton]) input.disabled = !available;
    this.el.searchHint.hidden = available;
    this.el.searchHint.textContent = available ? '' : i18n.t('searchNeedsServer');
  }
}
