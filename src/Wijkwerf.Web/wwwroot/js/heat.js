// Wijkwerf heat page: map layers (buildings by demand or estimated label, streets by heat density, the designed heat
// network with pipe sizes and the connected buildings), the strategy chart and the phasing chart.
// Plain background, no outside tiles (like maps.js). Every layer is also in a table on the page.
(function () {
  'use strict';
  var cfgNode = document.getElementById('heat-config');
  if (!cfgNode) return;
  var cfg = JSON.parse(cfgNode.textContent);
  var t = cfg.texts;
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL';

  function load(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          var e = new Error(p.detail || (url + ': ' + r.status));
          e.detail = p.detail;
          throw e;
        });
      }
      return r.json();
    });
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function num(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return '–';
    return Number(v).toLocaleString(lang, { minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 });
  }

  charts();

  var el = document.getElementById('heat-map');
  if (!el || !window.L) return;
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

  // ---- Buildings: coloured by heat demand per m², by estimated label, or plain; excluded buildings grey.
  var EXCLUDED = '#bdbdbd';
  var buildingLayer = null;
  var colourBy = 'demand';
  function demandColour(kwh) {
    var c = cfg.demandClasses[0].colour;
    cfg.demandClasses.forEach(function (k) { if (kwh >= k.min) c = k.colour; });
    return c;
  }
  function labelColour(label) {
    if (!label) return EXCLUDED;
    var key = label.charAt(0); // A++++ … A → A
    return cfg.labelColours[key] || EXCLUDED;
  }
  function buildingStyle(f) {
    var p = f.properties;
    if (p.excluded) return { color: '#6b6b6b', weight: 0.6, fillColor: EXCLUDED, fillOpacity: 0.6, dashArray: '2 2' };
    if (colourBy === 'none') return { color: '#4d4d4d', weight: 0.6, fillColor: '#d9d9d9', fillOpacity: 0.5 };
    var fill = colourBy === 'label' ? labelColour(p.label) : demandColour(p.kWhPerM2);
    return { color: '#4d4d4d', weight: 0.6, fillColor: fill, fillOpacity: 0.85 };
  }
  function buildingTip(p) {
    var lines = [(p.address || p.id)];
    if (p.excluded) lines.push(t.notIncluded + ': ' + (cfg.exclusions[p.excluded] || p.excludedWhy));
    else {
      lines.push(t.demand + ': ' + num(p.demandMWhPerYear, 1) + ' MWh · ' + num(p.kWhPerM2) + ' kWh/m²');
      if (p.label) lines.push(t.label + ': ' + p.label + (p.labelEstimated ? ' (' + t.estimated + ')' : ''));
    }
    return lines.map(escapeHtml).join('<br>');
  }
  var legend = document.getElementById('building-legend');
  var legendHeading = document.getElementById('building-legend-heading');
  function drawLegend() {
    if (!legend) return;
    var items = [];
    if (colourBy === 'demand') {
      legendHeading.textContent = t.demandLegend;
      cfg.demandClasses.forEach(function (k, i) {
        var next = cfg.demandClasses[i + 1];
        items.push([k.colour, next ? num(k.min) + '–' + num(next.min) : '≥ ' + num(k.min)]);
      });
    } else if (colourBy === 'label') {
      legendHeading.textContent = t.labelLegend;
      Object.keys(cfg.labelColours).forEach(function (k) { items.push([cfg.labelColours[k], k === 'A' ? 'A (A++++–A)' : k]); });
    } else legendHeading.textContent = t.demandLegend;
    items.push([EXCLUDED, t.excludedLegend]);
    legend.innerHTML = '';
    items.forEach(function (it) {
      var li = document.createElement('li');
      li.innerHTML = '<span class="swatch" aria-hidden="true" style="background:' + it[0] + '"></span>' + escapeHtml(it[1]);
      legend.appendChild(li);
    });
  }
  drawLegend();
  document.querySelectorAll('input[name="building-colour"]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (!input.checked) return;
      colourBy = input.value;
      if (buildingLayer) buildingLayer.setStyle(buildingStyle);
      el.dataset.colourBy = colourBy;
      drawLegend();
    });
  });

  var pending = 2;
  function loaded() { if (--pending <= 0 && status) status.remove(); }
  function failed() { if (status) status.textContent = t.failed; }

  load(cfg.buildings).then(function (fc) {
    buildingLayer = L.geoJSON(fc, {
      style: buildingStyle,
      onEachFeature: function (f, l) { l.bindTooltip(buildingTip(f.properties)); }
    }).addTo(map);
    buildingLayer.bringToBack();
    // A district outline can be much larger than its built-up part (a Flemish wijk): show the buildings.
    if (fc.features.length) map.fitBounds(buildingLayer.getBounds(), { padding: [10, 10] });
    el.dataset.buildings = String(fc.features.length);
    el.dataset.excluded = String(fc.features.filter(function (f) { return f.properties.excluded; }).length);
    loaded();
  }).catch(failed);

  // ---- Streets by linear heat density.
  var densityLayer = null;
  load(cfg.density).then(function (fc) {
    var drawn = fc.features.filter(function (f) { return f.geometry; });
    densityLayer = L.geoJSON({ type: 'FeatureCollection', features: drawn }, {
      style: function (f) {
        var band = cfg.bands[f.properties.band] || { colour: '#595959' };
        return { color: band.colour, weight: 5, opacity: 0.95, dashArray: f.properties.band === 'Critical' ? '2 6' : null, lineCap: 'round' };
      },
      onEachFeature: function (f, l) {
        var p = f.properties;
        var band = cfg.bands[p.band] || { name: p.band };
        l.bindTooltip(escapeHtml((p.name || t.unnamed) + ': ' + num(p.mwhPerMPerYear, 2) + ' MWh/m · ' + band.name));
      }
    });
    if (toggle('layer-density').checked) densityLayer.addTo(map);
    el.dataset.streets = String(drawn.length);
    loaded();
  }).catch(failed);

  function toggle(id) { return document.getElementById(id) || { checked: true, addEventListener: function () {} }; }
  function bindToggle(id, getLayer) {
    toggle(id).addEventListener('change', function (e) {
      var layer = getLayer();
      if (!layer) return;
      if (e.target.checked) layer.addTo(map); else map.removeLayer(layer);
    });
  }
  bindToggle('layer-density', function () { return densityLayer; });
  bindToggle('layer-network', function () { return pipeLayer; });
  bindToggle('layer-connected', function () { return connectedLayer; });

  // ---- Network design: fast on load, again on request (exact, another source).
  var form = document.getElementById('network-form');
  var button = document.getElementById('design-network');
  var exact = document.getElementById('network-exact');
  var source = document.getElementById('network-source');
  var out = document.getElementById('network-status');
  var result = document.getElementById('network-result');
  var pipeLayer = null, connectedLayer = null;

  function design() {
    if (button) button.disabled = true;
    if (out) out.textContent = t.designing;
    var url = cfg.network + '&exact=' + (exact && exact.checked ? 'true' : 'false') + '&timeLimit=30';
    if (source && source.value.trim()) url += '&source=' + encodeURIComponent(source.value.trim());
    return load(url).then(function (a) {
      if (pipeLayer) map.removeLayer(pipeLayer);
      if (connectedLayer) map.removeLayer(connectedLayer);
      var pipes = a.pipes.features.filter(function (f) { return f.geometry; });
      pipeLayer = L.geoJSON({ type: 'FeatureCollection', features: pipes }, {
        style: function (f) { return { color: '#08306b', weight: Math.min(12, 2 + f.properties.dn / 40), opacity: 0.9 }; },
        onEachFeature: function (f, l) {
          l.bindTooltip('DN' + f.properties.dn + ' · ' + num(f.properties.lengthM) + ' m · ' + num(f.properties.designPeakKW) + ' kW');
        }
      });
      connectedLayer = L.geoJSON(a.buildings, {
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 4, color: '#ffffff', weight: 1, fillColor: '#2166ac', fillOpacity: 1 });
        },
        onEachFeature: function (f, l) { l.bindTooltip(escapeHtml(t.connected + ': ' + (f.properties.address || f.properties.id))); }
      });
      if (toggle('layer-network').checked) pipeLayer.addTo(map);
      if (toggle('layer-connected').checked) connectedLayer.addTo(map);
      var s = a.summary;
      var values = {
        connected: num(s.connected) + ' / ' + num(s.candidates), trenchM: num(s.trenchM), objectiveEurPerYear: num(s.objectiveEurPerYear),
        allIndividualEurPerYear: num(s.allIndividualEurPerYear), savingEurPerYear: num(s.savingEurPerYear),
        boundEurPerYear: num(s.boundEurPerYear),
        gap: num(s.gap * 100, 2) + ' %', seconds: num(s.seconds, 3),
        status: (cfg.networkStatuses[s.mode] || s.mode) + ', ' + (cfg.networkStatuses[s.status] || s.status)
      };
      result.querySelectorAll('[data-field]').forEach(function (td) { td.textContent = values[td.dataset.field]; });
      var body = document.getElementById('network-pipes');
      body.innerHTML = '';
      s.pipesByDn.forEach(function (p) {
        var tr = document.createElement('tr');
        tr.innerHTML = '<th scope="row">DN' + escapeHtml(p.dn) + '</th><td class="num">' + num(p.lengthM) + '</td><td class="num">' + num(p.segments) + '</td>';
        body.appendChild(tr);
      });
      var excluded = document.getElementById('network-excluded');
      var rows = document.getElementById('network-excluded-rows');
      rows.innerHTML = '';
      (a.excluded || []).forEach(function (e) {
        var tr = document.createElement('tr');
        tr.dataset.reason = e.reason;
        tr.innerHTML = '<th scope="row">' + escapeHtml(cfg.networkExclusions[e.reason] || e.explanation) + '</th><td class="num">' + num(e.buildings) +
          '</td><td>' + escapeHtml(e.ids.slice(0, 5).join(', ')) + '</td>';
        rows.appendChild(tr);
      });
      excluded.hidden = !(a.excluded && a.excluded.length);
      result.hidden = false;
      el.dataset.pipes = String(pipes.length);
      el.dataset.connected = String(a.buildings.features.length);
      out.textContent = t.designed + (t.estimatedStreets ? ' ' + t.noPipeGeometry : '');
    }).catch(function (e) {
      out.textContent = t.designFailed + (e && e.detail ? ' ' + e.detail : '');
      el.dataset.networkError = 'true';
    }).then(function () { if (button) button.disabled = false; });
  }
  if (form) form.addEventListener('submit', function (e) { e.preventDefault(); design(); });
  design();

  // ---- Charts (Chart.js), each with its table on the page.
  function charts() {
    if (!window.Chart) return;
    Chart.defaults.color = '#222222';
    Chart.defaults.font.size = 14;
    var s = cfg.strategyChart;
    var canvas = s && document.getElementById(s.id);
    if (canvas) {
      new Chart(canvas, {
        type: 'bar',
        data: { labels: s.labels, datasets: s.datasets.map(function (d) { return { label: d.label, data: d.data, backgroundColor: d.colour }; }) },
        options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true } },
          plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': € ' + num(c.parsed.y); } } } } }
      });
      canvas.dataset.drawn = 'true';
    }
    var node = document.getElementById('phasing-chart-config');
    if (!node) return;
    var p = JSON.parse(node.textContent);
    var pc = document.getElementById(p.id);
    if (!pc) return;
    // Colour-blind safe palette (Okabe–Ito), one colour per party.
    var palette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];
    var datasets = p.actors.map(function (a, i) {
      return { type: 'bar', label: a.label, data: a.data, backgroundColor: palette[i % palette.length], stack: 'cash', yAxisID: 'y' };
    });
    datasets.push({ type: 'line', label: p.connected.label, data: p.connected.data, borderColor: '#222222', backgroundColor: '#222222', yAxisID: 'share', pointRadius: 2 });
    new Chart(pc, {
      data: { labels: p.labels, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false,
        scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: '€' } },
          share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } } },
        plugins: { tooltip: { callbacks: { label: function (c) {
          return c.dataset.label + ': ' + (c.dataset.yAxisID === 'share' ? num(c.parsed.y) + ' %' : '€ ' + num(c.parsed.y));
        } } } } }
    });
    pc.dataset.drawn = 'true';
  }
})();
