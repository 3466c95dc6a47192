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
    this.events = L.markerClusterGroup({
      maxClusterRadius: CLUSTER_RADIUS_PX,
      iconCreateFunction: clusterIcon,
      showCoverageOnHover: false,
      chunkedLoading: true,
    }).addTo(this.map);
  }

  /** Replaces the markers; with `fit`, zooms to show them all. */
  show(features, { fit }) {
    const markers = features.map((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      const p = feature.properties ?? {};
      const type = typeOf(p);
      const label = [type, p.event_date, p.location ?? p.location_ar].filter(Boolean).join(' · ');
      return L.marker([lat, lon], { icon: iconFor(type), eventType: type, title: label, alt: label })
        .bindPopup(() => popupContent(feature), { maxWidth: 340, minWidth: 240 });
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

  onViewChange(listener) {
    this.map.on('moveend', () => listener(this.view()));
  }
}
