import { describe, expect, it } from 'vitest';
import { assetUrl, containSize, ogSize, pickOgImage, shareImage, type GetImage } from '../../src/lib/og.ts';

const img = (src: string, width = 2000, height = 1500, format = 'jpg') => ({ src, width, height, format });
const fallback = img('/_astro/og-default.jpg', 1200, 630);

describe('pickOgImage', () => {
  it('prefers the page picture, then hero, then logo, then the default', () => {
    const hero = { src: img('/hero.jpg'), alt: 'Sawah' };
    const logo = { src: img('/logo.png', 512, 512, 'png'), alt: 'Logo' };
    expect(pickOgImage({ page: img('/p.jpg'), pageAlt: 'Pasar', hero, logo, fallback, fallbackAlt: 'KIM' })).toMatchObject({ alt: 'Pasar', fit: 'cover' });
    expect(pickOgImage({ hero, logo, fallback, fallbackAlt: 'KIM' })).toMatchObject({ alt: 'Sawah', fit: 'cover' });
    expect(pickOgImage({ logo, fallback, fallbackAlt: 'KIM' })).toMatchObject({ alt: 'Logo', fit: 'contain' });
    expect(pickOgImage({ fallback, fallbackAlt: 'KIM' })).toMatchObject({ alt: 'KIM', fit: 'asis' });
  });

  it('skips SVG pictures', () => {
    const logo = { src: img('/logo.svg', 100, 100, 'svg'), alt: 'Logo' };
    expect(pickOgImage({ logo, fallback, fallbackAlt: 'KIM' }).src).toBe(fallback);
  });
});

describe('sizes', () => {
  it('asks for 1200×630 from a large photo', () => {
    expect(ogSize({ width: 4000, height: 3000 })).toEqual({ width: 1200, height: 630 });
  });
  it('never asks for more than a small photo has', () => {
    expect(ogSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 420 });
    expect(ogSize({ width: 1600, height: 400 })).toEqual({ width: 761, height: 400 });
  });
  it('fits a logo inside the box', () => {
    expect(containSize({ width: 2000, height: 2000 })).toEqual({ width: 630, height: 630 });
    expect(containSize({ width: 300, height: 200 })).toEqual({ width: 300, height: 200 });
  });
});

describe('shareImage', () => {
  it('resolves a photo to an absolute 1200×630 JPEG', async () => {
    const calls: unknown[] = [];
    const getImage: GetImage<ReturnType<typeof img>> = async (opts) => {
      calls.push(opts);
      return { src: `/_astro/x_${opts.width}x${opts.height}.jpeg` };
    };
    const og = await shareImage(getImage, { page: img('/p.jpg'), pageAlt: 'Pasar', fallback, fallbackAlt: 'KIM' }, (s) => `https://kim.id/a${s}`);
    expect(og).toEqual({ url: 'https://kim.id/a/_astro/x_1200x630.jpeg', width: 1200, height: 630, alt: 'Pasar' });
    expect(calls[0]).toMatchObject({ width: 1200, height: 630, fit: 'cover', format: 'jpeg' });
  });

  it('uses the default picture as it is', async () => {
    const getImage: GetImage<ReturnType<typeof img>> = async () => {
      throw new Error('should not be called');
    };
    const og = await shareImage(getImage, { fallback, fallbackAlt: 'KIM' }, (s) => `https://kim.id${s}`);
    expect(og).toEqual({ url: 'https://kim.id/_astro/og-default.jpg', width: 1200, height: 630, alt: 'KIM' });
  });
});

describe('assetUrl', () => {
  it('puts built assets on the site origin and leaves the base to packaging', () => {
    expect(assetUrl('https://diskominfo.example.id/kim-beta/', '/_astro/a.jpeg')).toBe('https://diskominfo.example.id/_astro/a.jpeg');
    expect(assetUrl('https://kim-a.desa.id/', '_astro/a.jpeg')).toBe('https://kim-a.desa.id/_astro/a.jpeg');
  });

  it('becomes the right URL after the packaging rewrite', async () => {
    const { rewriteAssetUrls } = await import('../../scripts/lib/package.ts');
    const html = `<meta property="og:image" content="${assetUrl('https://diskominfo.example.id/kim-beta/', '/_astro/a.jpeg')}">`;
    expect(rewriteAssetUrls(html, '/kim-beta/', new Set())).toBe('<meta property="og:image" content="https://diskominfo.example.id/kim-beta/_astro/a.jpeg">');
  });
});
