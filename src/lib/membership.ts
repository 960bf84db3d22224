/**
 * Which KIMs a forum or a portal covers. A forum-kecamatan covers the KIM desa and kelurahan
 * of its kecamatan; a portal-kabupaten covers every KIM and forum of its kabupaten. An
 * explicit `anggota` list in site.yaml overrides that, for a forum whose members are
 * elsewhere. Pure: the build driver, the search indexer, `check` and the theme all call it
 * with the sites they know, so they cannot disagree.
 */

export interface MembershipSite {
  slug: string;
  jenis?: string;
  wilayah?: { kecamatan?: string; kabupaten?: string; provinsi?: string };
  anggota?: readonly string[];
}

/** The jenis whose sites roll up other KIMs' content. */
export const GROUP_JENIS = ['forum-kecamatan', 'portal-kabupaten'] as const;

export function isGroup(site: { jenis?: string }): boolean {
  return (GROUP_JENIS as readonly (string | undefined)[]).includes(site.jenis);
}

const norm = (v: string | undefined) => (v ?? '').trim().toLocaleLowerCase('id');
const sameArea = (a: MembershipSite, b: MembershipSite, levels: readonly ('kecamatan' | 'kabupaten' | 'provinsi')[]) =>
  levels.every((l) => norm(a.wilayah?.[l]) !== '' && norm(a.wilayah?.[l]) === norm(b.wilayah?.[l]));

/** Whether `group` would cover `site` by area alone, explicit lists aside. */
function coversByArea(group: MembershipSite, site: MembershipSite): boolean {
  if (site.slug === group.slug) return false;
  if (group.jenis === 'forum-kecamatan') {
    return !isGroup(site) && sameArea(group, site, ['kecamatan', 'kabupaten', 'provinsi']);
  }
  if (group.jenis === 'portal-kabupaten') {
    return site.jenis !== 'portal-kabupaten' && sameArea(group, site, ['kabupaten', 'provinsi']);
  }
  return false;
}

/**
 * Member slugs of a forum or portal: its explicit `anggota` in listed order, else every site
 * of `sites` in its area, by slug. Callers pass only sites that are live (not archived).
 */
export function membersOf(group: MembershipSite, sites: readonly MembershipSite[]): string[] {
  if (!isGroup(group)) return [];
  if (group.anggota && group.anggota.length > 0) return [...new Set(group.anggota)].filter((s) => s !== group.slug);
  return sites
    .filter((s) => coversByArea(group, s))
    .map((s) => s.slug)
    .sort();
}

/** The forums and portals among `sites` that list `slug` as a member. */
export function groupsOf(slug: string, sites: readonly MembershipSite[]): string[] {
  return sites.filter((g) => isGroup(g) && membersOf(g, sites).includes(slug)).map((g) => g.slug);
}

/**
 * Forums and portals whose area includes `site` but whose explicit list leaves it out:
 * `check` warns, since the operator most likely forgot to add the new KIM.
 */
export function missedBy(site: MembershipSite, sites: readonly MembershipSite[]): string[] {
  return sites.filter((g) => isGroup(g) && coversByArea(g, site) && !membersOf(g, sites).includes(site.slug)).map((g) => g.slug);
}
