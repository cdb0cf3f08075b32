// One-stop shop reach map: residential buildings coloured by the reach share of their street (suppressed → grey).
(function () {
  'use strict';
  var el = document.getElementById('reach-map');
  if (!el || !window.L) return;
  var texts = JSON.parse(document.getElementById('reach-map-texts').textContent);
  var status = el.querySelector('.map-status');
  var map = L.map(el, { preferCanvas: true, attributionControl: false, zoomSnap: 0.25 });
  map.getContainer().style.background = '#f4f4f0';
  function colour(share) {
    if (share === null || share === undefined) return '#c8c8c8';
    if (share < 0.10) return '#b3001b';
    if (share < 0.25) return '#f08c3c';
    if (share < 0.50) return '#f6d55c';
    return '#3caea3';
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  fetch(el.dataset.url, { headers: { Accept: 'application/geo+json' } }).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.json();
  }).then(function (fc) {
    var layer = L.geoJSON(fc, {
      style: function (f) { return { color: '#333333', weight: 0.4, fillColor: colour(f.properties.share), fillOpacity: 0.9 }; },
      onEachFeature: function (f, l) {
        var p = f.properties;
        var share = p.share === null || p.share === undefined ? texts.suppressed : Math.round(p.share * 100) + ' %';
        l.bindTooltip(escapeHtml((p.street || '') + ' · ' + texts.share + ' ' + share));
      }
    }).addTo(map);
    el.dataset.buildings = String(fc.features.length);
    if (fc.features.length) map.fitBounds(layer.getBounds(), { padding: [10, 10] });
    else map.setView([52.07, 4.36], 13);
    if (status) status.remove();
  }).catch(function () {
    map.setView([52.07, 4.36], 13);
    if (status) status.textContent = texts.failed;
  });
})();
