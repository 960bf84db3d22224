import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue, issuesFromZod } from '../../scripts/lib/issues.ts';

describe('ValidationIssue helpers', () => {
  it('names the field of a zod issue with dots and indexes', () => {
    const r = z.object({ hero: z.object({ tombol: z.array(z.object({ label: z.string({ error: 'wajib diisi' }) })) }) }).safeParse({ hero: { tombol: [{}] } });
    expect(r.success).toBe(false);
    expect(issuesFromZod(r.error!, 'content/kim-a/pengaturan.yaml')).toEqual([
      { file: 'content/kim-a/pengaturan.yaml', field: 'hero.tombol[0].label', message: 'wajib diisi' },
    ]);
  });

  it('formats a file issue, a whole-file issue, a flag issue and a bare message', () => {
    expect(formatIssue({ file: 'a.md', field: 'judul', message: 'wajib diisi' })).toBe('a.md — judul: wajib diisi');
    expect(formatIssue({ file: 'a.md', field: '', message: 'YAML tidak valid' })).toBe('a.md: YAML tidak valid');
    expect(formatIssue({ file: '', field: 'slug', message: 'sudah ada' })).toBe('slug: sudah ada');
    expect(formatIssue({ file: '', field: '', message: 'gagal menulis' })).toBe('gagal menulis');
  });
});
