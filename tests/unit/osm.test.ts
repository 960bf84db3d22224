import { describe, expect, it } from 'vitest';
import { osmLink } from '../../src/lib/osm.ts';

describe('osmLink', () => {
  it('links to a marker on OpenStreetMap', () => {
    expect(osmLink(-7.9912, 112.95)).toBe('https://www.openstreetmap.org/?mlat=-7.9912&mlon=112.95#map=16/-7.9912/112.95');
  });
  it('rounds to six decimals', () => {
    expect(osmLink(-7.123456789, 112.987654321, 14)).toBe('https://www.openstreetmap.org/?mlat=-7.123457&mlon=112.987654#map=14/-7.123457/112.987654');
  });
});
