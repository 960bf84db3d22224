import { describe, expect, it } from 'vitest';
import { facebookShareLink, whatsappShareLink } from '../../src/lib/share-links.ts';

describe('bagikan', () => {
  it('builds a WhatsApp share link with title and URL', () => {
    expect(whatsappShareLink('Pasar Murah & Sembako', 'https://kim.id/berita/pasar/')).toBe(
      'https://wa.me/?text=Pasar%20Murah%20%26%20Sembako%0Ahttps%3A%2F%2Fkim.id%2Fberita%2Fpasar%2F',
    );
  });
  it('builds a Facebook share link', () => {
    expect(facebookShareLink('https://kim.id/berita/pasar/')).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkim.id%2Fberita%2Fpasar%2F');
  });
});
