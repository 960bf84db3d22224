/**
 * What the build driver tells one Astro build, through environment variables. Read by
 * astro.config.mjs, the content collections and `getStaticPaths`, so one Astro process can
 * render a chosen group of KIM sites from any data root.
 */
import path from 'node:path';

export interface BuildEnv {
  /** Data root holding `sites/` and `content/`. */
  root: string;
  /** Slugs whose pages are rendered; `null` means every site found. */
  render: string[] | null;
  /** Slugs whose content is loaded: the rendered sites plus forum members rolled up. */
  load: string[] | null;
  /** Dev server: links are prefixed with `/<slug>/` instead of the site's own base path. */
  dev: boolean;
}

const list = (v: string | undefined) =>
  v === undefined || v === '*'
    ? null
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

export function readBuildEnv(env: NodeJS.ProcessEnv = process.env): BuildEnv {
  const render = list(env.SIMPUL_SITES);
  const load = list(env.SIMPUL_LOAD) ?? render;
  return {
    root: path.resolve(env.SIMPUL_ROOT ?? process.cwd()),
    render,
    load,
    dev: env.SIMPUL_DEV === '1',
  };
}

/** A glob pattern that matches only the given site folders. */
export function siteGlob(slugs: string[] | null, rest: string): string {
  if (slugs === null) return `*/${rest}`;
  if (slugs.length === 0) return `__none__/${rest}`;
  if (slugs.length === 1) return `${slugs[0]}/${rest}`;
  return `{${slugs.join(',')}}/${rest}`;
}
