// While the pilot seed runs, show its progress and reload the start page when it is done.
(function () {
  'use strict';
  var box = document.getElementById('seed-status');
  if (!box) return;
  var text = box.querySelector('.progress-text');
  if (!text) { text = document.createElement('p'); text.className = 'progress-text'; box.appendChild(text); }
  function poll() {
    fetch(box.dataset.poll).then(function (r) { return r.json(); }).then(function (h) {
      var s = h.seed || {};
      if (s.state === 'done' || s.state === 'failed') { window.location.reload(); return; }
      var p = s.progress;
      if (p) text.textContent = p.file + ' · ' + p.phase + ' · ' + p.done.toLocaleString(document.documentElement.lang) +
        (p.total ? ' / ' + p.total.toLocaleString(document.documentElement.lang) : '');
      setTimeout(poll, 2000);
    }).catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
})();
