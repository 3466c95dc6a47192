// The message box over the map: one line per topic (events, timeline, base map), so several
// problems can show together and each clears on its own.

/** Messages keyed by topic, so a timeline problem and an events problem can show together. */
export class Notices {
  constructor(element) {
    this.element = element;
    this.topics = new Map();
  }

  set(topic, text, kind = 'info') {
    if (text) this.topics.set(topic, { text, kind });
    else this.topics.delete(topic);
    this.element.replaceChildren(...[...this.topics.values()].map(({ text: t, kind: k }) => {
      const p = document.createElement('p');
      p.className = k;
      p.textContent = t;
      return p;
    }));
    this.element.hidden = this.topics.size === 0;
  }
}
