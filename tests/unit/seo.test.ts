import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  CONTENT_SECURITY_POLICY,
  jsonLdText,
  newsArticleJsonLd,
  organizationJsonLd,
  pageTitle,
  placeJsonLd,
  productJsonLd,
} from '../../src/lib/seo.ts';

const site = {
  nama: 'KIM Beta Mandiri',
  url: 'https://diskominfo.example.id/kim-beta/',
  wilayah: { desa: 'Karang Anyar', kecamatan: 'Tarakan Barat', kabupaten: 'Kota Tarakan', provinsi: 'Kalimantan Utara' },
};

describe('seo', () => {
  it('titles pages with the site name', () => {
    expect(pageTitle('Berita', 'KIM Beta Mandiri')).toBe('Berita | KIM Beta Mandiri');
    expect(pageTitle('KIM Beta Mandiri', 'KIM Beta Mandiri')).toBe('KIM Beta Mandiri');
  });

  it('allows no inline script and only the listed frames', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-src https://www.youtube-nocookie.com https://www.youtube.com https://www.google.com https://maps.google.com https://www.openstreetmap.org; base-uri 'self'; form-action 'self'",
    );
  });

  it('escapes < so member text cannot close the script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });

  it('describes the KIM as an Organization', () => {
    const org = organizationJsonLd({ site, deskripsi: 'Situs warga', kontak: { alamat: 'Jl. Contoh 1', email: 'kim@contoh.id' }, sameAs: [] });
    expect(org).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://diskominfo.example.id/kim-beta/#organisasi',
      name: 'KIM Beta Mandiri',
      url: 'https://diskominfo.example.id/kim-beta/',
      description: 'Situs warga',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Jl. Contoh 1',
        addressLocality: 'Karang Anyar, Tarakan Barat',
        addressRegion: 'Kota Tarakan, Kalimantan Utara',
        addressCountry: 'ID',
      },
      email: 'kim@contoh.id',
    });
  });

  it('describes a news article', () => {
    const a = newsArticleJsonLd({
      url: 'https://x.id/berita/pasar/',
      judul: 'Pasar Murah',
      ringkasan: 'Ringkas.',
      tanggal: '2026-10-07',
      penulis: 'Tim KIM',
      situs: site,
      imageUrl: 'https://x.id/_astro/a.jpeg',
    });
    expect(a['@type']).toBe('NewsArticle');
    expect(a.datePublished).toBe('2026-10-07');
    expect(a.author).toEqual({ '@type': 'Person', name: 'Tim KIM' });
    expect(a.image).toEqual(['https://x.id/_astro/a.jpeg']);
    expect(a.publisher).toMatchObject({ '@id': 'https://diskominfo.example.id/kim-beta/#organisasi' });
  });

  it('describes a product with an IDR offer', () => {
    const p = productJsonLd({ url: 'https://x.id/produk/k/', nama: 'Keripik', ringkasan: 'Renyah', harga: 25000, penjual: 'PKK', kategori: 'Makanan' });
    expect(p.offers).toEqual({
      '@type': 'Offer',
      url: 'https://x.id/produk/k/',
      price: '25000',
      priceCurrency: 'IDR',
      availability: 'https://schema.org/InStock',
      seller: { '@type': 'Organization', name: 'PKK' },
    });
    expect(p).not.toHaveProperty('image');
  });

  it('adds coordinates to a place only when both are known', () => {
    expect(placeJsonLd({ url: 'u', nama: 'n', ringkasan: 'r', alamat: 'a', lat: -7.9, lng: 112.9 }).geo).toEqual({
      '@type': 'GeoCoordinates',
      latitude: -7.9,
      longitude: 112.9,
    });
    expect(placeJsonLd({ url: 'u', nama: 'n', ringkasan: 'r', alamat: 'a', lat: -7.9 })).not.toHaveProperty('geo');
  });

  it('numbers breadcrumb items from 1', () => {
    expect(
      breadcrumbJsonLd([
        ['Beranda', 'https://x.id/'],
        ['Berita', 'https://x.id/berita/'],
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://x.id/' },
      { '@type': 'ListItem', position: 2, name: 'Berita', item: 'https://x.id/berita/' },
    ]);
  });
});
