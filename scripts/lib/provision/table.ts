/** Plain-text tables for the terminal: columns padded to the widest cell, the last one left free. */

function lebar(s: string): number {
  return [...s].length;
}

export function tabel(kolom: readonly string[], baris: readonly (readonly string[])[]): string {
  const w = kolom.map((k, i) => Math.max(lebar(k), ...baris.map((b) => lebar(b[i] ?? ''))));
  const tulis = (sel: readonly string[]) =>
    sel
      .map((s, i) => (i === sel.length - 1 ? s : s + ' '.repeat(w[i]! - lebar(s))))
      .join('  ')
      .trimEnd();
  const garis = w.map((n, i) => '─'.repeat(i === w.length - 1 ? Math.min(n, 40) : n)).join('  ');
  return [tulis(kolom), garis, ...baris.map(tulis)].join('\n');
}
