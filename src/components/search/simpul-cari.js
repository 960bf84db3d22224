/*
 * Simpul search page glue (plain browser JavaScript, served from `<base>pagefind/`).
 * Connects the page's own GET form(s) to Pagefind's Component UI: results appear as the
 * visitor types, `?q=` from a header form starts a search, and the address bar keeps the
 * current query so it can be shared. Without this script the forms still submit to `cari/`.
 *
 * Each query first goes through the site's vocabulary (simpul-kata.js): words the site does
 * not use are reduced to a root it does, and misspelt words get a "did you mean" link.
 */
(function () {
  'use strict';
  var ui = document.querySelector('[data-cari-ui]');
  var gagal = document.querySelector('[data-cari-gagal]');
  var koreksi = document.querySelector('[data-cari-koreksi]');
  if (!ui) return;
  var here = document.currentScript && document.currentScript.src;
  var bundle = here ? new URL('./', here).href : '';

  // The components' stylesheet, loaded here rather than by a <link> in the page, so it never
  // blocks the first paint (without JavaScript there is nothing for it to style).
  var css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = bundle + 'pagefind-component-ui.css';
  document.head.appendChild(css);

  var components = window.PagefindComponents;
  if (!components || !components.getInstanceManager) {
    if (gagal) gagal.hidden = false;
    return;
  }
  var instance = components.getInstanceManager().getInstance('default');
  try {
    instance.setTranslations(JSON.parse(ui.getAttribute('data-teks') || '{}'));
  } catch (_e) {
    // Pagefind's own Indonesian strings remain.
  }
  ui.hidden = false;
  var teks = {};
  try {
    teks = JSON.parse((koreksi && koreksi.getAttribute('data-teks')) || '{}');
  } catch (_e) {
    // No messages: the search itself still runs.
  }

  // The vocabulary loads once; a search waits for it, and runs as typed if it fails.
  var kata = window.SimpulKata
    ? fetch(bundle + 'simpul-kata.json')
        .then(function (r) {
          return r.ok ? r.json() : {};
        })
        .catch(function () {
          return {};
        })
        .then(function (data) {
          return window.SimpulKata.buat(data);
        })
    : Promise.resolve(null);

  var inputs = Array.prototype.slice.call(document.querySelectorAll('form[data-form-cari] input[name="q"]'));
  var timer = 0;

  /** Tells which words the site does not have, and offers the nearest known ones. */
  function tampilkanKoreksi(hasil) {
    if (!koreksi) return;
    koreksi.textContent = '';
    if (!hasil) return;
    if (hasil.tidakDikenal.length) {
      var p = document.createElement('p');
      p.appendChild(document.createTextNode(teks.tidakAda + ' '));
      hasil.tidakDikenal.forEach(function (w, i) {
        if (i) p.appendChild(document.createTextNode(', '));
        var b = document.createElement('strong');
        b.textContent = w;
        p.appendChild(b);
      });
      p.appendChild(document.createTextNode('.'));
      koreksi.appendChild(p);
    }
    if (hasil.saran) {
      var q = document.createElement('p');
      q.appendChild(document.createTextNode(teks.mungkin + ' '));
      var a = document.createElement('a');
      var url = new URL(window.location.href);
      url.searchParams.set('q', hasil.saran);
      a.href = url.href;
      a.setAttribute('data-cari-saran', '');
      var strong = document.createElement('strong');
      strong.textContent = hasil.saran;
      a.appendChild(strong);
      a.addEventListener('click', function (event) {
        event.preventDefault();
        cari(hasil.saran, null);
        // The link goes away with the new search: keep the keyboard in the field.
        if (inputs[inputs.length - 1]) inputs[inputs.length - 1].focus();
      });
      q.appendChild(a);
      q.appendChild(document.createTextNode('?'));
      koreksi.appendChild(q);
    }
  }

  var urutan = 0;
  function cari(term, source) {
    inputs.forEach(function (input) {
      if (input !== source) input.value = term;
    });
    var nomor = ++urutan;
    kata.then(function (k) {
      if (nomor !== urutan) return;
      var hasil = k && term.trim() ? k.periksa(term) : null;
      var asli = window.SimpulKata ? window.SimpulKata.kataKata(term).join(' ') : '';
      // Pagefind gets the query as typed unless a word had to be reduced to its root.
      instance.triggerSearch(hasil && hasil.istilah !== asli ? hasil.istilah : term.trim());
      tampilkanKoreksi(hasil);
    });
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
