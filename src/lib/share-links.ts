/** Share links. Most visitors arrive from WhatsApp and pass pages on the same way. */

/** `wa.me` without a number opens WhatsApp's contact picker with the text filled in. */
export function whatsappShareLink(title: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${title}\n${url}`)}`;
}

export function facebookShareLink(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}
