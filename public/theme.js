/*
 * Dossier: the colour theme, set before the first paint. A classic script loaded with a
 * blocking <script src> in <head> (the CSP forbids inline scripts), so it also runs in the
 * portable file:// copy. Light or dark follows the system until the reader picks one with
 * the header's toggle; the choice is kept in localStorage. It also opens the disclosures
 * that wide screens always show (details[data-open-at]).
 */
(function () {
  var KEY = 'dossier-theme';
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function stored() {
    try {
      var t = window.localStorage.getItem(KEY);
      return t === 'light' || t === 'dark' ? t : null;
    } catch (e) {
      return null;
    }
  }
  function apply(theme) {
    if (theme) root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
  }
  function effective() {
    return root.getAttribute('data-theme') || (dark && dark.matches ? 'dark' : 'light');
  }
  function sync() {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(effective() === 'dark'));
  }

  function openWhen(details) {
    if (!window.matchMedia) return;
    var query = window.matchMedia(details.getAttribute('data-open-at'));
    var auto = false;
    function update() {
      if (query.matches && !details.open) details.open = auto = true;
      else if (!query.matches && auto) details.open = auto = false;
    }
    update();
    if (query.addEventListener) query.addEventListener('change', update);
  }

  apply(stored());
  root.setAttribute('data-js', '');

  document.addEventListener('DOMContentLoaded', function () {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
      buttons[i].disabled = false;
      buttons[i].addEventListener('click', function () {
        var next = effective() === 'dark' ? 'light' : 'dark';
        apply(next);
        try {
          window.localStorage.setItem(KEY, next);
        } catch (e) {
          /* private mode: the choice lasts for this page only */
        }
        sync();
      });
    }
    sync();
    // Disclosures that are always shown on wide screens (the sidebar, the table of contents):
    // CSS shows them there even when closed (::details-content); opening them also tells
    // assistive technology and browsers without ::details-content that they are shown.
    var wide = document.querySelectorAll('details[data-open-at]');
    for (var j = 0; j < wide.length; j++) openWhen(wide[j]);
  });
  if (dark && dark.addEventListener) dark.addEventListener('change', sync);
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      apply(stored());
      sync();
    }
  });
})();
