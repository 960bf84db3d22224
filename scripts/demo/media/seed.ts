/** A small seeded random generator, so the same file name always gives the same picture. */
import { hashString, mulberry32 } from '../../lib/random.ts';

export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** A float in [min, max). */
  range: (min: number, max: number) => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

/** mulberry32: tiny, fast, good enough for picking colours and shapes. */
export function seededRandom(seedText: string): Random {
  const next = mulberry32(hashString(seedText));
  const range = (min: number, max: number) => min + (max - min) * next();
  return {
    next,
    range,
    int: (min, max) => Math.floor(range(min, max + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/** `hsl()` colour string, with components rounded so the SVG stays short. */
export function hsl(h: number, s: number, l: number): string {
  return `hsl(${Math.round(((h % 360) + 360) % 360)},${Math.round(s)}%,${Math.round(l)}%)`;
}
