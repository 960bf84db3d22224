/*
 * Simpul search page glue (plain browser JavaScript, served from `<base>pagefind/`).
 * Connects the page's own GET form(s) to Pagefind's Component UI: results appear as the
 * visitor types, `?q=` from a header form starts a search, and the address bar keeps the
 * current query so it can be shared. Without this script the forms still submit to `cari/`.
 */
(function () {
  'use strict';
  var ui = document.querySelector('[data-cari-ui]');
  var pesan = document.querySelector('[data-cari-pesan]');
  if (!ui) return;

  var components = window.PagefindComponents;
  if (!components || !components.getInstanceManager) {
    var teks = document.querySelector('[data-cari-pesan-teks]');
    if (teks) teks.textContent = teks.getAttribute('data-gagal');
    return;
  }
  var instance = components.getInstanceManager().getInstance('default');
  try {
    instance.setTranslations(JSON.parse(ui.getAttribute('data-teks') || '{}'));
  } catch (e) {
    // Pagefind's own Indonesian strings remain.
  }
  ui.hidden = false;
  if (pesan) pesan.hidden = true;

  var inputs = Array.prototype.slice.call(document.querySelectorAll('form[data-form-cari] input[name="q"]'));
  var timer = 0;

  function cari(term, source) {
    inputs.forEach(function (input) {
      if (input !== source) input.value = term;
    });
    instance.triggerSearch(term.trim());
    var url = new URL(window.location.href);
    if (term.trim()) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url.href);
  }

  inputs.forEach(function (input) {
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        cari(input.value, input);
      }, 150);
    });
    if (input.form) {
      input.form.addEventListener('submit', function (event) {
        event.preventDefault();
        window.clearTimeout(timer);
        cari(input.value, input);
      });
    }
  });

  var q = new URLSearchParams(window.location.search).get('q') || '';
  if (q.trim()) cari(q, null);
})();
