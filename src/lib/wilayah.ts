/**
 * A KIM's area as residents write it: "Desa Sukamaju, Kecamatan Cibungbulang, Kabupaten
 * Bogor, Jawa Barat". Operators may or may not type the "Desa"/"Kecamatan" prefix.
 */
import { t } from '../i18n/id.ts';
import type { SiteConfig } from '../schemas/site.ts';

/** `name` with `prefix` in front, unless it already starts with one of `known`. */
function withPrefix(prefix: string, name: string, known: readonly string[] = [prefix]): string {
  const lower = name.toLowerCase();
  return known.some((k) => lower.startsWith(`${k.toLowerCase()} `)) ? name : `${prefix} ${name}`;
}

export function wilayahParts(site: Pick<SiteConfig, 'jenis' | 'wilayah'>): string[] {
  const w = site.wilayah;
  const prefixDesa = site.jenis === 'kelurahan' ? t.footer.kelurahan : t.footer.desa;
  const desa = w.desa ? withPrefix(prefixDesa, w.desa, [t.footer.desa, t.footer.kelurahan]) : undefined;
  return [desa, withPrefix(t.footer.kecamatan, w.kecamatan), w.kabupaten, w.provinsi].filter((p): p is string => !!p);
}

/** "Kecamatan Senduro" for "Senduro" or "Kecamatan Senduro". */
export function kecamatanLabel(name: string): string {
  return withPrefix(t.footer.kecamatan, name);
}

export function formatWilayah(site: Pick<SiteConfig, 'jenis' | 'wilayah'>): string {
  return wilayahParts(site).join(', ');
}
