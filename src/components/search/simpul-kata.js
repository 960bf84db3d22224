/*
 * Simpul search page: the visitor's words against the site's vocabulary (plain browser
 * JavaScript, served from `<base>pagefind/`, read by simpul-cari.js as window.SimpulKata).
 *
 * The vocabulary (`simpul-kata.json`, written by scripts/lib/search/kata.ts) holds the
 * site's words with their counts and each word's root from a dictionary stemmer. A word
 * the site uses is searched as typed: the index already joins it to the other forms of its
 * root. A word the site does not use ("penanaman") is reduced by Indonesian affix rules to
 * a root the site knows ("tanam"); failing that, the nearest known word is suggested.
 */
(function (root) {
  'use strict';

  var PARTIKEL = ['lah', 'kah', 'tah', 'pun'];
  var POSESIF = ['nya', 'ku', 'mu'];
  var AKHIRAN = ['kan', 'an', 'i'];
  var VOKAL = /^[aiueo]/;

  /** The query's words as the index sees them: lowercase letters and digits. */
  function kataKata(teks) {
    return (
      String(teks)
        .toLowerCase()
        .normalize('NFC')
        .match(/[\p{L}\p{N}]+/gu) || []
    );
  }

  /** Forms after removing one prefix, with meN-/peN- nasal assimilation undone. */
  function tanpaAwalan(w) {
    var out = [];
    var m;
    if ((m = /^(di|ke|se)(.{3,})$/.exec(w))) out.push(m[2]);
    if ((m = /^(ber|ter|per)(.{3,})$/.exec(w))) out.push(m[2]);
    if ((m = /^(be|te|pe)(r.{3,})$/.exec(w))) out.push(m[2]);
    if ((m = /^[mp]e(ng|ny|n|m)?(.{2,})$/.exec(w))) {
      var nasal = m[1] || '';
      var sisa = m[2];
      var vokal = VOKAL.test(sisa);
      if (nasal === 'ng') out.push(sisa, vokal ? 'k' + sisa : sisa);
      else if (nasal === 'ny') {
        if (vokal) out.push('s' + sisa);
      } else if (nasal === 'n') out.push(vokal ? 't' + sisa : sisa);
      else if (nasal === 'm') out.push(vokal ? 'p' + sisa : sisa);
      else if (/^[lrwy]/.test(sisa)) out.push(sisa);
    }
    return out.filter(function (x) {
      return x.length >= 3;
    });
  }

  /** Forms after removing a particle, a possessive and one suffix, each optional. */
  function tanpaAkhiran(w) {
    var out = [w];
    [PARTIKEL, POSESIF, AKHIRAN].forEach(function (daftar) {
      out.slice().forEach(function (x) {
        daftar.forEach(function (a) {
          if (x.length > a.length + 2 && x.slice(-a.length) === a) out.push(x.slice(0, -a.length));
        });
      });
    });
    return out;
  }

  /** Damerau–Levenshtein (optimal string alignment) distance, giving up past `maks`. */
  function jarak(a, b, maks) {
    if (Math.abs(a.length - b.length) > maks) return maks + 1;
    var d = [];
    for (var i = 0; i <= a.length; i++) {
      d[i] = [i];
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) {
          d[i][j] = j;
          continue;
        }
        var c = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
      }
      if (Math.min.apply(null, d[i]) > maks) return maks + 1;
    }
    return d[a.length][b.length];
  }

  /**
   * The site's vocabulary, from the parsed `simpul-kata.json`:
   * `{ kata: { word: count }, akar: { word: root } }`.
   */
  function buat(data) {
    var kata = (data && data.kata) || {};
    var akar = (data && data.akar) || {};
    var akarDikenal = Object.create(null);
    var daftar = Object.keys(kata);
    daftar.forEach(function (w) {
      akarDikenal[akar[w] || w] = true;
    });
    var has = Object.prototype.hasOwnProperty;

    /** A root of `w` that the site uses, by affix rules; undefined if none. */
    function akarDari(w) {
      var calon = [];
      tanpaAkhiran(w).forEach(function (x) {
        calon.push(x);
        tanpaAwalan(x).forEach(function (y) {
          calon.push(y);
          tanpaAwalan(y).forEach(function (z) {
            calon.push(z);
          });
        });
      });
      for (var i = 1; i < calon.length; i++) {
        if (akarDikenal[calon[i]]) return calon[i];
        if (has.call(kata, calon[i])) return akar[calon[i]] || calon[i];
      }
      return undefined;
    }

    /** The known word nearest to `w`: fewest edits first, then the most frequent. */
    function saran(w) {
      if (w.length < 3 || /^\d/.test(w)) return undefined;
      var maks = w.length <= 4 ? 1 : 2;
      var terbaik;
      var skor = Infinity;
      for (var i = 0; i < daftar.length; i++) {
        var k = daftar[i];
        var d = jarak(w, k, maks);
        if (d > maks) continue;
        // One edit beats two, whatever the counts; the count breaks ties.
        var s = d * 1e9 - kata[k];
        if (s < skor) {
          skor = s;
          terbaik = k;
        }
      }
      return terbaik;
    }

    /**
     * What to search for a query, and what to tell the visitor:
     * - `istilah`: the query for Pagefind, with words the site does not use reduced to roots;
     * - `tidakDikenal`: words neither the site nor any root of theirs knows;
     * - `saran`: the query with each unknown word replaced by its nearest known word, or
     *   undefined when there is nothing to suggest.
     */
    function periksa(teks) {
      var words = kataKata(teks);
      var istilah = [];
      var tidakDikenal = [];
      var koreksi = [];
      var adaSaran = false;
      words.forEach(function (w) {
        if (has.call(kata, w) || /^\d+$/.test(w) || w.length < 3) {
          istilah.push(w);
          koreksi.push(w);
          return;
        }
        var r = akarDari(w);
        if (r) {
          istilah.push(r);
          koreksi.push(w);
          return;
        }
        tidakDikenal.push(w);
        istilah.push(w);
        var s = saran(w);
        if (s) adaSaran = true;
        koreksi.push(s || w);
      });
      return { istilah: istilah.join(' '), tidakDikenal: tidakDikenal, saran: adaSaran ? koreksi.join(' ') : undefined };
    }

    return { periksa: periksa, saran: saran, akarDari: akarDari };
  }

  root.SimpulKata = { buat: buat, jarak: jarak, kataKata: kataKata };
})(typeof window !== 'undefined' ? window : globalThis);
