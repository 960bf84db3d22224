import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { helpText, listValue, parseCommandLine, ROOT_OPTION, UsageError, type CommandSpec } from '../../scripts/lib/args.ts';
import { copyFixture, runScript } from '../helpers/data-root.ts';

const spec: CommandSpec = {
  command: 'npm run contoh --',
  options: [
    { name: 'site', value: '<slugs>', description: 'Situs' },
    { name: 'whatsapp', value: '<nomor>', description: 'Nomor' },
    { name: 'port', value: '<port>', description: 'Port', default: '8080' },
    { name: 'force', description: 'Paksa' },
    ROOT_OPTION,
  ],
  examples: ['npm run contoh -- --site kim-a'],
};

describe('parseCommandLine', () => {
  it('keeps number-like values as the strings typed', () => {
    const a = parseCommandLine(spec, ['--site', '123', '--whatsapp', '081234567890']);
    expect(a.values.site).toBe('123');
    expect(a.values.whatsapp).toBe('081234567890');
    expect(parseCommandLine(spec, ['--site=32.10']).values.site).toBe('32.10');
    expect(parseCommandLine(spec, ['--site', '']).values.site).toBe('');
  });

  it('fills defaults and switches', () => {
    const a = parseCommandLine(spec, ['--force']);
    expect(a.values.port).toBe('8080');
    expect(a.flags.force).toBe(true);
    expect(parseCommandLine(spec, []).flags.force).toBe(false);
    expect(parseCommandLine(spec, ['-h']).help).toBe(true);
  });

  it('refuses unknown options, missing values and stray words in Indonesian', () => {
    expect(() => parseCommandLine(spec, ['--situs', 'a'])).toThrow(new UsageError('pilihan tidak dikenal: --situs. Lihat daftar pilihan dengan --help.'));
    expect(() => parseCommandLine(spec, ['--site'])).toThrow(/--site perlu nilai/);
    expect(() => parseCommandLine(spec, ['--force=ya'])).toThrow(/--force tidak memakai nilai/);
    expect(() => parseCommandLine(spec, ['kim-a'])).toThrow(/tidak mengerti "kim-a"/);
    expect(parseCommandLine({ ...spec, positionals: '<slug>' }, ['kim-a']).positionals).toEqual(['kim-a']);
  });

  it('writes help in Indonesian, with defaults', () => {
    const h = helpText(spec);
    expect(h).toMatch(/^Cara pakai: npm run contoh -- \[pilihan\]/);
    expect(h).toContain('Pilihan:');
    expect(h).toMatch(/--port <port>\s+Port \(bawaan: 8080\)/);
    expect(h).toMatch(/-h, --help\s+Tampilkan bantuan ini/);
    expect(h).toContain('Contoh:\n  npm run contoh -- --site kim-a');
  });

  it('splits comma lists and refuses an empty one', () => {
    expect(listValue('a, b,,c', 'site')).toEqual(['a', 'b', 'c']);
    expect(listValue(undefined, 'site')).toBeUndefined();
    expect(() => listValue(' , ', 'site')).toThrow(UsageError);
  });
});

describe('a numeric --site reaches the command as a slug', () => {
  const dir = copyFixture('dua-situs');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // cac turned `123` into a number, which the commands then ignored: every site was checked or built.
  it.each(['check', 'build'])('%s --site 123 names the unknown site instead of running them all', (script) => {
    const r = runScript(script, ['--root', dir, '--site', '123']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Situs tidak ditemukan di sites/: 123');
    expect(fs.existsSync(`${dir}/dist`)).toBe(false);
  });

  it('every command prints its help with exit 0', () => {
    for (const script of ['build', 'check', 'guard', 'media-optimize', 'report', 'site-list', 'site-new', 'site-archive', 'site-restore']) {
      const r = runScript(script, ['--help']);
      expect(r.code, script).toBe(0);
      expect(r.stdout, script).toMatch(/^Cara pakai: npm run /);
    }
  });
});
