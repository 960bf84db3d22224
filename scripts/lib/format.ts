/** Small formatting helpers for CLI output in Bahasa Indonesia. */

const nf1 = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Seconds with one decimal: `12,3 dtk`. */
export function formatSeconds(ms: number): string {
  return `${nf1.format(ms / 1000)} dtk`;
}

/** `84 KB`, `1,2 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${nf1.format(bytes / (1024 * 1024))} MB`;
}

/** A plain-text table with a header row; columns are padded to their widest cell. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}
