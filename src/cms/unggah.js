/*
 * Simpul upload guard for the Decap admin page. Decap's image widget offers SVG, and its file
 * widget any file; the build publishes only photos (re-encoded) and PDFs, and an SVG could run
 * script on the origin the members' logins share. So the file pickers accept only those types,
 * and a file of another type is refused before Decap sees it (the build's check refuses it too).
 */
(function () {
  'use strict';
  var ALLOWED = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'pdf'];
  var ACCEPT = ALLOWED.map(function (e) {
    return '.' + e;
  }).join(',');
  var PESAN =
    'Berkas ini tidak bisa diunggah: {nama}. Yang diterima hanya foto JPG, PNG, WebP, AVIF atau GIF, dan dokumen PDF. ' +
    'Gambar SVG tidak diterima karena bisa berisi skrip; simpan sebagai PNG atau JPG.';

  function allowed(file) {
    var m = /\.([a-z0-9]+)$/i.exec(file.name || '');
    return !!m && ALLOWED.indexOf(m[1].toLowerCase()) !== -1 && !/svg|html|xml|javascript/i.test(file.type || '');
  }

  /** Stops the event when any file is not allowed; says which. */
  function check(event, files, clear) {
    var bad = [];
    for (var i = 0; i < (files ? files.length : 0); i++) if (!allowed(files[i])) bad.push(files[i].name);
    if (bad.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (clear) clear();
    window.alert(PESAN.replace('{nama}', bad.join(', ')));
  }

  document.addEventListener(
    'change',
    function (event) {
      var input = event.target;
      if (input && input.type === 'file')
        check(event, input.files, function () {
          input.value = '';
        });
    },
    true
  );
  document.addEventListener(
    'drop',
    function (event) {
      check(event, event.dataTransfer && event.dataTransfer.files);
    },
    true
  );

  // Decap renders its file inputs late; mark each with the types we accept.
  new MutationObserver(function () {
    var inputs = document.querySelectorAll('input[type=file]:not([accept="' + ACCEPT + '"])');
    for (var i = 0; i < inputs.length; i++) inputs[i].setAttribute('accept', ACCEPT);
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
