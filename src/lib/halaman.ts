/**
 * Profile pages (`halaman` collection) are served at `<base><name>/`, next to the sections.
 * A page whose name would take a section's place (`berita`, `agenda` …) or a shared output
 * folder (from the registry's URL patterns, see schemas/routes.ts) is skipped, so a member
 * cannot shadow part of the site by naming a page.
 */
import { contentType } from '../schemas/index.ts';
import { entryRouteProblem } from '../schemas/routes.ts';

const HALAMAN = contentType('halaman')!;

/** The page name that makes the Profil section's own address, `profil/`. */
export const HALAMAN_PROFIL = 'profil';

const VALID_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** Whether a halaman name may become `<base><name>/`. */
export function halamanNameAllowed(name: string): boolean {
  return VALID_NAME.test(name) && entryRouteProblem(HALAMAN, name) === undefined;
}

export interface HalamanSummary {
  id: string;
  data: { judul: string; urutan: number };
}

/** Name from an id `<slug>/halaman/<name>`. */
export function halamanName(entry: { id: string }): string {
  return entry.id.split('/').slice(2).join('/');
}

/** The pages that get an address, in menu order (`urutan`, then title). */
export function visibleHalaman<T extends HalamanSummary>(entries: readonly T[]): T[] {
  return entries
    .filter((e) => halamanNameAllowed(halamanName(e)))
    .sort((a, b) => a.data.urutan - b.data.urutan || a.data.judul.localeCompare(b.data.judul, 'id'));
}

/** Names that were skipped, for a build warning. */
export function rejectedHalaman(entries: readonly { id: string }[]): string[] {
  return entries.map(halamanName).filter((n) => !halamanNameAllowed(n));
}
