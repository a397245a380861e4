(function () {
  'use strict';
  var findings = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var filters = { kind: document.getElementById('f-kind'), severity: document.getElementById('f-severity'), source: document.getElementById('f-source') };
  function applyFilters() {
    var k = filters.kind.value, s = filters.severity.value, src = filters.source.value, shown = 0;
    findings.forEach(function (li) {
      var ok = (!k || li.dataset.kind === k) && (!s || li.dataset.severity === s) &&
        (!src || (' ' + li.dataset.sources + ' ').indexOf(' ' + src + ' ') >= 0);
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    document.getElementById('shown').textContent = String(shown);
  }
  Object.keys(filters).forEach(function (key) { filters[key].addEventListener('change', applyFilters); });
  function select(li) {
    findings.forEach(function (x) { x.classList.remove('selected'); });
    li.classList.add('selected');
    Array.prototype.forEach.call(document.querySelectorAll('.seg.ev.active'), function (e) { e.classList.remove('active'); });
    var id = li.dataset.id;
    var marks = document.querySelectorAll('.seg.ev');
    var firstInPane = {};
    Array.prototype.forEach.call(marks, function (m) {
      if ((' ' + m.dataset.ev + ' ').indexOf(' ' + id + ' ') >= 0) {
        m.classList.add('active');
        var pane = m.closest('.text');
        if (pane && !firstInPane[pane.id]) { firstInPane[pane.id] = m; }
      }
    });
    var panes = Object.keys(firstInPane);
    panes.forEach(function (paneId) {
      var pane = document.getElementById(paneId), m = firstInPane[paneId];
      pane.scrollTop = m.offsetTop - pane.offsetTop - pane.clientHeight / 3;
    });
    // on a phone the sources sit below the findings: bring the first that holds evidence on screen
    if (panes.length) {
      var first = document.getElementById(panes[0]), r = first.getBoundingClientRect();
      if (r.bottom <= 0 || r.top >= window.innerHeight) { first.scrollIntoView({ block: 'nearest' }); }
    }
  }
  findings.forEach(function (li) {
    li.addEventListener('click', function () { select(li); });
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(li); } });
  });
  applyFilters();
}());
