import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileProblem, isInsideReal, symlinkProblems } from '../../scripts/lib/confine.ts';

let root: string;
let content: string;
const mk = (p: string, text = 'x') => {
  fs.mkdirSync(path.dirname(path.join(content, p)), { recursive: true });
  fs.writeFileSync(path.join(content, p), text);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-confine-'));
  content = path.join(root, 'content');
  mk('kim-a/berita/a.md');
  mk('kim-a/media/a.jpg');
  mk('kim-b/berita/b.md');
  mk('kim-b/media/b.jpg');
  fs.writeFileSync(path.join(root, 'luar.txt'), 'luar');
});

describe('symlinkProblems', () => {
  it('passes a KIM folder of plain files', () => {
    expect(symlinkProblems(content, 'kim-a')).toEqual([]);
  });

  it('names every symlink, to a file, a folder, outside the root, or dangling', () => {
    fs.symlinkSync('../../kim-b/berita/b.md', path.join(content, 'kim-a/berita/salin.md'));
    fs.symlinkSync('../../kim-b/media', path.join(content, 'kim-a/berita/media-b'));
    fs.symlinkSync(path.join(root, 'luar.txt'), path.join(content, 'kim-a/media/luar.jpg'));
    fs.symlinkSync('tidak-ada', path.join(content, 'kim-a/media/.tersembunyi'));
    fs.symlinkSync('a.jpg', path.join(content, 'kim-a/media/sendiri.jpg'));
    expect(
      symlinkProblems(content, 'kim-a')
        .map((p) => path.relative(content, p.file))
        .sort(),
    ).toEqual(
      ['kim-a/berita/media-b', 'kim-a/berita/salin.md', 'kim-a/media/.tersembunyi', 'kim-a/media/luar.jpg', 'kim-a/media/sendiri.jpg'].map((p) =>
        p.split('/').join(path.sep),
      ),
    );
    expect(symlinkProblems(content, 'kim-a')[0]!.message).toMatch(/tautan simbolik \(symlink\) tidak diizinkan/);
  });

  it('refuses a KIM folder that is itself a symlink', () => {
    fs.symlinkSync('kim-b', path.join(content, 'kim-c'));
    expect(symlinkProblems(content, 'kim-c').map((p) => p.file)).toEqual([path.join(content, 'kim-c')]);
  });

  it('accepts a data root reached through a symlink of the operator', () => {
    const alias = `${root}-alias`;
    fs.symlinkSync(root, alias);
    expect(symlinkProblems(path.join(alias, 'content'), 'kim-a')).toEqual([]);
  });
});

describe('isInsideReal and fileProblem', () => {
  it('resolve symlinks before deciding', () => {
    fs.symlinkSync('../../kim-b/media/b.jpg', path.join(content, 'kim-a/media/b.jpg'));
    expect(isInsideReal(path.join(content, 'kim-a'), path.join(content, 'kim-a/media/a.jpg'))).toBe(true);
    expect(isInsideReal(path.join(content, 'kim-a'), path.join(content, 'kim-a/media/b.jpg'))).toBe(false);
    expect(isInsideReal(path.join(content, 'kim-a'), path.join(content, 'kim-a/media/tidak-ada.jpg'))).toBe(false);
    expect(fileProblem(content, path.join(content, 'kim-a/media/a.jpg'))).toBeUndefined();
    expect(fileProblem(content, path.join(content, 'kim-a/media/b.jpg'))).toMatch(/symlink/);
    expect(fileProblem(content, path.join(content, 'kim-a/../kim-b/media/b.jpg'))).toBeUndefined();
    expect(fileProblem(content, path.join(root, 'luar.txt'))).toMatch(/di luar folder KIM/);
  });

  it('refuses a file under a symlinked folder', () => {
    fs.symlinkSync('../kim-b/berita', path.join(content, 'kim-a/tautan'));
    expect(fileProblem(content, path.join(content, 'kim-a/tautan/b.md'))).toMatch(/symlink/);
  });
});
