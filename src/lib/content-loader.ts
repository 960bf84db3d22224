/**
 * The content collections' loader: Astro's `glob()` loader, made to read member files exactly
 * as `npm run check` does, so a build run without check still publishes only what check
 * would pass, and one KIM's files never reach another KIM's site.
 *
 * - Front matter and YAML are read by the project's one reader (scripts/lib/frontmatter.ts),
 *   not by Astro's own (js-yaml, which honours merge keys and ends front matter at any line
 *   starting with `---`).
 * - Every file read, and every picture an entry points at, must be a plain file whose real
 *   path lies in its own KIM's folder: no symlink on the way (scripts/lib/confine.ts).
 * - Member text with build markers or raw HTML the Markdown parser misreads is refused
 *   (scripts/lib/member-text.ts).
 * - An entry that fails to render fails the build, naming its file. (Astro's glob loader only
 *   logs a render error and stores the entry without a body.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileProblem } from '../../scripts/lib/confine.ts';
import { linesBefore, parseFrontmatter, parseYaml } from '../../scripts/lib/frontmatter.ts';
import { bodyProblems, markerProblems, renderedMarker, renderedMarkerMessage, type TextProblem } from '../../scripts/lib/member-text.ts';

type GlobOptions = Parameters<typeof glob>[0];

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
  getRenderFunction?(
    config: unknown,
  ): Promise<(entry: { filePath?: string }) => Promise<{ html: string; metadata?: { localImagePaths?: string[] } } | undefined>>;
  [key: string]: unknown;
}

/** The prefix Astro's `image()` gives a picture path until the store imports it. */
const IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** A refused file, with its path as the build's error report reads it (`content/<slug>/…`). */
export class ContentRefused extends Error {
  constructor(file: string, field: string, message: string) {
    // `Name: …` is the line the build's error report (scripts/lib/render.ts) quotes.
    super(`KontenDitolak: ${file}${field ? ` — ${field}` : ''}: ${message}`);
    this.name = 'KontenDitolak';
  }
}

/** The message, with a body line counted as a line of the file (as `check` prints it). */
const describe = (p: TextProblem, bodyStart: number) => `${p.line !== undefined ? `baris ${bodyStart + p.line}: ` : ''}${p.message}`;

/**
 * `glob()` over `<root>/<folder>/` that reads files the project's way. `base` is the folder
 * that holds one sub-folder per KIM (`content/` or `sites/`).
 */
export function simpulGlob(options: GlobOptions & { base: URL }, dataRoot: string): Loader {
  const inner = glob(options);
  const base = fileURLToPath(options.base);
  const shown = (file: string) => path.relative(dataRoot, file).split(path.sep).join('/');

  const confined = (file: string) => {
    const problem = fileProblem(base, file);
    if (problem) throw new ContentRefused(shown(file), '', problem);
  };

  /** A picture path of an entry, resolved as Astro resolves it, must stay in its KIM. */
  const confinedImage = (entryFile: string, src: string, field: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return;
    // Vite would resolve an absolute path against the project or the disk: never member content.
    // (The path is not repeated: it may name another KIM's folder, and the build's error report
    // would then set that KIM aside too.)
    if (path.isAbsolute(src))
      throw new ContentRefused(shown(entryFile), field, 'foto harus jalur relatif di dalam folder KIM ini (misalnya ../media/foto.jpg), bukan jalur mutlak');
    const target = path.resolve(path.dirname(entryFile), decodeURI(src));
    const problem = fileProblem(base, target);
    const own = path.relative(base, entryFile).split(path.sep)[0];
    if (problem || path.relative(base, target).split(path.sep)[0] !== own) {
      throw new ContentRefused(shown(entryFile), field, `foto "${src}": ${problem ?? 'berkas berada di luar folder KIM-nya'}`);
    }
  };

  const wrapEntryType = (ext: string, type: EntryType): EntryType => {
    if (ext === '.md') {
      return {
        ...type,
        getEntryInfo({ contents, fileUrl }) {
          const file = fileURLToPath(fileUrl);
          confined(file);
          let parsed: ReturnType<typeof parseFrontmatter>;
          try {
            parsed = parseFrontmatter(contents);
          } catch (err) {
            throw new ContentRefused(shown(file), (err as { field?: string }).field ?? '', (err as Error).message);
          }
          const problem = markerProblems(parsed.data)[0] ?? bodyProblems(parsed.body)[0];
          if (problem) {
            throw new ContentRefused(
              shown(file),
              problem.field || (problem.line !== undefined ? 'isi' : ''),
              describe(problem, linesBefore(contents, parsed.body)),
            );
          }
          return { data: parsed.data, body: parsed.body, slug: undefined, rawData: contents };
        },
        async getRenderFunction(config) {
          const render = await type.getRenderFunction!(config);
          return async (entry) => {
            const rendered = await render(entry);
            const file = entry.filePath ? path.resolve(entry.filePath) : undefined;
            if (file) for (const src of rendered?.metadata?.localImagePaths ?? []) confinedImage(file, src, 'isi');
            const marker = rendered ? renderedMarker(rendered.html) : undefined;
            if (marker) throw new ContentRefused(file ? shown(file) : '', 'isi', renderedMarkerMessage(marker));
            return rendered;
          };
        },
      };
    }
    if (ext === '.yaml' || ext === '.yml') {
      return {
        ...type,
        getEntryInfo({ contents, fileUrl }) {
          const file = fileURLToPath(fileUrl);
          confined(file);
          let data: unknown;
          try {
            data = parseYaml(contents);
          } catch (err) {
            throw new ContentRefused(shown(file), (err as { field?: string }).field ?? '', (err as Error).message);
          }
          const problem = markerProblems(data)[0];
          if (problem) throw new ContentRefused(shown(file), problem.field, problem.message);
          return { data, rawData: contents };
        },
      };
    }
    // Any other kind of file is not member content the theme knows.
    return {
      ...type,
      getEntryInfo({ fileUrl }) {
        throw new ContentRefused(shown(fileURLToPath(fileUrl)), '', 'jenis berkas ini tidak dibaca sebagai konten');
      },
    };
  };

  return {
    name: 'simpul-glob',
    async load(ctx: LoaderContext) {
      const raw = ctx as LoaderContext & { entryTypes: Map<string, EntryType> };
      const entryTypes = new Map([...raw.entryTypes].map(([ext, t]) => [ext, wrapEntryType(ext, t)]));
      const renderErrors: string[] = [];
      const logger = Object.create(ctx.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        renderErrors.push(message);
        ctx.logger.error(message);
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        const data = await ctx.parseData(props);
        // Pictures in the front matter, as `image()` left them for the store to import.
        const walk = (v: unknown, field: string): void => {
          if (typeof v === 'string' && v.startsWith(IMAGE_PREFIX) && props.filePath) confinedImage(props.filePath, v.slice(IMAGE_PREFIX.length), field);
          else if (Array.isArray(v)) {
            for (const [i, x] of v.entries()) walk(x, `${field}[${i}]`);
          } else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) walk(x, field ? `${field}.${k}` : k);
        };
        walk(data, '');
        return data;
      };
      await inner.load({ ...raw, entryTypes, logger, parseData } as LoaderContext);
      // `Error rendering <entry>: …` names the file relative to the loader's base.
      if (renderErrors.length > 0) {
        const folder = path.relative(dataRoot, base).split(path.sep).join('/');
        throw new Error(`KontenGagalDirender: ${renderErrors.map((m) => m.replace(/^Error rendering (\S+):/, `${folder}/$1 gagal dirender:`)).join('; ')}`);
      }
    },
  };
}
