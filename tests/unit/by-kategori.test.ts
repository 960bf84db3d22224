import { describe, expect, it } from 'vitest';
import { groupBy } from '../../src/lib/by-kategori.ts';

const e = (id: string, kategori: 'wisata' | 'kuliner' | 'budaya') => ({ id, data: { kategori } });

describe('kelompokkan', () => {
  it('groups in the label order and drops empty groups', () => {
    const groups = groupBy([e('a', 'kuliner'), e('b', 'wisata'), e('c', 'kuliner')], {
      wisata: 'Wisata',
      budaya: 'Budaya',
      kuliner: 'Kuliner',
    });
    expect(groups.map((g) => [g.kategori, g.label, g.entries.map((x) => x.id)])).toEqual([
      ['wisata', 'Wisata', ['b']],
      ['kuliner', 'Kuliner', ['a', 'c']],
    ]);
  });
});
