import { useEffect, useRef } from "react";

export interface MapPoint {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  label: string;
}

/**
 * The sales points on a Leaflet map with clustered markers. Leaflet touches `window`, so it is
 * imported in an effect (never on the server); the server renders the empty container, and the
 * list beside it carries everything, so the page works without JavaScript and without tiles.
 */
export function SalesPointMap({ points, tileUrl, centre, label }: { points: MapPoint[]; tileUrl: string; centre: { lat: number; lng: number } | null; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let map: import("leaflet").Map | null = null;
    (async () => {
      const L = (await import("leaflet")).default;
      (globalThis as { L?: unknown }).L = L;
      await import("leaflet.markercluster");
      if (disposed || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false });
      L.tileLayer(tileUrl, { maxZoom: 18, attribution: "© OpenStreetMap" }).addTo(map);
      const cluster = L.markerClusterGroup();
      // A plain circle marker: no marker images to load.
      for (const p of points) {
        const marker = L.circleMarker([p.latitude, p.longitude], { radius: 8, color: "#9a3412", weight: 2, fillColor: "#f97316", fillOpacity: 0.9 });
        const link = document.createElement("a");
        link.href = `#diem-${p.slug}`;
        link.textContent = p.label;
        marker.bindPopup(link);
        cluster.addLayer(marker as unknown as import("leaflet").Marker);
      }
      // The view first: the cluster group reads the map's bounds when it is added.
      const bounds = L.latLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number]));
      if (centre) bounds.extend([centre.lat, centre.lng]);
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
      else map.setView([16.0, 106.0], 5);
      map.addLayer(cluster);
      if (centre) L.circleMarker([centre.lat, centre.lng], { radius: 6, color: "#1d4ed8", fillOpacity: 1 }).addTo(map);
    })();
    return () => {
      disposed = true;
      map?.remove();
    };
  }, [points, tileUrl, centre]);
  return <div ref={container} className="sales-point-map" role="region" aria-label={label} data-testid="sales-point-map" />;
}
