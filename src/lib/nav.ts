/**
 * The main menu: the beranda, then every content type with a `menu` label in the registry
 * (`src/schemas/index.ts`), in its order, linking to the type's list page.
 */
import { t } from '../i18n/id.ts';
import { contentTypes } from '../schemas/index.ts';

export interface NavItem {
  label: string;
  /** Site-relative path, e.g. `berita/`; `` is the beranda. */
  path: string;
  /** Other path prefixes that belong to this item. */
  also?: readonly string[];
}

export const navItems: readonly NavItem[] = [
  { label: t.nav.beranda, path: '' },
  ...contentTypes.flatMap((type) => (type.menu ? [{ label: type.menu, path: type.urls.list }] : [])),
];

/** The menu item a page belongs to: the beranda only for itself, sections by prefix. */
export function isCurrent(item: NavItem, pagePath: string): boolean {
  const page = pagePath.replace(/^\/+/, '');
  if (item.path === '') return page === '';
  return [item.path, ...(item.also ?? [])].some((p) => page.startsWith(p));
}
