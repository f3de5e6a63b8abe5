// Search for the portable copy (opened from disk, where Pagefind cannot load).
// A classic script: it reads window.DOSSIER_SEARCH (written to search-index.js at build
// time: titles and passage texts, capped in size) and renders matches as links.
(function () {
  'use strict';
  var data = window.DOSSIER_SEARCH;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var extras = document.getElementById('search-filters');
  var sort = document.getElementById('search-sort');
  if (!data || !form || !input || !status || !list) return;
  if (extras) extras.hidden = true;
  if (sort && sort.parentNode) sort.parentNode.hidden = true;

  function fold(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
  }
  function count(haystack, term) {
    var n = 0;
    var at = haystack.indexOf(term);
    while (at !== -1) { n++; at = haystack.indexOf(term, at + term.length); }
    return n;
  }
  function mark(parent, text, words) {
    var folded = fold(text);
    var i = 0;
    while (i < text.length) {
      var next = -1;
      var len = 0;
      for (var w = 0; w < words.length; w++) {
        var at = folded.indexOf(words[w], i);
        if (at !== -1 && (next === -1 || at < next)) { next = at; len = words[w].length; }
      }
      if (next === -1) { parent.appendChild(document.createTextNode(text.slice(i))); break; }
      if (next > i) parent.appendChild(document.createTextNode(text.slice(i, next)));
      var m = document.createElement('mark');
      m.textContent = text.slice(next, next + len);
      parent.appendChild(m);
      i = next + len;
    }
  }
  function run(query) {
    var words = terms(query);
    list.textContent = '';
    if (words.length === 0) { status.textContent = 'Type a word or phrase to search the archive.'; return; }
    var results = [];
    data.articles.forEach(function (a) {
      var title = fold(a.t);
      var score = 0;
      var best = null;
      var bestScore = 0;
      var all = true;
      words.forEach(function (w) {
        var inArticle = title.indexOf(w) !== -1 || a.s.some(function (p) { return fold(p[1]).indexOf(w) !== -1; });
        if (!inArticle) all = false;
      });
      if (!all) return;
      words.forEach(function (w) { score += 5 * count(title, w); });
      a.s.forEach(function (p) {
        var text = fold(p[1]);
        var s = 0;
        words.forEach(function (w) { s += count(text, w); });
        score += s;
        if (s > bestScore) { bestScore = s; best = p; }
      });
      results.push({ a: a, score: score, best: best });
    });
    results.sort(function (x, y) { return y.score - x.score || (x.a.t < y.a.t ? -1 : 1); });
    results.slice(0, 50).forEach(function (r) {
      var li = document.createElement('li');
      var link = document.createElement('a');
      link.href = '../' + r.a.u;
      link.textContent = r.a.t;
      li.appendChild(link);
      var meta = document.createElement('span');
      meta.className = 'source-meta';
      meta.textContent = [r.a.p, r.a.d || 'undated'].filter(Boolean).join(' · ');
      li.appendChild(meta);
      if (r.best) {
        var p = document.createElement('p');
        p.className = 'search-excerpt';
        var passage = document.createElement('a');
        passage.href = '../' + r.a.u + '#' + r.best[0];
        mark(passage, r.best[1].length > 240 ? r.best[1].slice(0, 240) + '…' : r.best[1], words);
        p.appendChild(passage);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    status.textContent = results.length === 0 ? 'No results for “' + query + '”.' : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '” (offline copy: titles and passages).';
  }
  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run(input.value.trim());
  });
  run(input.value.trim());
})();
