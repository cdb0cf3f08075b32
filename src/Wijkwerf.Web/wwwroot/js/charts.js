// Bar charts of the district's classes; each has a data table beside it for screen readers and keyboard users.
(function () {
  'use strict';
  var node = document.getElementById('chart-config');
  if (!node || !window.Chart) return;
  Chart.defaults.color = '#222222';
  Chart.defaults.font.size = 14;
  JSON.parse(node.textContent).forEach(function (c) {
    var canvas = document.getElementById(c.id);
    if (!canvas) return;
    new Chart(canvas, {
      type: 'bar',
      data: { labels: c.keys, datasets: [{ label: c.label, data: c.values, backgroundColor: '#1f4e79' }] },
      options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
})();
