import { describe, expect, it } from 'vitest';
import { groupsOf, isGroup, membersOf, missedBy, type MembershipSite } from '../../src/lib/membership.ts';

const at = (slug: string, jenis: string, kecamatan: string, kabupaten = 'Kabupaten Lumajang', extra: Partial<MembershipSite> = {}): MembershipSite => ({
  slug,
  jenis,
  wilayah: { kecamatan, kabupaten, provinsi: 'Jawa Timur' },
  ...extra,
});

const fleet: MembershipSite[] = [
  at('kim-a1', 'desa', 'Senduro'),
  at('kim-a2', 'kelurahan', 'senduro '),
  at('kim-b1', 'desa', 'Pasrujambe'),
  at('kim-luar', 'desa', 'Senduro', 'Kabupaten Malang'),
  at('forum-senduro', 'forum-kecamatan', 'Senduro'),
  at('forum-pasrujambe', 'forum-kecamatan', 'Pasrujambe', undefined, { anggota: ['kim-b1', 'kim-b1', 'forum-pasrujambe'] }),
  at('portal-lumajang', 'portal-kabupaten', 'Lumajang'),
];

describe('membersOf', () => {
  it('derives a forum’s members from its kecamatan, ignoring case and spaces, and only desa and kelurahan', () => {
    expect(membersOf(fleet[4]!, fleet)).toEqual(['kim-a1', 'kim-a2']);
  });

  it('takes an explicit anggota list as it is written, without duplicates or itself', () => {
    expect(membersOf(fleet[5]!, fleet)).toEqual(['kim-b1']);
  });

  it('derives a portal’s members from its kabupaten and provinsi, forums included, other portals not', () => {
    const withOther = [...fleet, at('portal-lain', 'portal-kabupaten', 'X')];
    expect(membersOf(fleet[6]!, withOther)).toEqual(['forum-pasrujambe', 'forum-senduro', 'kim-a1', 'kim-a2', 'kim-b1']);
  });

  it('gives a KIM desa no members, and needs a known area to derive any', () => {
    expect(membersOf(fleet[0]!, fleet)).toEqual([]);
    expect(membersOf({ slug: 'forum-x', jenis: 'forum-kecamatan', wilayah: {} }, [{ slug: 'kim-y', jenis: 'desa', wilayah: {} }])).toEqual([]);
    expect(isGroup(fleet[4]!) && isGroup(fleet[6]!) && !isGroup(fleet[0]!)).toBe(true);
  });
});

describe('groupsOf and missedBy', () => {
  it('lists every forum and portal that covers a KIM', () => {
    expect(groupsOf('kim-a1', fleet)).toEqual(['forum-senduro', 'portal-lumajang']);
    expect(groupsOf('kim-b1', fleet)).toEqual(['forum-pasrujambe', 'portal-lumajang']);
    expect(groupsOf('forum-senduro', fleet)).toEqual(['portal-lumajang']);
    expect(groupsOf('kim-luar', fleet)).toEqual([]);
  });

  it('names the forum whose explicit list leaves out a KIM of its area', () => {
    const late = at('kim-b2', 'desa', 'Pasrujambe');
    expect(missedBy(late, [...fleet, late])).toEqual(['forum-pasrujambe']);
    expect(missedBy(fleet[0]!, fleet)).toEqual([]);
  });
});
