import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, withLock } from '../../scripts/lib/lock.ts';

const lockFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-lock-')), 'render.lock');
/** The pid of a process that has run and exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('isAlive', () => {
  it('tells a running process from one that has exited', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(deadPid())).toBe(false);
  });
});

describe('withLock', () => {
  it('holds the file while the work runs and removes it after, also when the work fails', async () => {
    const file = lockFile();
    await withLock(file, async () => {
      expect(fs.readFileSync(file, 'utf8')).toBe(`${process.pid} ${os.hostname()}`);
    });
    expect(fs.existsSync(file)).toBe(false);
    await expect(withLock(file, async () => Promise.reject(new Error('gagal')))).rejects.toThrow('gagal');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('takes over a lock left by a process that died, without waiting', async () => {
    const file = lockFile();
    fs.writeFileSync(file, String(deadPid()));
    const waited: number[] = [];
    expect(await withLock(file, async () => 'jalan', { onWait: (p) => waited.push(p) })).toBe('jalan');
    expect(waited).toEqual([]);
  });

  it('takes over a lock nobody has touched for minutes, even if its pid is in use', async () => {
    const file = lockFile();
    fs.writeFileSync(file, String(process.ppid));
    const old = new Date(Date.now() - 5 * 60_000);
    fs.utimesSync(file, old, old);
    const waited: number[] = [];
    expect(await withLock(file, async () => 'jalan', { onWait: (p) => waited.push(p) })).toBe('jalan');
    expect(waited).toEqual([]);
  });

  it('waits for a holder on another machine while its lock is fresh, whatever its pid', async () => {
    const file = lockFile();
    fs.writeFileSync(file, `${deadPid()} mesin-lain`);
    const waited: number[] = [];
    setTimeout(() => fs.rmSync(file), 300);
    await withLock(file, async () => {}, { onWait: (p) => waited.push(p), pollMs: 50 });
    expect(waited).toHaveLength(1);
  });

  it('waits for a live holder that keeps its lock fresh', async () => {
    const file = lockFile();
    fs.writeFileSync(file, String(process.ppid));
    const waited: number[] = [];
    setTimeout(() => fs.rmSync(file), 300);
    const t0 = performance.now();
    await withLock(file, async () => {}, { onWait: (p) => waited.push(p), pollMs: 50 });
    expect(waited).toEqual([process.ppid]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(250);
  });
});
