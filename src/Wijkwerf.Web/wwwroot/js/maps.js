// Wijkwerf maps: our own GeoJSON layers on a plain background (no outside tiles), canvas renderer for speed.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || !window.L) return;

  var BUILD_YEAR = [
    ['<1946', '#7f2704'], ['1946-1964', '#d94801'], ['1965-1974', '#fd8d3c'], ['1975-1991', '#fdd0a2'],
    ['1992-2005', '#9ecae1'], ['2006-2014', '#4292c6'], ['>=2015', '#08306b'], ['unknown', '#8c8c8c']
  ];
  var DWELLING_TYPE = [
    ['Detached', '#e69f00'], ['SemiDetached', '#56b4e9'], ['TerracedEnd', '#009e73'], ['TerracedMiddle', '#f0e442'],
    ['Apartment', '#cc79a7'], ['unknown', '#8c8c8c']
  ];
  var YEAR_BOUNDS = [[-Infinity, 1945], [1946, 1964], [1965, 1974], [1975, 1991], [1992, 2005], [2006, 2014], [2015, Infinity]];

  function json(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function load(url) {
    return fetch(url, { headers: { Accept: 'application/geo+json, application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }
  function yearClass(p) {
    if (p.buildYearClass) return p.buildYearClass;
    var y = p.buildYear;
    if (y === null || y === undefined) return 'unknown';
    for (var i = 0; i < YEAR_BOUNDS.length; i++) if (y >= YEAR_BOUNDS[i][0] && y <= YEAR_BOUNDS[i][1]) return BUILD_YEAR[i][0];
    return 'unknown';
  }
  function typeClass(p) { return p.dwellingType || 'unknown'; }
  function colours(pairs) { var m = {}; pairs.forEach(function (p) { m[p[0]] = p[1]; }); return m; }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  var district = json('district-config');
  var texts = district ? district.texts : (json('map-texts') || { failed: 'Map data could not be loaded.' });
  // Sources are shown as text under the map (not inside it), so screen readers and print keep them.
  var map = L.map(el, { preferCanvas: true, attributionControl: false, zoomControl: false, zoomSnap: 0.25 });
  L.control.zoom({ zoomInTitle: texts.zoomIn || 'Zoom in', zoomOutTitle: texts.zoomOut || 'Zoom out' }).addTo(map);
  map.getContainer().style.background = '#f4f4f0';
  var status = el.querySelector('.map-status');
  function done() { if (status) status.remove(); }
  function fail(texts) { if (status) status.textContent = texts.failed; }

  if (!district) {
    // Overview: district outlines, each a link to its page.
    load(el.dataset.districts).then(function (fc) {
      var layer = L.geoJSON(fc, {
        style: { color: '#1f4e79', weight: 1.5, fillColor: '#5b9bd5', fillOpacity: 0.25 },
        onEachFeature: function (f, l) {
          l.bindTooltip(escapeHtml(f.properties.name + ' (' + f.properties.code + ')'));
          l.on('click', function () { window.location.href = el.dataset.link + encodeURIComponent(f.properties.code); });
        }
      }).addTo(map);
      el.dataset.drawn = String(fc.features.length);
      if (fc.features.length) map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      else map.setView([51.5, 4.5], 7);
      done();
    }).catch(function () { map.setView([51.5, 4.5], 7); fail(texts); });
    return;
  }

  // District map: neighbouring outlines, this boundary, streets and buildings coloured by a chosen class.
  var t = district.texts;
  var b = district.bounds;
  if (b && b.length === 4) map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [10, 10] });
  else map.setView([51.5, 4.5], 7);

  var schemes = {
    buildYear: { classOf: yearClass, colours: colours(BUILD_YEAR), order: BUILD_YEAR.map(function (p) { return p[0]; }),
      label: function (k) { return k === 'unknown' ? t.unknown : k; } },
    dwellingType: { classOf: typeClass, colours: colours(DWELLING_TYPE), order: DWELLING_TYPE.map(function (p) { return p[0]; }),
      label: function (k) { return t.dwellingTypes[k] || t.unknown; } }
  };
  var scheme = schemes.buildYear;
  var buildings = null;
  var legend = document.getElementById('legend');

  function styleBuilding(f) {
    var c = scheme.colours[scheme.classOf(f.properties)] || '#8c8c8c';
    return { color: '#333333', weight: 0.4, fillColor: c, fillOpacity: 0.9 };
  }
  function swatch(style) { return '<span class="swatch" aria-hidden="true" style="' + style + '"></span>'; }
  function drawLegend(features) {
    if (!legend) return;
    var counts = {};
    features.forEach(function (f) { var k = scheme.classOf(f.properties); counts[k] = (counts[k] || 0) + 1; });
    var items = scheme.order.filter(function (k) { return counts[k]; }).map(function (k) {
      return '<li>' + swatch('background:' + scheme.colours[k]) + escapeHtml(scheme.label(k)) + ' <span class="count">(' + counts[k].toLocaleString(document.documentElement.lang) + ')</span></li>';
    });
    items.push('<li>' + swatch('background:transparent;border:2px solid #b3001b') + escapeHtml(t.boundary) + '</li>');
    items.push('<li>' + swatch('background:#6b6b6b;height:3px') + escapeHtml(t.streets) + '</li>');
    legend.innerHTML = items.join('');
  }

  Promise.all([
    load(district.districts).catch(function () { return { type: 'FeatureCollection', features: [] }; }),
    load(district.streets).catch(function () { return { type: 'FeatureCollection', features: [] }; }),
    load(district.buildings)
  ]).then(function (layers) {
    L.geoJSON(layers[0], {
      interactive: false,
      style: function (f) {
        return f.properties.code === district.code
          ? { color: '#b3001b', weight: 2.5, fill: false }
          : { color: '#9a9a9a', weight: 1, fill: false, dashArray: '4 4' };
      }
    }).addTo(map);
    L.geoJSON(layers[1], {
      style: { color: '#6b6b6b', weight: 2 },
      onEachFeature: function (f, l) { if (f.properties.name) l.bindTooltip(escapeHtml(f.properties.name)); }
    }).addTo(map);
    buildings = L.geoJSON(layers[2], {
      style: styleBuilding,
      onEachFeature: function (f, l) {
        var p = f.properties;
        l.bindPopup(function () {
          return '<strong>' + escapeHtml(p.address || p.id) + '</strong><br>' +
            escapeHtml(schemes.buildYear.label(yearClass(p))) + (p.buildYear ? ' (' + p.buildYear + ')' : '') + '<br>' +
            escapeHtml(schemes.dwellingType.label(typeClass(p))) + (p.dwellings ? ' · ' + p.dwellings : '');
        });
      }
    }).addTo(map);
    el.dataset.buildings = String(layers[2].features.length);
    drawLegend(layers[2].features);
    done();
  }).catch(function () { fail(t); });

  document.querySelectorAll('input[name="colour-by"]').forEach(function (input) {
    input.addEventListener('change', function () {
      scheme = schemes[input.value] || schemes.buildYear;
      if (!buildings) return;
      buildings.setStyle(styleBuilding);
      drawLegend(buildings.toGeoJSON().features);
    });
  });
})();
