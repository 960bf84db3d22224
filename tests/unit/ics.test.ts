import { describe, expect, it } from 'vitest';
import { buildIcs } from '../../src/lib/ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

const one = (e: Partial<Parameters<typeof buildIcs>[0]['events'][number]>) =>
  buildIcs({ prodId: 'x', events: [{ uid: 'a@b', summary: 'S', start: new Date(0), stamp: new Date(0), ...e }] });
/** The content lines, unfolded (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('text values', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(unfold(one({ summary: 'a\\b;c,d\ne\r\nf' }))).toContain('SUMMARY:a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('times', () => {
  it('writes the UTC basic form with Z', () => {
    expect(unfold(one({ start: new Date('2026-08-17T01:00:00.000Z') }))).toContain('DTSTART:20260817T010000Z');
  });
});

describe('folding', () => {
  it('leaves short lines alone', () => {
    expect(one({ summary: 'Rapat' }).split('\r\n')).toContain('SUMMARY:Rapat');
  });

  it('folds at 75 octets with CRLF and a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const ics = one({ description: 'x'.repeat(200) });
    const parts = ics.split('\r\n');
    const first = parts.findIndex((p) => p.startsWith('DESCRIPTION:'));
    // RFC 5545 asks for at most 75 octets; ical-generator stops its first line at 74.
    expect(octets(parts[first]!)).toBeLessThanOrEqual(75);
    expect(octets(parts[first]!)).toBeGreaterThanOrEqual(74);
    const rest = parts.slice(
      first + 1,
      parts.findIndex((p, i) => i > first && !p.startsWith(' ')),
    );
    expect(rest.length).toBeGreaterThan(1);
    for (const p of rest) expect(octets(p)).toBeLessThanOrEqual(75);
    expect([parts[first]!, ...rest.map((p) => p.slice(1))].join('')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    const location = `${'é'.repeat(60)}🎉${'ü'.repeat(40)}`;
    const ics = one({ location });
    for (const p of ics.split('\r\n')) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toContain('\uFFFD');
    }
    expect(unfold(ics)).toContain(`LOCATION:${location}`);
  });
});

describe('buildIcs', () => {
  const ics = buildIcs({
    prodId: '-//Simpul//KIM Beta//ID',
    name: 'KIM Beta',
    events: [
      {
        uid: 'rapat@diskominfo.example.id',
        summary: 'Rapat Koordinasi, Bulanan; Pengurus',
        start: new Date('2030-01-15T01:00:00Z'),
        end: new Date('2030-01-15T03:30:00Z'),
        location: 'Aula Kelurahan',
        description: 'Baris satu\nBaris dua',
        url: 'https://diskominfo.example.id/kim-beta/agenda/rapat/',
        stamp: new Date('2029-12-01T00:00:00Z'),
      },
    ],
  });

  it('uses CRLF line endings only', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the required calendar and event properties', () => {
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Simpul//KIM Beta//ID');
    expect(lines).toContain('UID:rapat@diskominfo.example.id');
    expect(lines).toContain('DTSTAMP:20291201T000000Z');
    expect(lines).toContain('DTSTART:20300115T010000Z');
    expect(lines).toContain('DTEND:20300115T033000Z');
    expect(lines).toContain('SUMMARY:Rapat Koordinasi\\, Bulanan\\; Pengurus');
    expect(lines).toContain('DESCRIPTION:Baris satu\\nBaris dua');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('omits DTEND when the event has no end', () => {
    const withoutEnd = buildIcs({
      prodId: 'x',
      events: [{ uid: 'a@b', summary: 'S', start: new Date(0), stamp: new Date(0) }],
    });
    expect(withoutEnd).not.toContain('DTEND');
    expect(withoutEnd).toContain('DTSTART:19700101T000000Z');
  });
});
