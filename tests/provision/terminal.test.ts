/**
 * The bare `site:new` in a real pseudo-terminal (util-linux `script`), typed into like an
 * operator would: this is the path the injected-prompt tests cannot see (raw mode, clack).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { tempRoot } from './helpers.ts';

const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

function terminal(root: string) {
  const command = `stty cols 100 rows 40; exec '${process.execPath}' scripts/site-new.ts --root '${root}'`;
  const p = spawn('script', ['-qfec', command, '/dev/null'], { cwd: projectRoot, env: { ...process.env, TERM: 'xterm' } });
  let output = '';
  let read = 0;
  p.stdout.on('data', (d: Buffer) => (output += d.toString()));
  const end = new Promise<number | null>((r) => p.on('exit', (code) => r(code)));
  return {
    /** Waits until `teks` appears in output not yet consumed. */
    async tunggu(text: string): Promise<void> {
      for (let i = 0; i < 150; i++) {
        const fresh = plain(output).slice(read);
        const at = fresh.indexOf(text);
        if (at !== -1) {
          read += at + text.length;
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`"${text}" never appeared. Output:\n${plain(output)}`);
    },
    ketik: (s: string) => p.stdin.write(s),
    selesai: end,
    keluaran: () => plain(output),
  };
}

describe('site:new in a real terminal', () => {
  it('asks in Indonesian, refuses a wrong provinsi, and creates the site', async () => {
    const root = tempRoot('pty');
    const t = terminal(root);
    await t.tunggu('Jenis KIM');
    t.ketik('\x1b[B\r'); // arrow down: kelurahan
    await t.tunggu('Nama KIM');
    t.ketik('KIM Bina Sejahtera II\r');
    await t.tunggu('Nama kelurahan');
    t.ketik('Tegal Gundil\r');
    await t.tunggu('Kecamatan');
    t.ketik('Bogor Utara\r');
    await t.tunggu('Kabupaten/kota');
    t.ketik('Kota Bogor\r');
    await t.tunggu('Provinsi');
    t.ketik('Jawa Barar\r');
    await t.tunggu('maksud Anda "Jawa Barat"?');
    t.ketik(`${'\x7f'.repeat(10)}Jawa Barat\r`); // erase the typo, type it right
    await t.tunggu('Slug');
    t.ketik('\r'); // accept the suggestion from the name
    await t.tunggu('Alamat situs');
    t.ketik('https://kim-bina-sejahtera-ii.kotabogor.example/\r');
    await t.tunggu('WhatsApp');
    t.ketik('0812-3456-7890\r');
    await t.tunggu('Email');
    t.ketik('\r');
    await t.tunggu('Atur tempat terbit');
    t.ketik('\r'); // Tidak
    await t.tunggu('Zona waktu WIB, dari provinsi Jawa Barat.');
    await t.tunggu('Buat situs ini?');
    t.ketik('\r');
    await t.tunggu('Situs kim-bina-sejahtera-ii dibuat.');
    expect(await t.selesai).toBe(0);
    expect(t.keluaran()).not.toMatch(/to navigate|Yes|Enter: confirm/);

    const site = parse(fs.readFileSync(path.join(root, 'sites', 'kim-bina-sejahtera-ii', 'site.yaml'), 'utf8'));
    expect(site).toMatchObject({ nama: 'KIM Bina Sejahtera II', jenis: 'kelurahan', wilayah: { desa: 'Tegal Gundil', provinsi: 'Jawa Barat' } });
    expect(fs.existsSync(path.join(root, 'content', 'kim-bina-sejahtera-ii', 'berita', 'selamat-datang.md'))).toBe(true);
  });

  it('Ctrl+C stops it and nothing is created', async () => {
    const root = tempRoot('pty');
    const t = terminal(root);
    await t.tunggu('Jenis KIM');
    t.ketik('\r');
    await t.tunggu('Nama KIM');
    t.ketik('KIM Ba');
    t.ketik('\x03');
    await t.tunggu('Dibatalkan. Tidak ada yang dibuat.');
    expect(await t.selesai).toBe(130);
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
