// LEKP measures map: district outlines and the located measures (points or areas) coloured by werf, our own GeoJSON
// on a plain background. The list under the map holds every measure, so the map adds nothing only a mouse can reach.
(function () {
  'use strict';
  var el = document.getElementById('measures-map');
  if (!el || !window.L) return;
  var texts = JSON.parse(document.getElementById('lekp-map-texts').textContent);
  var WERF = { groen: '#2e7d32', water: '#1565c0', energie: '#b71c1c', mobiliteit: '#6a1b9a', renovatie: '#e65100', algemeen: '#444444' };
  function load(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  var map = L.map(el, { preferCanvas: true, attributionControl: false, zoomControl: false });
  L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  map.getContainer().style.background = '#f4f4f0';
  var status = el.querySelector('.map-status');
  Promise.all([load(el.dataset.districts), load(el.dataset.measures)]).then(function (layers) {
    var measures = layers[1];
    var codes = {};
    measures.features.forEach(function (f) { if (f.properties.district) codes[f.properties.district] = true; });
    var districts = L.geoJSON({ type: 'FeatureCollection', features: layers[0].features.filter(function (f) { return codes[f.properties.code]; }) },
      { style: { color: '#1f4e79', weight: 1.5, fillOpacity: 0.05 } }).addTo(map);
    var drawn = L.geoJSON(measures, {
      style: function (f) { return { color: WERF[f.properties.werf] || '#444', weight: 2, fillOpacity: 0.4 }; },
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, { radius: 7, color: '#222', weight: 1, fillColor: WERF[f.properties.werf] || '#444', fillOpacity: 0.9 });
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        l.bindTooltip(escapeHtml(p.title + ' (' + p.quantity + ' ' + p.unit + ', ' + p.status + ')'));
      }
    }).addTo(map);
    var bounds = drawn.getLayers().length ? drawn.getBounds() : districts.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 }); else map.setView([51.0, 4.5], 8);
    el.dataset.drawn = String(measures.features.length);
    if (status) status.remove();
  }).catch(function () { if (status) status.textContent = texts.failed; });
})();
