/**
 * List pagination: page 1 lives at `<section>`, page n at `<section>halaman/<n>/`.
 */

export const PER_PAGE = 10;

export interface Page<T> {
  items: T[];
  /** 1-based */
  nomor: number;
  total: number;
}

export function paginate<T>(items: readonly T[], perPage = PER_PAGE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * perPage, (i + 1) * perPage), nomor: i + 1, total }));
}

/** Site-relative path of page `nomor` of a section path such as `berita/`. */
export function pagePath(section: string, number: number): string {
  const s = section.endsWith('/') ? section : `${section}/`;
  return number <= 1 ? s : `${s}halaman/${number}/`;
}

/**
 * The page numbers to show: first, last, and those near the current one, with `null` for a
 * gap ("…"). Keeps the nav short on phones however many pages there are.
 */
export function pageNumbers(current: number, total: number, around = 1): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
