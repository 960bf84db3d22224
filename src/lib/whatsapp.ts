/**
 * WhatsApp numbers are stored in the international `62…` form that `wa.me` links need.
 * Members and operators type them in any local form: 0812…, +62 812-…, 62812….
 */
export function normalizeWhatsapp(input: string): string | null {
  const digits = input.replace(/[\s().-]/g, '').replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return null;
  let national: string;
  if (digits.startsWith('62')) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else if (digits.startsWith('8')) national = digits;
  else return null;
  // Indonesian mobile numbers start with 8 and have 9–12 digits after the country code.
  if (!/^8\d{8,11}$/.test(national)) return null;
  return `62${national}`;
}

/** A `wa.me` link with a prefilled message. */
export function whatsappLink(number: string, message?: string): string {
  const base = `https://wa.me/${number}`;
  return message ? `${base}?text=${encodeURIComponent(message)}` : base;
}
