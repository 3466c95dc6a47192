// The Leaflet map: base tiles, one clustered marker layer, popups. Leaflet and
// Leaflet.markercluster are classic scripts loaded before the modules and expose the global `L`.
import { colourOf, typeOf } from './types.js';
import { popupContent } from './popup.js';

/** Syria, for an empty map before any data arrives. */
const DEFAULT_VIEW = { lat: 35.0, lon: 38.5, zoom: 7 };
/** Fitting to a single town should not zoom to street level. */
const FIT_MAX_ZOOM = 11;
const FIT_PADDING_PX = 40;
const MAX_ZOOM = 18;
/** Pixel radius within which markers merge into a cluster (the plugin's default is 80). */
const CLUSTER_RADIUS_PX = 50;
const MARKER_SIZE_PX = 14;
const CLUSTER_SIZES_PX = [[10, 30], [100, 38], [Infinity, 46]];
/** Wide enough for an Arabic sentence per source, narrow enough to leave the map visible. */
const POPUP_MAX_WIDTH_PX = 380;
const POPUP_MIN_WIDTH_PX = 260;

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
/** Governorate names are shown from this zoom on; below it they crowd the markers. */
const LABEL_MIN_ZOOM = 7;

/** A round marker filled with the colour of its event type. */
const TypeIcon = L.DivIcon.extend({
  createIcon(oldIcon) {
    const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    div.style.setProperty('--type-colour', this.options.colour);
    return div;
  },
});

const iconCache = new Map();
function iconFor(type) {
  if (!iconCache.has(type)) {
    iconCache.set(type, new TypeIcon({
      className: 'event-marker',
      colour: colourOf(type),
      iconSize: [MARKER_SIZE_PX, MARKER_SIZE_PX],
      popupAnchor: [0, -MARKER_SIZE_PX / 2],
    }));
  }
  return iconCache.get(type);
}

// A cluster is a ring whose arcs show its mix of types, with the count in the middle.
function clusterIcon(cluster) {
  const counts = new Map();
  for (const marker of cluster.getAllChildMarkers()) {
    counts.set(marker.options.eventType, (counts.get(marker.options.eventType) ?? 0) + 1);
  }
  const total = cluster.getChildCount();
  let angle = 0;
  const stops = [...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) => {
    const from = angle;
    angle += (n / total) * 360;
    return `${colourOf(type)} ${from}deg ${angle}deg`;
  });
  const ring = document.createElement('div');
  ring.className = 'cluster-ring';
  ring.style.background = `conic-gradient(${stops.join(', ')})`;
  const count = document.createElement('span');
  count.className = 'cluster-count';
  count.textContent = String(total);
  ring.append(count);
  const size = CLUSTER_SIZES_PX.find(([limit]) => total < limit)[1];
  return L.divIcon({ html: ring, className: 'event-cluster', iconSize: [size, size] });
}

export class MapView {
  constructor(element, { tileUrl, attribution }, view) {
    const start = view ?? DEFAULT_VIEW;
    this.map = L.map(element, { maxZoom: MAX_ZOOM, worldCopyJump: true }).setView([start.lat, start.lon], start.zoom);
    // Tiles may be unreachable (offline, CI): markers must not depend on them.
    L.tileLayer(tileUrl, { attribution, maxZoom: MAX_ZOOM }).addTo(this.map);
    L.control.scale({ imperial: false }).addTo(this.map);
    this.map.createPane(OUTLINE_PANE).style.zIndex = String(OUTLINE_PANE_Z);
    this.events = L.markerClusterGroup({
      maxClusterRadius: CLUSTER_RADIUS_PX,
      iconCreateFunction: clusterIcon,
      showCoverageOnHover: false,
      chunkedLoading: true,
    }).addTo(this.map);
  }

  /** Draws the outline GeoJSON: a `country` fill, `border` and `governorate` lines, `label` points. */
  showOutline(outline) {
    const labels = L.layerGroup();
    const shapes = L.geoJSON(outline, {
      pane: OUTLINE_PANE,
      interactive: false,
      attribution: OUTLINE_ATTRIBUTION,
      filter: (f) => f.properties?.kind !== 'label',
      style: (f) => OUTLINE_STYLES[f.properties?.kind] ?? OUTLINE_STYLES.governorate,
    }).addTo(this.map);
    for (const f of outline?.features ?? []) {
      if (f.properties?.kind !== 'label') continue;
      const [lon, lat] = f.geometry.coordinates;
      const text = document.createElement('span');
      text.textContent = f.properties.name_en ?? '';
      if (f.properties.name_ar) {
        const ar = document.createElement('bdi');
        ar.lang = 'ar';
        ar.textContent = f.properties.name_ar;
        text.append(' ', ar);
      }
      labels.addLayer(L.marker([lat, lon], {
        pane: OUTLINE_PANE, interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'outline-label', html: text, iconSize: null }),
      }));
    }
    const toggle = () => {
      if (this.map.getZoom() >= LABEL_MIN_ZOOM) labels.addTo(this.map);
      else labels.remove();
    };
    this.map.on('zoomend', toggle);
    toggle();
    return shapes;
  }

  /** Replaces the markers; with `fit`, zooms to show them all. */
  show(features, { fit }) {
    const markers = features.map((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties ?? {};
      const type = typeOf(p);
      const label = [type, p.event_date, p.location ?? p.location_ar].filter(Boolean).join(' · ');
      const marker = L.marker([lat, lon], { icon: iconFor(type), eventType: type, title: label, alt: label })
        .bindPopup(() => popupContent(feature), { maxWidth: POPUP_MAX_WIDTH_PX, minWidth: POPUP_MIN_WIDTH_PX });
      marker.on('popupopen', (e) => this.popupListener?.(feature, e.popup));
      return marker;
    });
    this.events.clearLayers();
    this.events.addLayers(markers);
    if (fit && markers.length > 0) {
      const bounds = L.latLngBounds(markers.map((m) => m.getLatLng()));
      this.map.fitBounds(bounds, { padding: [FIT_PADDING_PX, FIT_PADDING_PX], maxZoom: FIT_MAX_ZOOM });
    }
  }

  view() {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  setView(view) {
    this.map.setView([view.lat, view.lon], view.zoom);
  }

  /**
   * Calls `listener(feature, popup)` each time an event's popup opens; the popup's root element
   * is `popup.getElement().querySelector('.event-popup')`.
   */
  onPopupOpen(listener) {
    this.popupListener = listener;
  }

  onViewChange(listener) {
    this.map.on('moveend', () => listener(this.view()));
  }
}
