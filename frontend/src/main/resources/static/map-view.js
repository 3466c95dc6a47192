// The Leaflet map: base maps (the internet tiles, Maydan's own offline tiles as fallback and
// choice, and the shipped outline of Syria under both), the canvas event layer, the highlight ring
// of a hovered list row and the details popup. Leaflet is a classic script loaded before the
// modules and exposes the global `L`.
import { EventLayer } from './event-layer.js';

/** Syria, for an empty map before any data arrives. */
const DEFAULT_VIEW = { lat: 35.0, lon: 38.5, zoom: 7 };
/** Fitting to a single town should not zoom to street level. */
const FIT_MAX_ZOOM = 11;
const FIT_PADDING_PX = 40;
const MAX_ZOOM = 18;
/** Wide enough for an Arabic sentence per source, narrow enough to leave the map visible. */
const POPUP_MAX_WIDTH_PX = 380;
const POPUP_MIN_WIDTH_PX = 260;
/** The internet base map counts as failed when this many tiles fail before any loads. */
const FAILED_TILES = 3;
const HIGHLIGHT_RADIUS_PX = 11;

/**
 * The offline outline sits in its own pane under the tiles: when tiles load they cover it, when
 * they cannot (no network) the page still shows where Syria and its governorates are.
 */
const OUTLINE_PANE = 'outline';
const OUTLINE_PANE_Z = 150;
const OUTLINE_ATTRIBUTION = 'Boundaries: <a href="https://data.humdata.org/dataset/cod-ab-syr">OCHA COD-AB</a>'
  + ' (CC BY-IGO), simplified';
const OUTLINE_STYLES = {
  country: { stroke: false, fillColor: '#f7f8fa', fillOpacity: 1 },
  border: { color: '#6b7584', weight: 1.6, opacity: 0.9, fill: false },
  governorate: { color: '#a3acb8', weight: 1, opacity: 0.9, dashArray: '4 3', fill: false },
};
/** Governorate names are shown from this zoom on; below it they crowd the events. */
const LABEL_MIN_ZOOM = 7;

export class MapView {
  /**
   * @param config from loadMapConfig: tileUrl, attribution, base, offlineTileUrl, offlineAttribution
   * @param options {view, base (the link's choice), i18n, onBaseChange, onBaseFallback}
   */
  constructor(element, config, { view, base, i18n, onBaseChange, onBaseFallback }) {
    const start = view ?? DEFAULT_VIEW;
    this.i18n = i18n;
    this.map = L.map(element, { maxZoom: MAX_ZOOM, worldCopyJump: true, zoomControl: true })
      .setView([start.lat, start.lon], start.zoom);
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.control.scale({ imperial: false }).addTo(this.map);
    this.map.createPane(OUTLINE_PANE).style.zIndex = String(OUTLINE_PANE_Z);
    this.onBaseChange = onBaseChange;
    this.setUpBaseMaps(config, base, onBaseFallback);
    this.events = new EventLayer(i18n).addTo(this.map);
    this.highlight = L.circleMarker([0, 0], {
      radius: HIGHLIGHT_RADIUS_PX, className: 'event-highlight', interactive: false, fill: false,
    });
  }

  // Online tiles (OSM by default) and Maydan's offline tiles when the server has them. The choice
  // comes from the link, else the server's `base`; online tiles that fail hand over to offline.
  setUpBaseMaps(config, base, onFallback) {
    const maxZoom = MAX_ZOOM;
    this.online = L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom });
    this.offline = config.offlineTileUrl
      ? L.tileLayer(config.offlineTileUrl, { attribution: config.offlineAttribution, maxZoom, lang: this.i18n.lang })
      : null;
    const chosen = base ?? config.base;
    const startOffline = this.offline && (chosen === 'offline' || navigator.onLine === false);
    (startOffline ? this.offline : this.online).addTo(this.map);
    if (this.offline) {
      this.layers = this.layersControl();
      let loaded = 0;
      let failed = 0;
      this.online.on('tileload', () => { loaded++; });
      this.online.on('tileerror', () => {
        failed++;
        if (loaded === 0 && failed === FAILED_TILES && this.map.hasLayer(this.online)) {
          this.map.removeLayer(this.online);
          this.offline.addTo(this.map);
          onFallback?.();
        }
      });
      this.map.on('baselayerchange', (e) => this.onBaseChange?.(e.layer === this.offline ? 'offline' : 'online'));
    }
  }

  layersControl() {
    const layers = { [this.i18n.t('baseOnline')]: this.online, [this.i18n.t('baseOffline')]: this.offline };
    return L.control.layers(layers, null, { position: 'topright' }).addTo(this.map);
  }

  setLanguage(i18n) {
    this.i18n = i18n;
    this.events.setLanguage(i18n);
    if (this.offline) {
      this.offline.options.lang = i18n.lang;
      if (this.map.hasLayer(this.offline)) this.offline.redraw();
      this.layers.remove();
      this.layers = this.layersControl();
    }
  }

  /** Draws the outline GeoJSON: a `country` fill, `border` and `governorate` lines, `label` points. */
  showOutline(outline) {
    this.outlineLabels = L.layerGroup();
    L.geoJSON(outline, {
      pane: OUTLINE_PANE,
      interactive: false,
      attribution: OUTLINE_ATTRIBUTION,
      filter: (f) => f.properties?.kind !== 'label',
      style: (f) => OUTLINE_STYLES[f.properties?.kind] ?? OUTLINE_STYLES.governorate,
    }).addTo(this.map);
    this.outlineFeatures = (outline?.features ?? []).filter((f) => f.properties?.kind === 'label');
    this.labelOutline();
    const toggle = () => {
      if (this.map.getZoom() >= LABEL_MIN_ZOOM) this.outlineLabels.addTo(this.map);
      else this.outlineLabels.remove();
    };
    this.map.on('zoomend', toggle);
    toggle();
  }

  labelOutline() {
    if (!this.outlineLabels) return;
    this.outlineLabels.clearLayers();
    for (const f of this.outlineFeatures) {
      const [lon, lat] = f.geometry.coordinates;
      const text = document.createElement('span');
      text.textContent = (this.i18n.lang === 'ar' ? f.properties.name_ar : f.properties.name_en) ?? '';
      text.lang = this.i18n.lang;
      this.outlineLabels.addLayer(L.marker([lat, lon], {
        pane: OUTLINE_PANE, interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'outline-label', html: text, iconSize: null }),
      }));
    }
  }

  /** Shows these events (indices into columns). */
  showEvents(columns, indices) {
    this.events.setEvents(columns, indices);
  }

  /** Zooms to show all the given events. */
  fitTo(columns, indices) {
    if (indices.length === 0) return;
    let south = 90; let west = 180; let north = -90; let east = -180;
    for (const i of indices) {
      south = Math.min(south, columns.lat[i]); north = Math.max(north, columns.lat[i]);
      west = Math.min(west, columns.lon[i]); east = Math.max(east, columns.lon[i]);
    }
    this.map.fitBounds([[south, west], [north, east]], { padding: [FIT_PADDING_PX, FIT_PADDING_PX], maxZoom: FIT_MAX_ZOOM });
  }

  /** Zooms into a cluster's events, or says false when they cannot be told apart by zooming. */
  zoomInto(columns, members) {
    const latlngs = members.map((i) => [columns.lat[i], columns.lon[i]]);
    const bounds = L.latLngBounds(latlngs);
    const zoom = this.map.getBoundsZoom(bounds, false, L.point(FIT_PADDING_PX, FIT_PADDING_PX));
    if (zoom <= this.map.getZoom() || this.map.getZoom() >= MAX_ZOOM) return false;
    this.map.fitBounds(bounds, { padding: [FIT_PADDING_PX, FIT_PADDING_PX], maxZoom: MAX_ZOOM });
    return true;
  }

  bounds() {
    const b = this.map.getBounds();
    return { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
  }

  view() {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  setView(view) {
    this.map.setView([view.lat, view.lon], view.zoom);
  }

  flyTo(lat, lon, zoom) {
    this.map.setView([lat, lon], Math.max(zoom, this.map.getZoom()));
  }

  /** Rings the event at lat/lon (a hovered list row); null removes the ring. */
  highlightAt(latlng) {
    if (!latlng) {
      this.highlight.remove();
      return;
    }
    this.highlight.setLatLng(latlng).addTo(this.map);
  }

  /** Opens a popup with this content at lat/lon; returns the popup. */
  openPopup(latlng, content) {
    return L.popup({ maxWidth: POPUP_MAX_WIDTH_PX, minWidth: POPUP_MIN_WIDTH_PX, autoPanPadding: [20, 20] })
      .setLatLng(latlng).setContent(content).openOn(this.map);
  }

  /** Calls `listener(item, latlng)` on a click on a dot or cluster; the cursor shows what is clickable. */
  onEventClick(listener) {
    const container = this.map.getContainer();
    this.map.on('mousemove', (e) => container.classList.toggle('over-event', this.events.itemAt(e.containerPoint) !== null));
    this.map.on('click', (e) => {
      const item = this.events.itemAt(e.containerPoint);
      if (item) listener(item, e.latlng);
    });
  }

  onViewChange(listener) {
    this.map.on('moveend', () => listener(this.view()));
  }
}
