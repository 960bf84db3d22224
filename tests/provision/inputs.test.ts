import { describe, expect, it } from 'vitest';
import { checkOne, prepareSite, slugFromName } from '../../scripts/lib/provision/inputs.ts';
import { RESERVED_SLUGS, SLUG_PATTERN, siteSchema, WINDOWS_DEVICE_NAME } from '../../src/schemas/site.ts';
import { desaFields } from './helpers.ts';

const NOW = new Date('2026-03-01T20:00:00Z');

function issues(raw: Record<string, string>) {
  const r = prepareSite(raw, NOW);
  if (r.ok) throw new Error('expected a refusal');
  return Object.fromEntries(r.issues.map((g) => [g.field, g.message]));
}

function ready(raw: Record<string, string>) {
  const r = prepareSite(raw, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

describe('siapkanSitus: good input', () => {
  it('builds a site.yaml that passes siteSchema, keeping the name as written', () => {
    const r = ready(desaFields({ nama: 'KIM Bina Sejahtera II' }));
    expect(r.slug).toBe('kim-bina-sejahtera-ii');
    expect(r.site.nama).toBe('KIM Bina Sejahtera II');
    expect(siteSchema().parse(r.siteYaml)).toEqual(r.site);
    expect(r.siteYaml).not.toHaveProperty('anggota');
    expect(r.siteYaml).not.toHaveProperty('diarsipkan');
  });

  it('keeps Unicode names exactly and derives an ASCII slug', () => {
    const r = ready(desaFields({ nama: 'KIM Sumber Rejeki – Śrī Ayu' }));
    expect(r.site.nama).toBe('KIM Sumber Rejeki – Śrī Ayu');
    expect(r.slug).toBe('kim-sumber-rejeki-sri-ayu');
  });

  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['(0812) 3456 789', '628123456789'],
  ])('normalizes WhatsApp %s to %s', (input, output) => {
    const r = ready(desaFields({ whatsapp: input }));
    expect(r.values.whatsapp).toBe(output);
    expect(r.values.whatsapp_lokal).toBe(`0${output.slice(2)}`);
  });

  it('derives the time zone from the provinsi, for all three zones', () => {
    expect(ready(desaFields({ provinsi: 'Jawa Barat' })).site.zona_waktu).toBe('Asia/Jakarta');
    expect(ready(desaFields({ provinsi: 'Sulawesi Selatan' })).site.zona_waktu).toBe('Asia/Makassar');
    expect(ready(desaFields({ provinsi: 'Papua Pegunungan' })).site.zona_waktu).toBe('Asia/Jayapura');
    expect(ready(desaFields({ provinsi: 'Jawa Barat', 'zona-waktu': 'WITA' })).site.zona_waktu).toBe('Asia/Makassar');
  });

  it('writes the provinsi in its standard form', () => {
    expect(ready(desaFields({ provinsi: 'jogja' })).site.wilayah.provinsi).toBe('DI Yogyakarta');
  });

  it('fills {slug} in the URL and adds a missing trailing slash', () => {
    expect(ready(desaFields({ url: 'https://kim-bogor.github.io/{slug}' })).site.url).toBe('https://kim-bogor.github.io/kim-ngudi-rahayu/');
    expect(ready(desaFields({ url: 'https://kim-ngudi-rahayu.desa.id' })).site.url).toBe('https://kim-ngudi-rahayu.desa.id/');
  });

  it('stores the normalized URL, not the string as typed', () => {
    const cases: [string, string][] = [
      ['HTTPS://KIM-Ngudi-Rahayu.Desa.ID/', 'https://kim-ngudi-rahayu.desa.id/'],
      ['https://kim-ngudi-rahayu.desa.id:443/', 'https://kim-ngudi-rahayu.desa.id/'],
      ['https://kim-bogor.github.io/a/../kim-ngudi-rahayu', 'https://kim-bogor.github.io/kim-ngudi-rahayu/'],
      ['https://kim-bogor.github.io/kim ngudi/', 'https://kim-bogor.github.io/kim%20ngudi/'],
      ['https://kim-sukamaju.desa.id/', 'https://kim-sukamaju.desa.id/'],
      ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ];
    for (const [typed, stored] of cases) {
      const r = ready(desaFields({ url: typed }));
      expect(r.site.url, typed).toBe(stored);
      expect(r.siteYaml.url, typed).toBe(stored);
      expect(r.values.url, typed).toBe(stored);
    }
  });

  it('dates the welcome news in the site own time zone', () => {
    // 16:30 UTC on 1 March is 23:30 WIB (still 1 March) and 01:30 WIT (already 2 March).
    const t = new Date('2026-03-01T16:30:00Z');
    const at = (provinsi: string) => {
      const r = prepareSite(desaFields({ provinsi }), t);
      return r.ok ? r.plan.values.tanggal : r.issues;
    };
    expect(at('Jawa Barat')).toBe('2026-03-01');
    expect(at('Papua')).toBe('2026-03-02');
  });

  it('accepts a forum-kecamatan with members, and all CMS settings', () => {
    const r = ready({
      nama: 'Forum KIM Kecamatan Cibungbulang',
      jenis: 'forum-kecamatan',
      kecamatan: 'Cibungbulang',
      kabupaten: 'Kabupaten Bogor',
      provinsi: 'Jawa Barat',
      url: 'https://kim-bogor.github.io/{slug}/',
      anggota: 'kim-a, kim-b;kim-c',
      deploy: 'github-pages',
      cms: 'github',
      repo: 'diskominfo-bogor/simpul',
      'oauth-url': 'https://oauth.bogorkab.example/',
      editorial: 'ya',
    });
    expect(r.site.anggota).toEqual(['kim-a', 'kim-b', 'kim-c']);
    expect(r.siteYaml.anggota).toEqual(['kim-a', 'kim-b', 'kim-c']);
    expect(r.site.cms).toEqual({
      backend: 'github',
      repo: 'diskominfo-bogor/simpul',
      branch: 'main',
      base_url: 'https://oauth.bogorkab.example/',
      editorial_workflow: true,
    });
    expect(r.values.kecamatan_lengkap).toBe('Kecamatan Cibungbulang');
    expect(r.values.desa_lengkap).toBe('');
  });

  it('does not double a "Desa" prefix the operator already typed', () => {
    expect(ready(desaFields({ desa: 'Desa Cibatok Satu' })).values.desa_lengkap).toBe('Desa Cibatok Satu');
    expect(ready(desaFields({ desa: 'Tegal Gundil', jenis: 'kelurahan' })).values.desa_lengkap).toBe('Kelurahan Tegal Gundil');
  });
});

describe('siapkanSitus: bad input names the field and says what to fix', () => {
  it.each([['../x'], ['..'], ['a/b'], ['/etc'], ['KIM-Besar'], ['kim_bawah'], ['ab'], ['-kim'], ['kim-'], ['a'.repeat(64)], ['kim.desa'], ['_astro']])(
    'slug %s',
    (slug) => {
      expect(issues(desaFields({ slug })).slug).toMatch(/3–63 karakter/);
    },
  );

  it.each(RESERVED_SLUGS.filter((s) => SLUG_PATTERN.test(s)))('reserved slug %s', (slug) => {
    expect(issues(desaFields({ slug })).slug).toMatch(/dicadangkan/);
  });

  it.each(['con', 'prn', 'aux', 'nul', 'com0', 'com1', 'com9', 'lpt1', 'lpt9'])('Windows device name %s', (slug) => {
    expect(issues(desaFields({ slug })).slug).toMatch(/nama perangkat Windows/);
    expect(checkOne('slug', slug)).toMatch(/nama perangkat Windows/);
    // The same rule in check, which reads site.yaml with this schema; Windows ignores case.
    expect(siteSchema().shape.slug.safeParse(slug).success).toBe(false);
    expect(WINDOWS_DEVICE_NAME.test(slug.toUpperCase())).toBe(true);
  });

  it('keeps slugs that only start like a device name', () => {
    for (const slug of ['con-desa', 'kim-con', 'nula', 'com10', 'lpt-maju', 'auxiliary']) expect(ready(desaFields({ slug })).slug).toBe(slug);
  });

  it('a KIM named like a device gets a refused slug, not a broken checkout', () => {
    expect(issues(desaFields({ nama: 'Con' })).slug).toMatch(/nama perangkat Windows/);
  });

  it('reports every problem at once', () => {
    const g = issues({ nama: '', jenis: 'dusun', provinsi: 'Jawa Barar', url: 'kim.desa.id', whatsapp: '12345', email: 'kim@', editorial: 'mungkin' });
    expect(g).toMatchObject({
      nama: 'wajib diisi',
      jenis: expect.stringMatching(/desa, kelurahan, forum-kecamatan, portal-kabupaten/),
      kecamatan: 'wajib diisi',
      kabupaten: 'wajib diisi',
      provinsi: expect.stringMatching(/maksud Anda "Jawa Barat"/),
      url: expect.stringMatching(/https:\/\//),
      whatsapp: expect.stringMatching(/nomor WhatsApp Indonesia/),
      email: expect.stringMatching(/alamat email/),
      editorial: 'harus ya atau tidak',
    });
  });

  it('requires a desa for desa and kelurahan, and refuses one for a forum', () => {
    expect(issues(desaFields({ desa: '' })).desa).toMatch(/wajib diisi untuk jenis desa/);
    expect(issues(desaFields({ jenis: 'forum-kecamatan' })).desa).toMatch(/kosongkan/);
  });

  it('refuses members for a KIM that is not a forum', () => {
    expect(issues(desaFields({ anggota: 'kim-a' })).anggota).toMatch(/forum-kecamatan/);
  });

  it('refuses non-web URLs and unknown time zones', () => {
    expect(issues(desaFields({ url: 'ftp://kim.desa.id/' })).url).toMatch(/https/);
    expect(issues(desaFields({ url: 'https://kim.desa.id/?a=1' })).url).toMatch(/diakhiri tanda \//);
    expect(issues(desaFields({ 'zona-waktu': 'GMT+7' }))['zona-waktu']).toMatch(/WIB, WITA atau WIT/);
  });

  it('asks for the repo and OAuth proxy when the CMS is github', () => {
    const g = issues(desaFields({ cms: 'github' }));
    expect(g.repo).toMatch(/wajib diisi untuk backend github/);
  });

  it('refuses unknown fields', () => {
    expect(issues(desaFields({ ketua: 'Pak RT' })).ketua).toBe('isian tidak dikenal');
  });
});

describe('periksaSatu (interactive answers)', () => {
  it('checks one answer with the schema rules', () => {
    expect(checkOne('slug', 'admin')).toMatch(/dicadangkan/);
    expect(checkOne('slug', '')).toBeUndefined();
    expect(checkOne('nama', ' ')).toBe('wajib diisi');
    expect(checkOne('desa', '', 'desa')).toBe('wajib diisi');
    expect(checkOne('desa', '', 'forum-kecamatan')).toBeUndefined();
    expect(checkOne('whatsapp', '0812 3456 7890')).toBeUndefined();
    expect(checkOne('whatsapp', '021 555 1234')).toMatch(/WhatsApp/);
    expect(checkOne('url', 'https://kim.desa.id')).toBeUndefined();
    expect(checkOne('url', 'kim.desa.id')).toMatch(/https/);
    expect(checkOne('provinsi', 'Papua Selatan')).toBeUndefined();
    expect(checkOne('provinsi', 'Papua Utara')).toMatch(/bukan nama provinsi/);
  });
});

describe('slugDariNama', () => {
  it('makes a slug the schema accepts from any name', () => {
    expect(slugFromName('KIM "Maju": Jaya II')).toBe('kim-maju-jaya-ii');
    expect(slugFromName('  KIM   Ngudi  Rahayu ')).toBe('kim-ngudi-rahayu');
    const long = slugFromName(`KIM ${'Sejahtera '.repeat(10)}`);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});
