import { describe, expect, it } from 'vitest';
import { eventJsonLd, sameDay, splitAgenda } from '../../src/lib/agenda.ts';

const e = (id: string, start: string, end?: string) => ({ id, data: { mulai: start, ...(end ? { selesai: end } : {}) } });

describe('pisahAgenda', () => {
  // 2026-08-17 10:00 WITA = 02:00 UTC
  const now = new Date('2026-08-17T02:00:00Z');
  const entries = [
    e('lalu', '2026-08-16T08:00', '2026-08-16T10:00'),
    e('berlangsung', '2026-08-17T08:00', '2026-08-17T12:00'),
    e('nanti', '2026-09-01T08:00'),
    e('besok', '2026-08-18T08:00'),
    e('tadi', '2026-08-17T09:00'),
  ];

  it('keeps running events upcoming and sorts each group', () => {
    const { upcoming, past } = splitAgenda(entries, now, 'Asia/Makassar');
    expect(upcoming.map((x) => x.id)).toEqual(['berlangsung', 'besok', 'nanti']);
    expect(past.map((x) => x.id)).toEqual(['tadi', 'lalu']);
  });

  it('compares in the site time zone', () => {
    // 09:00 WIB is 02:00 UTC, so "tadi" has just started in Jakarta and counts as upcoming.
    const { upcoming } = splitAgenda([e('tadi', '2026-08-17T09:00')], now, 'Asia/Jakarta');
    expect(upcoming).toHaveLength(1);
  });
});

describe('hariSama', () => {
  it('compares calendar days', () => {
    expect(sameDay('2026-08-17T08:00', '2026-08-17T23:00')).toBe(true);
    expect(sameDay('2026-08-17T08:00', '2026-08-18T01:00')).toBe(false);
  });
});

describe('eventJsonLd', () => {
  it('carries the site offset and the place', () => {
    const ld = eventJsonLd({
      judul: 'Rapat',
      ringkasan: 'Rapat bulanan.',
      mulai: '2030-01-15T09:00',
      selesai: '2030-01-15T11:30',
      lokasi: 'Aula',
      penyelenggara: 'KIM Beta',
      url: 'https://x.id/agenda/rapat/',
      site: {
        zona_waktu: 'Asia/Makassar',
        wilayah: { desa: 'Karang Anyar', kecamatan: 'Tarakan Barat', kabupaten: 'Kota Tarakan', provinsi: 'Kalimantan Utara' },
      },
    });
    expect(ld['@type']).toBe('Event');
    expect(ld.startDate).toBe('2030-01-15T09:00:00+08:00');
    expect(ld.endDate).toBe('2030-01-15T11:30:00+08:00');
    expect((ld.location as { name: string }).name).toBe('Aula');
  });
});
