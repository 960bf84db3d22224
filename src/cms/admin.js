/*
 * Runs in the browser on a KIM's /admin/ page, before and around the Decap CMS bundle.
 * The generator (scripts/lib/cms/admin.ts) prepends `window.SIMPUL_CMS = {...}` with the
 * Indonesian locale, the KIM's name, collection names and option labels.
 *
 * Plain ES2019, no build step: it is copied as is. `CMS` and `h` (React.createElement) are
 * globals set by decap-cms.js.
 */
/* global CMS, h */
(function () {
  'use strict';
  var SIMPUL = window.SIMPUL_CMS;
  // We register the locale, previews and hooks first, then start Decap ourselves.
  window.CMS_MANUAL_INIT = true;

  var tanggalFmt = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
  var rupiahFmt = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

  function formatTanggal(v) {
    if (!v) return '';
    var d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? v + 'T00:00:00' : v);
    return isNaN(d.getTime()) ? String(v) : tanggalFmt.format(d);
  }

  function formatRupiah(v) {
    var n = Number(v);
    return v === '' || v === undefined || v === null || isNaN(n) ? '' : rupiahFmt.format(n);
  }

  /* ----- Saving: drop what was left empty ------------------------------------------------
   * Decap stores an emptied field as "" (or an empty object). The schemas treat a missing
   * optional field as "not given" but "" as a wrong value, so blanks are removed before the
   * file is written. Lists are kept as they are (an empty list is a valid value).
   */
  function isCollection(v) {
    return v !== null && typeof v === 'object' && typeof v.toJS === 'function' && typeof v.filter === 'function';
  }
  function isList(v) {
    return isCollection(v) && typeof v.push === 'function';
  }
  function isBlank(v) {
    return v === '' || v === null || v === undefined || (isCollection(v) && !isList(v) && v.size === 0);
  }
  function prune(v) {
    if (!isCollection(v)) return v;
    var mapped = v.map(prune);
    return isList(v) ? mapped : mapped.filter(function (x) { return !isBlank(x); });
  }

  /* ----- Previews: the real page's markup and CSS ----------------------------------------- */
  function label(kind, value) {
    var labels = (SIMPUL.pilihan && SIMPUL.pilihan[kind]) || {};
    return labels[value] || value || '';
  }

  function assetUrl(props, path) {
    if (!path) return null;
    var asset = props.getAsset(path);
    return asset ? asset.toString() : null;
  }

  function foto(props, f, className) {
    if (!f) return null;
    var src = assetUrl(props, f.get('src'));
    if (!src) return null;
    return h('img', { className: className, src: src, alt: f.get('alt') || '' });
  }

  /* The same markup as the theme's detail pages (src/pages/[site]/<jenis>/[...name]). */
  function frame(children) {
    return h(
      'div',
      null,
      h('header', { className: 'kepala' }, h('div', { className: 'wadah kepala-isi' }, h('span', { className: 'merek' }, SIMPUL.siteName))),
      h('main', { id: 'konten' }, h('div', { className: 'wadah' }, h('article', { className: 'artikel' }, children))),
    );
  }

  function kosong(text) {
    return h('span', { className: 'pratinjau-catatan' }, text);
  }

  function BeritaPreview(props) {
    var d = props.entry.get('data');
    var meta = [formatTanggal(d.get('tanggal')), label('berita', d.get('kategori')), d.get('penulis') ? 'Oleh ' + d.get('penulis') : '']
      .filter(Boolean)
      .join(' · ');
    return frame([
      h('h1', { key: 'j' }, d.get('judul') || kosong('Judul berita')),
      meta ? h('p', { key: 'm', className: 'meta' }, meta) : null,
      h('div', { key: 'f' }, foto(props, d.get('gambar'), 'foto-utama')),
      h('div', { key: 'b', className: 'artikel-isi' }, props.widgetFor('body')),
    ]);
  }

  function PotensiPreview(props) {
    var d = props.entry.get('data');
    var gambar = d.get('gambar');
    var photos = gambar && gambar.toArray ? gambar.toArray() : [];
    var lokasi = d.get('lokasi');
    var kontak = d.get('kontak');
    return frame([
      h('h1', { key: 'n' }, d.get('nama') || kosong('Nama potensi')),
      h('p', { key: 'k', className: 'meta' }, label('potensi', d.get('kategori')), d.get('unggulan') ? [' · ', h('span', { key: 'u', className: 'lencana' }, 'Unggulan')] : null),
      h('div', { key: 'f' }, foto(props, photos[0], 'foto-utama')),
      d.get('ringkasan') ? h('p', { key: 'r', className: 'ringkasan' }, d.get('ringkasan')) : null,
      h('div', { key: 'b', className: 'artikel-isi' }, props.widgetFor('body')),
      photos.length > 1
        ? h('section', { key: 'g' }, h('h2', null, 'Foto'), h('ul', { className: 'galeri' }, photos.slice(1).map(function (f, i) { return h('li', { key: i }, foto(props, f)); })))
        : null,
      lokasi && lokasi.get('alamat')
        ? h('section', { key: 'l', className: 'kotak' }, h('h2', null, 'Lokasi'), h('p', null, lokasi.get('alamat')))
        : null,
      kontak && (kontak.get('nama') || kontak.get('whatsapp'))
        ? h('section', { key: 'c', className: 'kotak' }, h('h2', null, 'Kontak'), kontak.get('nama') ? h('p', null, kontak.get('nama')) : null,
            kontak.get('whatsapp') ? h('p', { className: 'tombol-baris' }, h('span', { className: 'tombol tombol-wa' }, 'Hubungi lewat WhatsApp')) : null)
        : null,
    ]);
  }

  function ProdukPreview(props) {
    var d = props.entry.get('data');
    var harga = formatRupiah(d.get('harga'));
    return frame([
      h('h1', { key: 'n' }, d.get('nama') || kosong('Nama produk')),
      h('p', { key: 'k', className: 'meta' }, label('produk', d.get('kategori'))),
      h('div', { key: 'f' }, foto(props, d.get('gambar'), 'foto-utama')),
      h('dl', { key: 'd', className: 'fakta' },
        h('dt', null, 'Harga'), h('dd', { className: 'harga' }, harga ? harga + (d.get('satuan') ? '/' + d.get('satuan') : '') : '–'),
        h('dt', null, 'Penjual'), h('dd', null, d.get('penjual') || '–')),
      h('p', { key: 'w', className: 'tombol-baris' }, h('span', { className: 'tombol tombol-wa' }, 'Pesan lewat WhatsApp')),
      d.get('ringkasan') ? h('p', { key: 'r', className: 'ringkasan' }, d.get('ringkasan')) : null,
      h('div', { key: 'b', className: 'artikel-isi' }, props.widgetFor('body')),
    ]);
  }

  /* ----- The body editor's photo block, labelled in Indonesian ----------------------------
   * Decap's own image component says "Image", "Alt Text" and "Title" whatever the locale.
   * Registering the same id again replaces it; the Markdown it reads and writes is unchanged.
   */
  var fotoKomponen = {
    id: 'image',
    label: 'Foto',
    pattern: /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/,
    fromBlock: function (match) {
      return match && { image: match[2], alt: match[1], title: match[4] };
    },
    toBlock: function (d) {
      var title = d.title ? ' "' + d.title.replace(/"/g, '\\"') + '"' : '';
      return '![' + (d.alt || '') + '](' + (d.image || '') + title + ')';
    },
    toPreview: function (d, getAsset, fields) {
      var imageField = fields && fields.find(function (f) { return f.get('widget') === 'image'; });
      return h('img', { src: getAsset(d.image, imageField) || '', alt: d.alt || '', title: d.title || '' });
    },
    fields: [
      { label: 'Foto', name: 'image', widget: 'image', media_library: { allow_multiple: false } },
      { label: 'Keterangan foto', name: 'alt', hint: 'Apa yang terlihat di foto, untuk pembaca yang tidak bisa melihatnya.' },
      { label: 'Judul foto', name: 'title', required: false },
    ],
  };

  /* Notifications (react-toastify inside Decap) label their close button "close" whatever the
   * locale: relabel it when it appears, for screen readers. */
  function relabelEnglish() {
    new MutationObserver(function () {
      var els = document.querySelectorAll('[aria-label="close"]');
      for (var i = 0; i < els.length; i++) els[i].setAttribute('aria-label', 'Tutup');
    }).observe(document.body, { childList: true, subtree: true });
  }

  function setup() {
    relabelEnglish();
    CMS.registerLocale('id', SIMPUL.locale);
    CMS.registerEditorComponent(fotoKomponen);
    CMS.registerPreviewStyle(SIMPUL.previewCss);
    var c = SIMPUL.collections;
    if (c.berita) CMS.registerPreviewTemplate(c.berita, BeritaPreview);
    if (c.potensi) CMS.registerPreviewTemplate(c.potensi, PotensiPreview);
    if (c.produk) CMS.registerPreviewTemplate(c.produk, ProdukPreview);
    CMS.registerEventListener({
      name: 'preSave',
      handler: function (ev) {
        var data = ev.entry.get('data');
        var cleaned = prune(data);
        // The body is the Markdown text, not front matter: keep it even when empty.
        return data.has('body') ? cleaned.set('body', data.get('body') || '') : cleaned;
      },
    });
    CMS.init();
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.CMS) {
      document.body.textContent = 'Halaman kelola gagal dimuat. Periksa sambungan internet, lalu muat ulang halaman ini.';
      return;
    }
    setup();
  });
})();
