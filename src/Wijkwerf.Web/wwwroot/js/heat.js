// Wijkwerf heat map: street segments coloured by heat density band, and on request the designed heat network.
// Plain background, no outside tiles (like maps.js).
(function () {
  'use strict';
  var el = document.getElementById('heat-map');
  var cfgNode = document.getElementById('heat-config');
  if (!el || !cfgNode || !window.L) return;
  var cfg = JSON.parse(cfgNode.textContent);
  var t = cfg.texts;

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';
  function num(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return '–';
    return Number(v).toLocaleString(lang, { minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 });
  }

  var map = L.map(el, { preferCanvas: true, attributionControl: false, zoomControl: false, zoomSnap: 0.25, keyboard: true });
  L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
  map.getContainer().style.background = '#f4f4f0';
  var b = cfg.bounds;
  if (b && b.length === 4) map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [10, 10] });
  else map.setView([51.5, 4.5], 7);
  var status = el.querySelector('.map-status');

  if (b && b.length === 4) {
    L.rectangle([[b[1], b[0]], [b[3], b[2]]], { color: '#333', weight: 1, dashArray: '4 4', fill: false, interactive: false }).addTo(map);
  }

  load(cfg.density).then(function (fc) {
    var drawn = fc.features.filter(function (f) { return f.geometry; });
    L.geoJSON({ type: 'FeatureCollection', features: drawn }, {
      style: function (f) {
        var band = cfg.bands[f.properties.band] || { colour: '#595959' };
        return { color: band.colour, weight: 5, opacity: 0.95, dashArray: f.properties.band === 'Critical' ? '2 6' : null, lineCap: 'round' };
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        var band = cfg.bands[p.band] || { name: p.band };
        l.bindTooltip(escapeHtml((p.name || t.unnamed) + ': ' + num(p.mwhPerMPerYear, 2) + ' MWh/m · ' + band.name));
      }
    }).addTo(map);
    el.dataset.drawn = String(drawn.length);
    if (status) status.remove();
  }).catch(function () { if (status) status.textContent = t.failed; });

  var button = document.getElementById('design-network');
  var exact = document.getElementById('network-exact');
  var out = document.getElementById('network-status');
  var result = document.getElementById('network-result');
  var network = null;
  if (!button) return;
  button.addEventListener('click', function () {
    button.disabled = true;
    out.textContent = t.designing;
    var url = cfg.network + '&exact=' + (exact && exact.checked ? 'true' : 'false') + '&timeLimit=30';
    load(url).then(function (a) {
      if (network) map.removeLayer(network);
      network = L.layerGroup().addTo(map);
      var pipes = a.pipes.features.filter(function (f) { return f.geometry; });
      L.geoJSON({ type: 'FeatureCollection', features: pipes }, {
        style: function (f) { return { color: '#08306b', weight: Math.min(12, 2 + f.properties.dn / 40), opacity: 0.9 }; },
        onEachFeature: function (f, l) { l.bindTooltip('DN' + f.properties.dn + ' · ' + num(f.properties.lengthM) + ' m'); }
      }).addTo(network);
      L.geoJSON(a.buildings, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 4, color: '#ffffff', weight: 1, fillColor: '#2166ac', fillOpacity: 1 });
        },
        onEachFeature: function (f, l) { l.bindTooltip(escapeHtml(t.connected + ': ' + f.properties.id)); }
      }).addTo(network);
      var s = a.summary;
      var values = {
        connected: num(s.connected) + ' / ' + num(s.candidates), trenchM: num(s.trenchM), objectiveEurPerYear: num(s.objectiveEurPerYear),
        allIndividualEurPerYear: num(s.allIndividualEurPerYear), gap: num(s.gap * 100, 2) + ' %', seconds: num(s.seconds, 2), status: s.mode + ', ' + s.status
      };
      result.querySelectorAll('[data-field]').forEach(function (td) { td.textContent = values[td.dataset.field]; });
      var body = document.getElementById('network-pipes');
      body.innerHTML = '';
      s.pipesByDn.forEach(function (p) {
        var tr = document.createElement('tr');
        tr.innerHTML = '<th scope="row">DN' + escapeHtml(p.dn) + '</th><td class="num">' + num(p.lengthM) + '</td><td class="num">' + num(p.segments) + '</td>';
        body.appendChild(tr);
      });
      result.hidden = false;
      el.dataset.pipes = String(pipes.length);
      out.textContent = t.designed + (s.pipeGeometry ? '' : ' ' + t.noPipeGeometry);
    }).catch(function () {
      out.textContent = t.designFailed;
    }).then(function () { button.disabled = false; });
  });
})();
