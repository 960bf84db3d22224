import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFiles } from '../../scripts/lib/walk.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-walk-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
for (const f of ['b.md', 'a/z.md', 'a/y.jpg', '.hidden/x.md', 'a/.dot.md', 'media/m.md']) {
  fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
  fs.writeFileSync(path.join(dir, f), 'x');
}
fs.symlinkSync(path.join(dir, 'b.md'), path.join(dir, 'link.md'));
fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'linkdir'));

describe('walkFiles', () => {
  it('lists regular files, relative with /, sorted, without following symlinks', () => {
    expect(walkFiles(dir)).toEqual(['.hidden/x.md', 'a/.dot.md', 'a/y.jpg', 'a/z.md', 'b.md', 'media/m.md']);
  });

  it('filters files, skips hidden names and chosen folders', () => {
    expect(walkFiles(dir, { skipHidden: true, enterDir: (d) => d !== 'media', filter: (f) => f.endsWith('.md') })).toEqual(['a/z.md', 'b.md']);
  });

  it('lists symlinks only when asked, still without following them', () => {
    expect(walkFiles(dir, { includeSymlinks: true, filter: (f) => !f.includes('/') })).toEqual(['b.md', 'link.md', 'linkdir']);
  });

  it('gives an empty list for a missing folder', () => {
    expect(walkFiles(path.join(dir, 'tidak-ada'))).toEqual([]);
  });
});
