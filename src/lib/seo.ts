/**
 * Head metadata: page titles, the Content-Security-Policy, and schema.org JSON-LD objects.
 * Pure functions: `Seo.astro` resolves images to URLs and passes them in.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { t } from '../i18n/id.ts';
import { pageCsp } from './security/csp.ts';

/** The policy of a site's pages; it lives with every other policy in `security/csp.ts`. */
export const CONTENT_SECURITY_POLICY = pageCsp();

/** The `<title>`: the site name alone on the beranda, else "page | site". */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : t.seo.judulHalaman(title, siteName);
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so member text such as
 * `</script>` cannot close the element.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

interface OrgInput {
  site: Pick<SiteConfig, 'nama' | 'url' | 'wilayah'>;
  deskripsi?: string;
  logoUrl?: string;
  kontak?: { alamat?: string; telepon?: string; email?: string };
  sameAs?: string[];
}

/** The KIM itself, on every page. */
export function organizationJsonLd({ site, deskripsi, logoUrl, kontak: contact, sameAs }: OrgInput): Record<string, unknown> {
  const w = site.wilayah;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${site.url}#organisasi`,
    name: site.nama,
    url: site.url,
    ...(deskripsi ? { description: deskripsi } : {}),
    ...(logoUrl ? { logo: logoUrl } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(contact?.alamat ? { streetAddress: contact.alamat } : {}),
      addressLocality: [w.desa, w.kecamatan].filter(Boolean).join(', '),
      addressRegion: [w.kabupaten, w.provinsi].join(', '),
      addressCountry: 'ID',
    },
    ...(contact?.email ? { email: contact.email } : {}),
    ...(contact?.telepon ? { telephone: contact.telepon } : {}),
    ...(sameAs?.length ? { sameAs } : {}),
  };
}

interface ArticleInput {
  url: string;
  judul: string;
  ringkasan: string;
  /** `YYYY-MM-DD` */
  tanggal: string;
  penulis: string;
  imageUrl?: string;
  situs: Pick<SiteConfig, 'nama' | 'url'>;
}

export function newsArticleJsonLd(a: ArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.judul.slice(0, 110),
    description: a.ringkasan,
    datePublished: a.tanggal,
    inLanguage: 'id',
    author: { '@type': 'Person', name: a.penulis },
    publisher: { '@id': `${a.situs.url}#organisasi`, '@type': 'Organization', name: a.situs.nama },
    ...(a.imageUrl ? { image: [a.imageUrl] } : {}),
  };
}

interface ProductInput {
  url: string;
  nama: string;
  ringkasan: string;
  harga: number;
  penjual: string;
  kategori: string;
  imageUrl?: string;
}

export function productJsonLd(p: ProductInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.nama,
    description: p.ringkasan,
    url: p.url,
    category: p.kategori,
    ...(p.imageUrl ? { image: [p.imageUrl] } : {}),
    brand: { '@type': 'Brand', name: p.penjual },
    offers: {
      '@type': 'Offer',
      url: p.url,
      price: String(p.harga),
      priceCurrency: 'IDR',
      availability: 'https://schema.org/InStock',
      seller: { '@type': 'Organization', name: p.penjual },
    },
  };
}

interface PlaceInput {
  url: string;
  nama: string;
  ringkasan: string;
  alamat: string;
  lat?: number;
  lng?: number;
  imageUrl?: string;
}

/** A potensi entry: a place worth visiting or knowing. */
export function placeJsonLd(p: PlaceInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: p.nama,
    description: p.ringkasan,
    url: p.url,
    address: p.alamat,
    ...(p.lat !== undefined && p.lng !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lng } } : {}),
    ...(p.imageUrl ? { image: [p.imageUrl] } : {}),
  };
}

/** Breadcrumbs for detail pages: [name, absolute url] pairs from the beranda down. */
export function breadcrumbJsonLd(items: Array<[string, string]>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map(([name, item], i) => ({ '@type': 'ListItem', position: i + 1, name, item })),
  };
}
