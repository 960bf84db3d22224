/**
 * The one command-line parser for every CLI under scripts/: Node's own `util.parseArgs`, with
 * help text and errors in Indonesian. Values always stay strings: `--site 123` is the slug
 * "123", `--whatsapp 0812…` keeps its leading 0 (cac/mri turned such values into numbers).
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  name: string;
  /** Placeholder shown in the help (`--site <slug>`); an option without one is a switch. */
  value?: string;
  description: string;
  /** Default for a value option, used when the option is not given. */
  default?: string;
}

export interface CommandSpec {
  /** How the operator types it: `npm run build --`. */
  command: string;
  /** Shown after the command in the usage line, e.g. `<slug> [slug lain …]`. */
  positionals?: string;
  /** A few lines under the usage line. */
  description?: string;
  options: readonly OptionSpec[];
  examples?: readonly string[];
}

export interface ParsedArgs {
  /** Value options: the given string, the default, or undefined. */
  values: Record<string, string | undefined>;
  /** Switches: true when given. */
  flags: Record<string, boolean>;
  positionals: string[];
  help: boolean;
}

/** Bad usage: print the message and exit 2. */
export class UsageError extends Error {}

const HELP: OptionSpec = { name: 'help', description: 'Tampilkan bantuan ini' };

/** Parses `argv` (without node and script) strictly; errors are UsageError in Indonesian. */
export function parseCommandLine(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const o of spec.options) options[o.name] = { type: o.value ? 'string' : 'boolean' };
  let r: ReturnType<typeof parseArgs>;
  try {
    r = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (e) {
    const err = e as Error & { code?: string };
    const flag = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`pilihan tidak dikenal: ${flag}. Lihat daftar pilihan dengan --help.`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const opt = spec.options.find((o) => o.name === flag.replace(/^--?/, ''));
      throw new UsageError(
        opt && !opt.value ? `${flag} tidak memakai nilai` : `${flag} perlu nilai, misalnya ${flag} "…" (nilai yang diawali - harus ditulis ${flag}=…)`,
      );
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(
        `tidak mengerti "${/'([^']*)'/.exec(err.message)?.[1] ?? ''}". Setiap nilai harus didahului nama pilihannya, misalnya --site kim-a.`,
      );
    }
    throw new UsageError(err.message);
  }
  const values: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  for (const o of spec.options) {
    if (o.value) values[o.name] = (r.values[o.name] as string | undefined) ?? o.default;
    else flags[o.name] = r.values[o.name] === true;
  }
  return { values, flags, positionals: r.positionals, help: r.values.help === true };
}

/** The `--help` text, in Indonesian. */
export function helpText(spec: CommandSpec): string {
  const opts = [...spec.options, HELP];
  const left = opts.map((o) => (o.name === 'help' ? '-h, --help' : `--${o.name}${o.value ? ` ${o.value}` : ''}`));
  const width = Math.max(...left.map((l) => l.length));
  const lines = [`Cara pakai: ${spec.command} ${spec.positionals ? `${spec.positionals} ` : ''}[pilihan]`];
  if (spec.description) lines.push('', ...spec.description.split('\n').map((l) => `  ${l}`));
  lines.push('', 'Pilihan:');
  for (const [i, o] of opts.entries()) lines.push(`  ${left[i]!.padEnd(width)}  ${o.description}${o.default !== undefined ? ` (bawaan: ${o.default})` : ''}`);
  if (spec.examples?.length) lines.push('', 'Contoh:', ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

/**
 * Parses, prints help (returns null: the command should exit 0) or a usage error (exits 2).
 * Every CLI starts with this.
 */
export function readCommandLine(spec: CommandSpec, argv: readonly string[] = process.argv.slice(2)): ParsedArgs | null {
  let parsed: ParsedArgs;
  try {
    parsed = parseCommandLine(spec, argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`Galat: ${e.message}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(helpText(spec));
    return null;
  }
  return parsed;
}

/** `--site a,b` → `['a', 'b']`; undefined when not given. An empty list is a usage error. */
export function listValue(value: string | undefined, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError(`--${name} perlu nilai, contoh: --${name} kim-a,kim-b`);
  return list;
}

/** The `--root` option, the same in every command: default is the project folder. */
export const ROOT_OPTION: OptionSpec = {
  name: 'root',
  value: '<folder>',
  description: 'Folder data yang berisi sites/ dan content/ (bawaan: folder proyek, tempat package.json)',
};
