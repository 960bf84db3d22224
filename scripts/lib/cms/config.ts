/**
 * One KIM site's Decap CMS configuration. Every collection points into that KIM's own
 * `content/<slug>/`; the operator's `sites/<slug>/site.yaml` is never a collection.
 */
import { contentTypes, pengaturanSchema, type SiteConfig } from '../../../src/schemas/index.ts';
import { detailPath } from '../../../src/schemas/routes.ts';
import { cmsSchemaContext, fieldsFor, type DecapField } from './fields.ts';

/** Entries and pengaturan.yaml keep picture paths relative to the file (`../media/x.jpg`). */
export const MEDIA_DIR = 'media';

export type CmsMode =
  /** The deployed admin page: the backend chosen in site.yaml. */
  | { kind: 'deploy' }
  /**
   * `npm run cms`: decap-server serves `content/<slug>/` as its whole repository, so paths
   * are relative to that folder and nothing outside it can be written.
   */
  | { kind: 'local'; proxyUrl: string; siteUrl: string };

/**
 * Collection names carry the slug: with the editorial workflow, Decap names branches
 * `cms/<collection>/<entry>`, and two KIMs in one repository must never share a branch.
 */
export function collectionName(slug: string, type: string): string {
  return `${type}-${slug}`;
}

export const PENGATURAN_COLLECTION = 'pengaturan';

export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: Record<string, unknown>[];
  create?: boolean;
  delete?: boolean;
  extension?: string;
  format?: string;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  sortable_fields?: string[];
  media_folder?: string;
  public_folder?: string;
  preview_path?: string;
  fields?: DecapField[];
  [key: string]: unknown;
}

export interface DecapConfig {
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  locale: 'id';
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: Record<string, unknown>;
  search: boolean;
  collections: DecapCollection[];
  [key: string]: unknown;
}

/** Default decap-server address for a `local` site opened from its deployed admin page. */
export const DEFAULT_LOCAL_PROXY = 'http://127.0.0.1:8081/api/v1';

function backendFor(site: SiteConfig, mode: CmsMode): Record<string, unknown> {
  const cms = site.cms;
  if (mode.kind === 'local') return { name: 'proxy', proxy_url: mode.proxyUrl, branch: cms.branch };
  switch (cms.backend) {
    case 'github':
      return {
        name: 'github',
        repo: cms.repo,
        branch: cms.branch,
        base_url: cms.base_url,
        // Published changes become one commit on the main branch; the uploaded originals
        // in the pull request's history are not kept.
        squash_merges: true,
      };
    case 'gitlab': {
      const b: Record<string, unknown> = {
        name: 'gitlab',
        repo: cms.repo,
        branch: cms.branch,
        auth_type: 'pkce',
        app_id: cms.app_id,
        squash_merges: true,
      };
      // A self-hosted GitLab (e.g. Diskominfo's own) is named by base_url.
      if (cms.base_url) {
        b.base_url = cms.base_url.replace(/\/$/, '');
        b.api_root = `${cms.base_url.replace(/\/$/, '')}/api/v4`;
      }
      return b;
    }
    case 'local':
      return { name: 'proxy', proxy_url: DEFAULT_LOCAL_PROXY, branch: cms.branch };
  }
}

/** The editorial workflow (draft → review → publish) is on for git hosts unless turned off. */
export function usesEditorialWorkflow(site: SiteConfig, mode: CmsMode): boolean {
  if (mode.kind === 'local' || site.cms.backend === 'local') return false;
  return site.cms.editorial_workflow !== false;
}

function bodyField(label: string): DecapField & Record<string, unknown> {
  return {
    name: 'body',
    label,
    widget: 'markdown',
    required: false,
    hint: 'Tulis seperti biasa. Tombol di atas kotak untuk huruf tebal, judul kecil, daftar, tautan dan foto.',
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    modes: ['rich_text', 'raw'],
    // The admin page shares an origin with other KIMs' sites: never run member HTML there.
    sanitize_preview: true,
  };
}

/**
 * Fields depend only on the schemas, not on the site: derive them once per process (a fleet
 * build writes hundreds of configs). Callers get a fresh copy to extend.
 */
const fieldCache = new Map<string, DecapField[]>();
function cachedFields(key: string, derive: () => DecapField[]): DecapField[] {
  if (!fieldCache.has(key)) fieldCache.set(key, derive());
  return structuredClone(fieldCache.get(key)!);
}

export function decapConfig(site: SiteConfig, mode: CmsMode = { kind: 'deploy' }): DecapConfig {
  const prefix = mode.kind === 'local' ? '' : `content/${site.slug}/`;
  const siteUrl = mode.kind === 'local' ? mode.siteUrl : site.url;

  const collections: DecapCollection[] = contentTypes.map((type) => {
    const fields = cachedFields(type.name, () => fieldsFor(type.schema(cmsSchemaContext)));
    if (type.body) fields.push(bodyField(type.body));
    const c: DecapCollection = {
      name: collectionName(site.slug, type.name),
      label: type.label,
      label_singular: type.labelSingular,
      folder: `${prefix}${type.name}`,
      create: true,
      delete: true,
      extension: 'md',
      format: 'frontmatter',
      identifier_field: type.titleField,
      slug: '{{slug}}',
      summary: `{{${type.titleField}}}`,
      sortable_fields: type.dateField ? [type.dateField, type.titleField] : [type.titleField],
      // Uploads land in content/<slug>/media/ and the front matter gets `../media/x.jpg`
      // (relative to the entry file), which Astro's image() resolves. The media folder is
      // absolute (from the repository root): a relative one is resolved against the entry
      // file, and a new entry has none yet, so its library would list the collection folder
      // instead of the KIM's photos.
      media_folder: `/${prefix}${MEDIA_DIR}`,
      public_folder: `../${MEDIA_DIR}`,
      // "View on site": the entry's own page, or the list it shows on (aspirasi).
      preview_path: detailPath(type, '{{slug}}') ?? type.urls.list,
      fields,
    };
    return c;
  });

  collections.push({
    name: PENGATURAN_COLLECTION,
    label: 'Pengaturan situs',
    description: 'Slogan, warna, logo, foto sambutan, kontak dan media sosial KIM Anda.',
    delete: false,
    files: [
      {
        name: 'pengaturan',
        label: 'Pengaturan situs',
        file: `${prefix}pengaturan.yaml`,
        // Relative to pengaturan.yaml itself: `media/logo.png`.
        media_folder: MEDIA_DIR,
        public_folder: MEDIA_DIR,
        fields: cachedFields('pengaturan', () => fieldsFor(pengaturanSchema(cmsSchemaContext))),
      },
    ],
  });

  const config: DecapConfig = {
    backend: backendFor(site, mode),
    locale: 'id',
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: `${prefix}${MEDIA_DIR}`,
    public_folder: `../${MEDIA_DIR}`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: true,
    collections,
  };
  if (usesEditorialWorkflow(site, mode)) config.publish_mode = 'editorial_workflow';
  return config;
}
