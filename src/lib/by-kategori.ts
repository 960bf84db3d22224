/**
 * Groups entries by category for list pages, in the order of the schema's category table,
 * so sections come out the same on every KIM's site. Empty categories are left out.
 */
export function groupBy<K extends string, E extends { data: { kategori: K } }>(
  entries: readonly E[],
  label: Record<K, string>,
): { kategori: K; label: string; entries: E[] }[] {
  return (Object.keys(label) as K[])
    .map((kategori) => ({ kategori, label: label[kategori], entries: entries.filter((e) => e.data.kategori === kategori) }))
    .filter((g) => g.entries.length > 0);
}
