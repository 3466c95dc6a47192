// The timeline's controls and the page's buttons: play and pause, speed, window length, loop,
// cumulative, the presets (last 7 days, last 30 days, all), the keyboard (space plays and pauses,
// the arrow keys step), the language switch and the Share / embed button.
import { DEFAULT_SPEED, Player, SPEEDS, restart, step } from './playback.js';

/** Window lengths offered for playback, in days; '' keeps the window as brushed. */
const LENGTHS = ['', 1, 7, 30, 90, 365];
const PRESET_DAYS = { 7: 7, 30: 30 };
/** Elements whose own keys must not be taken for playback keys: space presses buttons, arrows move sliders. */
const OWNS_SPACE = 'input, select, textarea, button, a, summary, [role="slider"], [contenteditable]';
const OWNS_ARROWS = 'input, select, textarea, [role="slider"], [role="listbox"], [contenteditable]';

const $ = (id) => document.getElementById(id);

export class Controls {
  constructor(app) {
    this.app = app;
    const { state } = app;
    this.player = new Player((days) => this.advance(days));
    this.speed = state.speed ?? DEFAULT_SPEED;
    this.player.daysPerSecond = SPEEDS[this.speed];
    this.playButton = $('play');
    this.playButton?.addEventListener('click', () => this.toggle());
    this.speedSelect = $('speed');
    if (this.speedSelect) {
      this.speedSelect.value = this.speed;
      this.speedSelect.addEventListener('change', () => this.setSpeed(this.speedSelect.value));
    }
    this.lengthSelect = $('window-length');
    this.lengthSelect?.addEventListener('change', () => this.setLength(this.lengthSelect.value));
    for (const [id, key] of [['loop', 'loop'], ['cumulative', 'cumulative']]) {
      const box = $(id);
      if (!box) continue;
      box.checked = state[key];
      box.addEventListener('change', () => { state[key] = box.checked; app.saveHash(); });
    }
    for (const button of document.querySelectorAll('[data-preset]')) {
      button.addEventListener('click', () => this.preset(button.dataset.preset));
    }
    $('lang-button')?.addEventListener('click', () => app.setLanguage(app.i18n.lang === 'ar' ? 'en' : 'ar'));
    $('share-button')?.addEventListener('click', () => this.share());
    document.addEventListener('keydown', (event) => this.key(event));
    this.setLanguage(app.i18n);
  }

  setLanguage(i18n) {
    if (this.lengthSelect) {
      const chosen = this.app.state.length ? String(this.app.state.length) : '';
      this.lengthSelect.replaceChildren(...LENGTHS.map((days) => {
        const option = document.createElement('option');
        option.value = String(days);
        option.textContent = days === '' ? i18n.t('windowAsChosen') : i18n.t('windowDays', { n: days });
        return option;
      }));
      this.lengthSelect.value = LENGTHS.map(String).includes(chosen) ? chosen : '';
    }
    this.showPlaying();
  }

  showPlaying() {
    if (!this.playButton) return;
    const playing = this.player.playing;
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.playButton.setAttribute('aria-label', this.app.i18n.t(playing ? 'pause' : 'play'));
    this.playButton.title = this.app.i18n.t(playing ? 'pause' : 'play');
    this.playButton.classList.toggle('playing', playing);
    document.body.classList.toggle('playing', playing);
  }

  toggle() {
    const { app } = this;
    if (this.player.playing) {
      this.player.pause();
    } else if (app.domain && app.window) {
      const { start, end } = restart(app.window, app.domain, { cumulative: app.state.cumulative });
      if (start !== app.window.start || end !== app.window.end) app.setWindow(start, end);
      this.player.play();
    }
    this.showPlaying();
  }

  advance(days) {
    const { app } = this;
    if (!app.window) return;
    const next = step(app.window, days, app.domain, { cumulative: app.state.cumulative, loop: app.state.loop });
    app.setWindow(next.start, next.end);
    if (next.done) {
      this.player.pause();
      this.showPlaying();
    }
  }

  setSpeed(speed) {
    this.speed = speed;
    this.player.daysPerSecond = SPEEDS[speed];
    this.app.state.speed = speed === DEFAULT_SPEED ? null : speed;
    this.app.saveHash();
  }

  /** A chosen length resizes the window from its start. */
  setLength(value) {
    const { app } = this;
    const days = Number(value);
    app.state.length = days > 0 ? days : null;
    if (days > 0 && app.window) {
      const end = Math.min(app.window.start + days - 1, app.domain.last);
      app.setWindow(Math.max(end - days + 1, app.domain.first), end);
    }
    app.saveHash();
  }

  /** Last 7 or 30 days of the data, or all of it. */
  preset(which) {
    const { app } = this;
    if (!app.domain) return;
    const { first, last } = app.domain;
    const days = PRESET_DAYS[which];
    app.setWindow(days ? Math.max(last - days + 1, first) : first, last);
  }

  key(event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (document.querySelector('dialog[open]')) return;
    const owns = (selector) => event.target instanceof Element && event.target.closest(selector);
    if (event.key === ' ' && !owns(OWNS_SPACE)) {
      event.preventDefault();
      this.toggle();
    } else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && !owns(OWNS_ARROWS)) {
      // Time runs left to right on the timeline in both languages, so the keys do too.
      event.preventDefault();
      this.advance((event.key === 'ArrowRight' ? 1 : -1) * SPEEDS[this.speed]);
    }
  }

  share() {
    const { app } = this;
    const size = app.map.map.getSize();
    app.share.open({
      hash: app.viewHash(),
      start: app.state.start,
      end: app.state.end,
      types: app.state.types,
      bbox: app.map.bounds(),
      width: size.x,
      height: size.y,
      lang: app.i18n.lang,
    }, app.config.services);
  }
}
