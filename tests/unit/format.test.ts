import { describe, expect, it } from 'vitest';
import { formatTable, terminalSafe } from '../../scripts/lib/format.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('terminalSafe', () => {
  it.each([
    ['CSI colour', '\u001b[31mMerah\u001b[0m', 'Merah'],
    ['cursor move and clear', 'a\u001b[2J\u001b[1;1Hb', 'ab'],
    ['OSC title ended by BEL', '\u001b]0;pwned\u0007Judul', 'Judul'],
    ['OSC 8 link ended by ST', '\u001b]8;;https://jahat.example/\u001b\\klik\u001b]8;;\u001b\\', 'klik'],
    ['C1 CSI', 'x\u009b31my', 'xy'],
    ['bare ESC, NUL, BEL, DEL, backspace', 'a\u001bb\u0000c\u0007d\u007fe\bf', 'abcdef'],
    ['line breaks and tabs', 'baris1\nbaris2\r\tx', 'baris1 baris2  x'],
  ])('%s', (_name, input, output) => {
    expect(terminalSafe(input)).toBe(output);
    expect(terminalSafe(input)).not.toMatch(CONTROL);
  });

  it('keeps ordinary text, including non-Latin letters', () => {
    expect(terminalSafe('KIM Sumber Rejeki — Sri Ayu, 日本, é')).toBe('KIM Sumber Rejeki — Sri Ayu, 日本, é');
  });
});

describe('formatTable', () => {
  it('pads columns by terminal width and leaves the last one free', () => {
    const t = formatTable(
      ['Slug', 'Nama', 'Catatan'],
      [
        ['kim-a', 'Désa', 'x'],
        ['kim-bb', '日本', 'panjang sekali'],
      ],
    );
    expect(t.split('\n')).toEqual(['Slug    Nama  Catatan', '──────  ────  ──────────────', 'kim-a   Désa  x', 'kim-bb  日本  panjang sekali']);
  });

  it('counts a combining accent as no width', () => {
    const t = formatTable(['A', 'B'], [['e\u0301e', 'x']]);
    expect(t.split('\n')[2]).toBe('e\u0301e  x');
  });

  it('strips control characters from every cell and the header', () => {
    const t = formatTable(['Slug\u001b[5m', 'Kecamatan'], [['kim-a', '\u001b]0;pwned\u0007\u001b[31mDramaga\u001b[0m\n\u009b2J']]);
    for (const line of t.split('\n')) expect(line).not.toMatch(CONTROL);
    expect(t.split('\n')[2]).toBe('kim-a  Dramaga');
  });
});
