/**
 * Small helpers shared by the site:* commands.
 *
 * cac renders the help text. Values are read with Node's own `util.parseArgs`, because cac
 * (through mri) turns number-like values into numbers: `--whatsapp 081234567890` would lose
 * its leading 0, `--kode 32.10` would become 32.1 and `--nama ""` would become "0".
 */
import { parseArgs } from 'node:util';
import type { CAC } from 'cac';

const JUDUL: Record<string, string> = { Usage: 'Cara pakai', Options: 'Pilihan', Examples: 'Contoh', Commands: 'Perintah' };

/** cac writes its help in English; this turns the headings and stock lines into Indonesian. */
export function bantuanIndonesia(cli: CAC): void {
  cli.help((sections) =>
    // The first section only repeats the command name, which the usage line already shows.
    sections.slice(1).map((s) => ({
      title: s.title ? (JUDUL[s.title] ?? s.title) : s.title,
      body: s.body
        .replace('Display this message', 'Tampilkan bantuan ini')
        .replace('Display version number', 'Tampilkan nomor versi')
        .replace(/\(default: ([^)]*)\)/g, '(bawaan: $1)')
        .split('\n')
        .map((l) => (s.title === 'Examples' ? `  ${l}` : l).trimEnd())
        .join('\n'),
    })),
  );
}

export class GalatPakai extends Error {}

export interface Argumen {
  nilai: Record<string, string | undefined>;
  saklar: Record<string, boolean>;
  posisi: string[];
  bantuan: boolean;
}

/** Parses `argv` (without node and script) strictly; errors are GalatPakai in Indonesian. */
export function bacaArgumen(
  argv: readonly string[],
  spek: { nilai: readonly string[]; saklar: readonly string[]; posisi?: boolean },
): Argumen {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const n of spek.nilai) options[n] = { type: 'string' };
  for (const n of spek.saklar) options[n] = { type: 'boolean' };
  let r;
  try {
    r = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spek.posisi ?? false });
  } catch (e) {
    const err = e as Error & { code?: string };
    const flag = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new GalatPakai(`pilihan tidak dikenal: ${flag}. Lihat daftar pilihan dengan --help.`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new GalatPakai(
        spek.saklar.includes(flag.replace(/^--?/, ''))
          ? `${flag} tidak memakai nilai`
          : `${flag} perlu nilai, misalnya ${flag} "…" (nilai yang diawali - harus ditulis ${flag}=…)`,
      );
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new GalatPakai(`tidak mengerti "${/'([^']*)'/.exec(err.message)?.[1] ?? ''}". Setiap nilai harus didahului nama pilihannya, misalnya --nama "KIM Maju".`);
    }
    throw new GalatPakai(err.message);
  }
  const nilai: Record<string, string | undefined> = {};
  const saklar: Record<string, boolean> = {};
  for (const n of spek.nilai) nilai[n] = r.values[n] as string | undefined;
  for (const n of spek.saklar) saklar[n] = Boolean(r.values[n]);
  return { nilai, saklar, posisi: r.positionals, bantuan: Boolean(r.values.help) };
}
