/** Small formatting helpers for CLI output in Bahasa Indonesia. */
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

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

/**
 * Text from data (a site.yaml, a CSV cell, a file name) made safe to print: escape sequences
 * and every other C0/C1 control character are removed, so a value cannot move the cursor,
 * recolour or retitle the operator's terminal. Line breaks and tabs become spaces.
 */
export function terminalSafe(text: string): string {
  return stripAnsi(text)
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/**
 * A plain-text table with a header row: cells pass through `terminalSafe`, columns are padded
 * to their widest cell in terminal columns (wide and combining characters counted as shown),
 * and the last column is left unpadded.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const clean = [header, ...rows].map((r) => header.map((_, i) => terminalSafe(r[i] ?? '')));
  const widths = header.map((_, i) => Math.max(...clean.map((r) => stringWidth(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat(widths[i]! - stringWidth(c))))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? Math.min(w, 40) : w)).join('  ');
  return [line(clean[0]!), rule, ...clean.slice(1).map(line)].join('\n');
}
