/** Phone numbers as people read them: `6281234567890` → `+62 812-3456-7890`. */
export function formatWhatsapp(number: string): string {
  const m = /^62(8\d{2})(\d{3,4})(\d{3,5})$/.exec(number);
  if (!m) return `+${number}`;
  return `+62 ${m[1]}-${m[2]}-${m[3]}`;
}
