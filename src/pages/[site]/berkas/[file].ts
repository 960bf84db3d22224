/**
 * `berkas/<file>`: the public documents, copied into each site's own output so the site is
 * complete wherever it is served. Names come from `dokumenSitus`, as on the pages.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileMime } from '../../../lib/dokumen-files.ts';
import { siteDokumen } from '../../../lib/dokumen.ts';
import { renderedSites } from '../../../lib/sites.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const kim of await renderedSites()) {
    const seen = new Set<string>();
    for (const d of await siteDokumen(kim)) {
      // Entries sharing one file share one output.
      if (seen.has(d.file)) continue;
      seen.add(d.file);
      paths.push({ params: { site: kim.slug, file: d.file }, props: { sumber: d.sumber } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

interface Props {
  /** Absolute path of the document to copy. */
  sumber: string;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const bytes = await readFile(props.sumber);
  return new Response(bytes, { headers: { 'Content-Type': fileMime(props.sumber) } });
};
