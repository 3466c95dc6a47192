// The Share / Embed dialog: a link to the current view, an <iframe> snippet for /embed with the
// same view, the event tile URL template for QGIS and a static image of the view. Tiles and images
// come from the server's tile service; where this server has none the dialog says so instead.
import { filterParams } from './api.js';

const IFRAME_WIDTH = 800;
const IFRAME_HEIGHT = 500;
/** The static image's largest side, whatever the window's size. */
const MAX_IMAGE_PX = 1600;

/** Absolute URL of a server path relative to the page (the page may live under a prefix). */
function absolute(path) {
  return new URL(path, new URL('./', location.href)).toString();
}

/**
 * The texts the dialog shows for a view: {link, iframe, tiles (or null), image (or null)}.
 * view: {hash, start, end, types, bbox {west,south,east,north}, width, height, lang}; services
 * from the map config (null entries are missing).
 */
export function shareTexts(view, services) {
  const filters = filterParams({ start: view.start, end: view.end, types: view.types ?? [] });
  const embed = absolute(`${services.embed ?? 'embed'}${view.hash}`);
  const iframe = `<iframe src="${embed.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" width="${IFRAME_WIDTH}"`
    + ` height="${IFRAME_HEIGHT}" title="Maydan map" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  const query = filters.toString();
  const tiles = services.eventTiles
    ? absolute(services.eventTiles).replaceAll('%7B', '{').replaceAll('%7D', '}') + (query ? `?${query}` : '')
    : null;
  let image = null;
  if (services.staticMap) {
    const scale = Math.min(1, MAX_IMAGE_PX / Math.max(view.width, view.height, 1));
    const params = new URLSearchParams(filters);
    const { west, south, east, north } = view.bbox;
    params.set('bbox', [west, south, east, north].map((v) => v.toFixed(4)).join(','));
    params.set('width', String(Math.round(view.width * scale)));
    params.set('height', String(Math.round(view.height * scale)));
    params.set('lang', view.lang);
    image = `${absolute(services.staticMap)}?${params}`;
  }
  return { link: location.href.split('#')[0] + view.hash, iframe, tiles, image };
}

export class ShareDialog {
  constructor(el, i18n) {
    this.el = el;
    this.i18n = i18n;
    el.close.addEventListener('click', () => el.dialog.close());
    for (const button of el.dialog.querySelectorAll('button[data-copy]')) {
      button.addEventListener('click', () => this.copy(button));
    }
  }

  setLanguage(i18n) {
    this.i18n = i18n;
  }

  open(view, services) {
    const texts = shareTexts(view, services);
    this.el.link.value = texts.link;
    this.el.iframe.value = texts.iframe;
    this.fill(this.el.tiles, this.el.tilesNote, texts.tiles, 'shareTilesWhat');
    this.fill(this.el.image, this.el.imageNote, texts.image, 'shareImageWhat');
    this.el.imageLink.hidden = !texts.image;
    if (texts.image) this.el.imageLink.href = texts.image;
    if (!this.el.dialog.open) this.el.dialog.showModal();
  }

  fill(field, note, value, what) {
    field.value = value ?? '';
    field.closest('.share-field').classList.toggle('missing', !value);
    note.textContent = value ? '' : this.i18n.t('shareMissing', { what: this.i18n.t(what) });
    note.hidden = Boolean(value);
  }

  async copy(button) {
    const field = this.el.dialog.querySelector(`#${button.dataset.copy}`);
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      field.select();
      document.execCommand('copy');
    }
    button.textContent = this.i18n.t('copied');
    setTimeout(() => { button.textContent = this.i18n.t('copy'); }, 1500);
  }
}
