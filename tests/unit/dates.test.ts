import { describe, expect, it } from 'vitest';
import { formatTime, formatDate, formatDateTime, isoDate, localToInstant, localToIso, zoneLabel, zoneOffset } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('labels the three Indonesian zones', () => {
    expect(zoneLabel('Asia/Jakarta')).toBe('WIB');
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
    expect(zoneLabel('Asia/Jayapura')).toBe('WIT');
    expect(zoneOffset('Asia/Jayapura')).toBe('+09:00');
  });

  it('reads wall-clock times in the site zone', () => {
    expect(localToInstant('2026-08-17T08:00', 'Asia/Jakarta').toISOString()).toBe('2026-08-17T01:00:00.000Z');
    expect(localToInstant('2026-08-17T08:00', 'Asia/Makassar').toISOString()).toBe('2026-08-17T00:00:00.000Z');
    expect(localToInstant('2026-08-17T08:00', 'Asia/Jayapura').toISOString()).toBe('2026-08-16T23:00:00.000Z');
    expect(localToIso('2026-08-17T08:00', 'Asia/Makassar')).toBe('2026-08-17T08:00:00+08:00');
  });

  it('formats a WITA time with its label', () => {
    expect(formatDateTime('2026-08-17T08:00', 'Asia/Makassar')).toBe('Senin, 17 Agustus 2026 pukul 08.00 WITA');
  });

  it('shows the same wall-clock time in every zone', () => {
    expect(formatDateTime('2026-08-17T19:30', 'Asia/Jakarta')).toBe('Senin, 17 Agustus 2026 pukul 19.30 WIB');
    expect(formatTime('2026-08-17T19:30', 'Asia/Jayapura')).toBe('19.30 WIT');
  });

  it('formats date-only fields as that calendar day', () => {
    const d = new Date('2026-08-17');
    expect(formatDate(d)).toBe('17 Agustus 2026');
    expect(formatDate(d, { hari: true })).toBe('Senin, 17 Agustus 2026');
    expect(isoDate(d)).toBe('2026-08-17');
  });
});
