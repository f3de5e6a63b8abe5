/*
 * Dossier: the colour theme, set before the first paint. A classic script loaded with a
 * blocking <script src> in <head> (the CSP forbids inline scripts), so it also runs in the
 * portable file:// copy. Light or dark follows the system until the reader picks one with
 * the header's toggle; the choice is kept in localStorage.
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
    // Browsers without ::details-content cannot show a closed <details> by CSS: open the
    // sidebar on wide screens, where it is always shown.
    var supported = window.CSS && CSS.supports && CSS.supports('selector(::details-content)');
    var sidebar = document.getElementById('sidebar');
    if (!supported && sidebar && window.matchMedia && window.matchMedia('(min-width: 56rem)').matches) sidebar.open = true;
  });
  if (dark && dark.addEventListener) dark.addEventListener('change', sync);
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      apply(stored());
      sync();
    }
  });
})();
