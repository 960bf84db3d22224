/**
 * The CMS preview panes of berita, potensi and produk. They mirror the markup of the theme's
 * detail pages (src/pages/[site]/<jenis>/[...name]/) and take every formatted value and
 * label from the same modules those pages use, so a preview cannot show another date,
 * price or wording than the published page. tests/cms/preview.test.ts compares the two.
 *
 * `h` is React.createElement, passed in: Decap ships React and sets `window.h`.
 */
import { t } from '../i18n/id.ts';
import { formatDate } from '../lib/dates.ts';
import { formatPricePerUnit, formatRupiah } from '../lib/price.ts';
import { kategoriBerita } from '../schemas/berita.ts';
import { kategoriPotensi } from '../schemas/potensi.ts';
import { kategoriProduk } from '../schemas/produk.ts';

export type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** The parts of Decap's Immutable.js values the previews read. */
interface ImmutableLike {
  get(key: string): unknown;
  toJS(): unknown;
}

/** What Decap passes to a preview template. */
export interface PreviewProps {
  entry: ImmutableLike;
  getAsset(path: string): { toString(): string } | null | undefined;
  widgetFor(name: string): unknown;
}

interface Photo {
  src?: string;
  alt?: string;
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** The entry's front matter as plain data. */
function dataOf(props: PreviewProps): Record<string, unknown> {
  const d = props.entry.get('data') as ImmutableLike | undefined;
  return (d?.toJS() as Record<string, unknown>) ?? {};
}

/**
 * A date field as the theme reads it: a date-only value (`2026-08-17`) is UTC midnight, the
 * calendar day itself. Anything unreadable yields no date rather than "Invalid Date".
 */
export function previewDate(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  const s = asText(v);
  if (!s) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : s.slice(0, 10));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** A number field still being typed may be a string, or empty. */
export function previewNumber(v: unknown): number | undefined {
  if (v === '' || v == null) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const labelOf = (labels: Record<string, string>, v: unknown): string => labels[asText(v)] ?? asText(v);

/** The preview builders, bound to Decap's `h` and the KIM's name. */
export function createPreviews(h: H, siteName: string) {
  const empty = (text: string) => h('span', { className: 'pratinjau-catatan' }, text);

  function photo(props: PreviewProps, f: Photo | undefined, className?: string) {
    if (!f?.src) return null;
    const src = props.getAsset(f.src)?.toString();
    return src ? h('img', { className, src, alt: f.alt ?? '' }) : null;
  }

  /** The theme's page frame around the article (src/layouts/SiteLayout.astro, reduced). */
  function frame(children: unknown[]) {
    return h(
      'div',
      null,
      h('header', { className: 'kepala' }, h('div', { className: 'wadah kepala-isi' }, h('span', { className: 'merek' }, siteName))),
      h('main', { id: 'konten' }, h('div', { className: 'wadah' }, h('article', { className: 'artikel' }, ...children))),
    );
  }

  function BeritaPreview(props: PreviewProps) {
    const d = dataOf(props);
    const date = previewDate(d.tanggal);
    const meta = [
      date ? formatDate(date, { hari: true }) : '',
      d.kategori ? labelOf(kategoriBerita, d.kategori) : '',
      d.penulis ? t.berita.oleh(asText(d.penulis)) : '',
    ].filter(Boolean);
    return frame([
      h('h1', { key: 'j' }, asText(d.judul) || empty(t.cms.pratinjau.judulBerita)),
      meta.length ? h('p', { key: 'm', className: 'meta' }, meta.join(' · ')) : null,
      h('div', { key: 'f' }, photo(props, d.gambar as Photo | undefined, 'foto-utama')),
      h('div', { key: 'b', className: 'artikel-isi' }, props.widgetFor('body')),
    ]);
  }

  function PotensiPreview(props: PreviewProps) {
    const d = dataOf(props);
    const photos = Array.isArray(d.gambar) ? (d.gambar as Photo[]) : [];
    const location = (d.lokasi ?? {}) as { alamat?: string };
    const contact = (d.kontak ?? {}) as { nama?: string; whatsapp?: string };
    return frame([
      h('h1', { key: 'n' }, asText(d.nama) || empty(t.cms.pratinjau.namaPotensi)),
      h(
        'p',
        { key: 'k', className: 'meta' },
        labelOf(kategoriPotensi, d.kategori),
        d.unggulan ? [' · ', h('span', { key: 'u', className: 'lencana' }, t.potensi.unggulan)] : null,
      ),
      h('div', { key: 'f' }, photo(props, photos[0], 'foto-utama')),
      d.ringkasan ? h('p', { key: 'r', className: 'ringkasan' }, asText(d.ringkasan)) : null,
      h('div', { key: 'b', className: 'artikel-isi' }, props.widgetFor('body')),
      photos.length > 1
        ? h(
            'section',
            { key: 'g' },
            h('h2', null, t.potensi.foto),
            h(
              'ul',
              { className: 'galeri' },
              photos.slice(1).map((f, i) => h('li', { key: i }, photo(props, f))),
            ),
          )
        : null,
      location.alamat ? h('section', { key: 'l', className: 'kotak' }, h('h2', null, t.potensi.lokasi), h('p', null, location.alamat)) : null,
      contact.nama || contact.whatsapp
        ? h(
            'section',
            { key: 'c', className: 'kotak' },
            h('h2', null, t.potensi.kontak),
            contact.nama ? h('p', null, contact.nama) : null,
            contact.whatsapp
              ? h('p', { className: 'tombol-baris' }, h('span', { className: 'tombol tombol-wa' }, t.potensi.hubungiWhatsapp(contact.nama || undefined)))
              : null,
          )
        : null,
    ]);
  }

  function ProdukPreview(props: PreviewProps) {
    const d = dataOf(props);
    const price = previewNumber(d.harga);
    return frame([
      h('h1', { key: 'n' }, asText(d.nama) || empty(t.cms.pratinjau.namaProduk)),
      h('p', { key: 'k', className: 'meta' }, labelOf(kategoriProduk, d.kategori)),
      h('div', { key: 'f' }, photo(props, d.gambar as Photo | undefined, 'foto-utama')),
      h(
        'dl',
        { key: 'd', className: 'fakta' },
        h('dt', null, t.produk.harga),
        h('dd', { className: 'harga' }, price === undefined ? '–' : d.satuan ? formatPricePerUnit(price, asText(d.satuan)) : formatRupiah(price)),
        h('dt', null, t.produk.penjual),
        h('dd', null, asText(d.penjual) || '–'),
      ),
      h('p', { key: 'w', className: 'tombol-baris' }, h('span', { className: 'tombol tombol-wa' }, t.produk.pesan)),
      h('p', { key: 'c', className: 'meta' }, t.produk.catatanPesan),
      d.ringkasan ? h('p', { key: 'r', className: 'ringkasan' }, asText(d.ringkasan)) : null,
      h('div', { key: 'b', className: 'artikel-isi' }, props.widgetFor('body')),
    ]);
  }

  return { berita: BeritaPreview, potensi: PotensiPreview, produk: ProdukPreview };
}
