import { describe, expect, it } from 'vitest';
import { formatWhatsapp } from '../../src/lib/phone.ts';

describe('formatWhatsapp', () => {
  it('groups an Indonesian mobile number', () => {
    expect(formatWhatsapp('6281234567890')).toBe('+62 812-3456-7890');
    expect(formatWhatsapp('628123456789')).toBe('+62 812-3456-789');
    expect(formatWhatsapp('62812345678')).toBe('+62 812-345-678');
  });
  it('leaves other numbers whole', () => {
    expect(formatWhatsapp('12025550143')).toBe('+12025550143');
  });
});
