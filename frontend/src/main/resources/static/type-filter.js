// The event-type checklist, which doubles as the colour legend and shows counts per type.
import { colourOf } from './types.js';

export class TypeFilter {
  constructor({ list, allButton, noneButton }, onChange) {
    this.list = list;
    this.onChange = onChange;
    this.boxes = new Map();
    allButton.addEventListener('click', () => this.setAll(true));
    noneButton.addEventListener('click', () => this.setAll(false));
  }

  /** Builds one row per type, in legend order; `selected` null means all. */
  setTypes(types, selected) {
    this.list.replaceChildren();
    this.boxes.clear();
    for (const type of types) {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = type;
      box.checked = !selected || selected.has(type);
      box.addEventListener('change', () => this.changed());
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colourOf(type);
      const name = document.createElement('span');
      name.className = 'type-name';
      name.textContent = type;
      const count = document.createElement('span');
      count.className = 'type-count';
      label.append(box, swatch, name, count);
      item.append(label);
      item.dataset.type = type;
      this.list.append(item);
      this.boxes.set(type, box);
    }
  }

  setCounts(counts) {
    for (const item of this.list.children) {
      const n = counts.get(item.dataset.type) ?? 0;
      item.querySelector('.type-count').textContent = n.toLocaleString('en');
      item.classList.toggle('empty', n === 0);
    }
  }

  /** The checked types, or null when every type is checked (no filter needed). */
  selected() {
    const checked = [...this.boxes].filter(([, box]) => box.checked).map(([type]) => type);
    return checked.length === this.boxes.size ? null : new Set(checked);
  }

  setAll(on) {
    for (const box of this.boxes.values()) box.checked = on;
    this.changed();
  }

  changed() {
    this.onChange(this.selected());
  }
}
