/** Helpers for the provisioning tests: temp data roots and snapshots of every path in them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
// Registered while the importing test file is collected, so it runs after that file.
afterAll(() => {
  for (const d of created) fs.rmSync(d, { recursive: true, force: true });
});

export function tempRoot(name = 'prov'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), `simpul-${name}-`));
  created.push(d);
  return d;
}

/** Every file and folder under `dir` (relative, sorted), with file contents, to compare before/after. */
export function portrait(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  if (!fs.existsSync(dir)) return result;
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const abs = path.join(dir, rel);
    const st = fs.lstatSync(abs);
    result[rel.split(path.sep).join('/')] = st.isDirectory() ? '<folder>' : fs.readFileSync(abs, 'utf8');
  }
  return result;
}

/** A complete, valid set of flags/columns for one KIM desa. */
export function desaFields(extra: Record<string, string> = {}): Record<string, string> {
  return {
    nama: 'KIM Ngudi Rahayu',
    jenis: 'desa',
    desa: 'Cibatok Satu',
    kecamatan: 'Cibungbulang',
    kabupaten: 'Kabupaten Bogor',
    provinsi: 'Jawa Barat',
    url: 'https://kim-ngudi-rahayu.desa.id/',
    whatsapp: '0812-3456-7890',
    ...extra,
  };
}

export function toFlag(field: Record<string, string>): string[] {
  return Object.entries(field).flatMap(([k, v]) => [`--${k}`, v]);
}
