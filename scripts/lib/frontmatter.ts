/**
 * The one front-matter reader: splits a Markdown file into YAML front matter and body, and
 * reads the YAML. `check` and the Astro build both read member files through this module
 * (the build through src/lib/content-loader.ts), so the two can never see different data.
 *
 * The YAML reading is deliberately narrow: no explicit tags, no anchors or aliases, no merge
 * keys (`<<`), no duplicate keys. Other YAML readers (js-yaml, which Astro would use) read each
 * of these differently, so a file using them could mean one thing to a check and another to a
 * build; members never need them.
 */
import { isAlias, isMap, isNode, isPair, isScalar, parseDocument, visit, type Node } from 'yaml';

export interface Parsed {
  data: unknown;
  body: string;
}

/** A problem in front matter or YAML, with the field it is in ('' for the whole file). */
export class FrontmatterError extends Error {
  readonly field: string;
  constructor(message: string, field = '') {
    super(message);
    this.name = 'FrontmatterError';
    this.field = field;
  }
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/**
 * A line inside front matter that another reader would take for a fence or a document
 * marker: Astro's own splitter ends front matter at the first line that starts with `---`
 * or `+++`, whatever follows on that line.
 */
const FENCE_LIKE = /^(?:---|\+\+\+|\.\.\.)/;

export interface Split {
  /** The YAML text between the fences, unparsed. */
  yaml: string;
  body: string;
}

/** The raw parts of an entry; undefined when it does not start with front matter. */
export function splitFrontmatter(source: string): Split | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const m = FENCE.exec(text);
  return m ? { yaml: m[1] ?? '', body: text.slice(m[0].length) } : undefined;
}

/** The inverse of `splitFrontmatter`, with `---` fences and LF line ends around the YAML. */
export function joinFrontmatter(e: Split): string {
  const yaml = e.yaml.endsWith('\n') ? e.yaml : `${e.yaml}\n`;
  return `---\n${yaml}---\n${e.body}`;
}

/**
 * Parses with YAML 1.2 rules: dates stay text, so the schemas can reject days that do not
 * exist instead of rolling them over. Throws a FrontmatterError that says what is wrong, in
 * Indonesian.
 */
export function parseFrontmatter(source: string): Parsed {
  const parts = splitFrontmatter(source);
  if (!parts) throw new FrontmatterError('front matter tidak ditemukan: berkas harus diawali baris --- , isian, lalu --- lagi');
  parts.yaml.split(/\r?\n/).forEach((line, i) => {
    if (!FENCE_LIKE.test(line)) return;
    throw new FrontmatterError(
      `baris ${i + 2} diawali "${line.slice(0, 3)}" di dalam front matter; pembatas front matter harus baris --- saja, dan isian tidak boleh diawali ---, +++ atau ...`,
      line.slice(3).split(':')[0]!.trim(),
    );
  });
  // The YAML starts on the file's second line, after the opening fence.
  return { data: parseYaml(parts.yaml, 1), body: parts.body };
}

/** How many lines of `source` come before `body` (its tail), to report body lines as file lines. */
export function linesBefore(source: string, body: string): number {
  return source.slice(0, source.length - body.length).split('\n').length - 1;
}

/** `a.b[0].c` for the node at the end of `path` (the ancestors `visit` passes). */
function fieldOf(path: readonly unknown[], node?: unknown): string {
  let out = '';
  const chain = node === undefined ? path : [...path, node];
  chain.forEach((n, i) => {
    const parent = chain[i - 1];
    if (isPair(n) && isScalar(n.key)) out += out ? `.${String(n.key.value)}` : String(n.key.value);
    else if (isNode(n) && parent && !isPair(parent) && !isMap(parent) && isNode(parent) && 'items' in parent) {
      out += `[${(parent.items as unknown[]).indexOf(n)}]`;
    }
  });
  return out;
}

/**
 * Reads YAML the one way member files are read. `lineOffset` is the number of lines before
 * `text` in its file, so messages name the file's own line numbers.
 */
export function parseYaml(text: string, lineOffset = 0): unknown {
  const lineOf = (node: Node) => (node.range ? text.slice(0, node.range[0]).split('\n').length + lineOffset : undefined);
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: false, strict: true });
  const first = doc.errors[0];
  if (first) {
    const msg = first.message.split('\n')[0]!.replace(/at line (\d+)/, (_, n: string) => `at line ${Number(n) + lineOffset}`);
    if (first.code === 'DUPLICATE_KEY') throw new FrontmatterError(`YAML tidak valid: ada isian yang ditulis dua kali (${msg})`);
    throw new FrontmatterError(`YAML tidak valid: ${msg}`);
  }
  let problem: FrontmatterError | undefined;
  visit(doc, {
    Pair(_, pair, path) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problem = new FrontmatterError('kunci gabungan YAML (<<) tidak diizinkan; tulis setiap isian apa adanya', fieldOf(path));
        return visit.BREAK;
      }
      return undefined;
    },
    Node(_, node, path) {
      const line = lineOf(node);
      const where = line ? ` (baris ${line})` : '';
      if (isAlias(node) || node.anchor) {
        problem = new FrontmatterError(`jangkar atau alias YAML (& dan *) tidak diizinkan${where}; tulis nilainya apa adanya`, fieldOf(path, node));
        return visit.BREAK;
      }
      if (node.tag) {
        const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
        problem = new FrontmatterError(
          `tag YAML "${tag}" tidak diizinkan${where}; hapus tag itu (tanda ! di depan nilai), atau beri tanda kutip bila ! memang bagian teksnya`,
          fieldOf(path, node),
        );
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (problem) throw problem;
  // Unresolved tags and the like are warnings to `yaml`, but another reader would refuse them.
  const warning = doc.warnings[0];
  if (warning) throw new FrontmatterError(`YAML tidak valid: ${warning.message.split('\n')[0]}`);
  return doc.toJS() ?? {};
}
