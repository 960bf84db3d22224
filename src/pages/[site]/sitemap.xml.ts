/** `sitemap.xml`: every public page of the site, with absolute URLs on its own origin. */
import type { APIRoute } from 'astro';
import { urlSitemap } from '../../lib/sitemap-pages.ts';
import { sitePaths, type KimSite } from '../../lib/sites.ts';
import { sitemapXml } from '../../lib/sitemap.ts';

export const getStaticPaths = sitePaths;

interface Props {
  kim: KimSite;
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(sitemapXml(await urlSitemap(props.kim)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
