import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { beritaSchema } from '../../src/schemas/berita.ts';
import { photo, choice, calendarDate, text, type SchemaContext } from '../../src/schemas/common.ts';
import { errorsOf, plainCtx } from '../helpers/schema.ts';

describe('field building blocks', () => {
  it('give one shared instance per definition, so per-entry schema factories stay cheap', () => {
    expect(text('Judul', { max: 150 })).toBe(text('Judul', { max: 150 }));
    expect(calendarDate('Tanggal terbit')).toBe(calendarDate('Tanggal terbit'));
    expect(choice('Kategori', { a: 'A' })).toBe(choice('Kategori', { a: 'A' }));
    expect(beritaSchema(plainCtx).shape.judul).toBe(beritaSchema(plainCtx).shape.judul);
  });

  it('keep definitions with other arguments apart, each with its own rules', () => {
    expect(text('Judul', { max: 5 })).not.toBe(text('Judul', { max: 6 }));
    expect(errorsOf(z.object({ j: text('Judul', { max: 5 }) }), { j: 'enam ch' })).toEqual(['j: maksimal 5 karakter']);
    expect(z.object({ j: text('Judul', { max: 6 }) }).safeParse({ j: 'enamch' }).success).toBe(true);
    expect(choice('Kategori', { a: 'A' })).not.toBe(choice('Kategori', { b: 'B' }));
  });

  it('never share a picture field: each entry resolves its pictures itself', () => {
    const seen: string[] = [];
    const ctxFor = (entry: string): SchemaContext => ({
      ...plainCtx,
      image: () => z.string().transform((v) => (seen.push(`${entry}:${v}`), v)) as unknown as ReturnType<SchemaContext['image']>,
    });
    const a = photo(ctxFor('a'));
    const b = photo(ctxFor('b'));
    expect(a).not.toBe(b);
    a.parse({ src: 'x.jpg', alt: 'Foto A' });
    b.parse({ src: 'x.jpg', alt: 'Foto B' });
    expect(seen).toEqual(['a:x.jpg', 'b:x.jpg']);
  });
});
