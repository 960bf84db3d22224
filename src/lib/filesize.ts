/**
 * File sizes the way Indonesian readers write them: decimal comma, binary units
 * ("84 KB", "1,2 MB"), so a villager on a data plan knows what a download costs.
 */
const UNITS = ['KB', 'MB', 'GB'] as const;

const whole = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`ukuran berkas tidak sah: ${bytes}`);
  if (bytes < 1024) return `${whole.format(bytes)} bita`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Kilobytes as whole numbers; larger units keep one decimal, which is what matters there.
  const text = unit === 0 ? whole.format(Math.max(1, Math.round(value))) : oneDecimal.format(value);
  // Rounding may reach 1024 ("1024 KB"): show it in the next unit instead.
  if (unit < UNITS.length - 1 && Math.round(value) >= 1024) return `${oneDecimal.format(value / 1024)} ${UNITS[unit + 1]}`;
  return `${text} ${UNITS[unit]}`;
}

/** "PDF, 84 KB". */
export function fileLabel(bytes: number, jenis = 'PDF'): string {
  return `${jenis}, ${formatSize(bytes)}`;
}
