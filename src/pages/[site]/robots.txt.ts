/** `robots.txt`: everything may be crawled except the CMS; points to the sitemap. */
import type { APIRoute } from 'astro';
import { sitePaths, type KimSite } from '../../lib/sites.ts';
import { absoluteUrl, basePath } from '../../lib/urls.ts';

export const getStaticPaths = sitePaths;

interface Props {
  kim: KimSite;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const { site } = props.kim;
  // The served path, not the dev prefix: robots.txt is read on the real host.
  const admin = `${basePath(site)}admin/`;
  const body = ['User-agent: *', 'Allow: /', `Disallow: ${admin}`, '', `Sitemap: ${absoluteUrl(site, 'sitemap.xml')}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
