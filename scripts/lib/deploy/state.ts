/**
 * What was last deployed, per unit: the content hash of every file. A unit whose files hash
 * the same as at its last successful deploy is unchanged and is not uploaded again.
 * Kept in `<root>/.simpul/deploy/state.json`; never holds credentials.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DataRoot } from '../paths.ts';

export interface UnitState {
  target: string;
  /** ISO time of the last successful deploy. */
  at: string;
  /** Path inside the unit → content hash. */
  files: Record<string, string>;
}

export interface DeployState {
  units: Record<string, UnitState>;
}

export const statePath = (root: DataRoot) => path.join(root.workDir, 'deploy', 'state.json');

export function readState(file: string): DeployState {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as DeployState;
    return s && typeof s.units === 'object' ? s : { units: {} };
  } catch {
    return { units: {} };
  }
}

/** Written to a temp file and renamed, so a kill never leaves half a state file. */
export function writeState(file: string, state: DeployState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state, null, 1));
  fs.renameSync(tmp, file);
}

export interface Changes {
  /** No earlier deploy of this unit is recorded. */
  first: boolean;
  added: string[];
  changed: string[];
  removed: string[];
}

export function diffFiles(now: Record<string, string>, before: UnitState | undefined): Changes {
  if (!before) return { first: true, added: Object.keys(now).sort(), changed: [], removed: [] };
  const added: string[] = [];
  const changed: string[] = [];
  for (const [p, h] of Object.entries(now)) {
    if (!(p in before.files)) added.push(p);
    else if (before.files[p] !== h) changed.push(p);
  }
  const removed = Object.keys(before.files).filter((p) => !(p in now));
  return { first: false, added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

export const hasChanges = (c: Changes) => c.first || c.added.length + c.changed.length + c.removed.length > 0;

/** `baru`, `tidak berubah`, `+3 ~2 -1`. */
export function describeChanges(c: Changes): string {
  if (c.first) return 'belum pernah dipasang';
  if (!hasChanges(c)) return 'tidak berubah';
  return `+${c.added.length} baru, ~${c.changed.length} berubah, -${c.removed.length} hilang`;
}
