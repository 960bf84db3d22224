/** `sitemap.xml`: every public page of the site, with absolute URLs on its own origin. */
import type { APIRoute } from 'astro';
import { urlSitemap } from '../../lib/peta-situs.ts';
import { renderedSites, type KimSite } from '../../lib/sites.ts';
import { sitemapXml } from '../../lib/sitemap.ts';

export async function getStaticPaths() {
  return (await renderedSites()).map((kim) => ({ params: { site: kim.slug }, props: { kim } }));
}

export const GET: APIRoute<{ kim: KimSite }> = async ({ props }) =>
  new Response(sitemapXml(await urlSitemap(props.kim)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
