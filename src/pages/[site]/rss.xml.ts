/** `rss.xml`: the site's berita, newest first, with absolute links on the site's own origin. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../../i18n/id.ts';
import { entriesOf, entryParts, sitePaths, type KimSite } from '../../lib/sites.ts';
import { rssDescription } from '../../lib/rss.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { kategoriBerita } from '../../schemas/berita.ts';

export const getStaticPaths = sitePaths;

/** Enough for a reader to catch up; older news stays on the site. */
const LIMIT = 30;

interface Props {
  kim: KimSite;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { kim } = props;
  const berita = (await entriesOf(kim.slug, 'berita')).slice(0, LIMIT);
  return rss({
    title: t.seo.rss(kim.site.nama),
    description: t.rss.deskripsi(kim.site.nama),
    site: kim.site.url,
    customData: '<language>id</language>',
    items: berita.map((b) => ({
      title: b.data.judul,
      link: absoluteUrl(kim.site, `berita/${entryParts(b).name}/`),
      pubDate: b.data.tanggal,
      description: rssDescription(b.data.ringkasan),
      categories: [kategoriBerita[b.data.kategori]],
    })),
  });
};
