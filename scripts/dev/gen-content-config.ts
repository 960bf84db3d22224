/**
 * `node scripts/dev/gen-content-config.ts [--check]` — writes `src/content.config.ts` from the
 * content-type registry (`src/schemas/index.ts`). Astro infers each collection's data type
 * from its entry in `collections`, so the collections are spelled out one per line rather
 * than built in a loop; this generator keeps that list from becoming a second hand-written
 * registry. `--check` only reports whether the file is current (a test does the same).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes, type ContentType } from '../../src/schemas/index.ts';

export const CONTENT_CONFIG = fileURLToPath(new URL('../../src/content.config.ts', import.meta.url));

/** The schema's module and export by convention: `src/schemas/<name>.ts`, `<camelName>Schema`. */
export function schemaExport(name: string): { file: string; exportName: string } {
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return { file: `./schemas/${name}.ts`, exportName: `${camel}Schema` };
}

/** A schema that takes no context (no pictures or files) is passed as the schema itself. */
function collectionLine(type: ContentType): string {
  const { exportName } = schemaExport(type.name);
  const key = /^[a-z]+$/.test(type.name) ? type.name : `'${type.name}'`;
  const schema = type.schema.length === 0 ? `${exportName}()` : `({ image }) => ${exportName}(ctx(image))`;
  return `  ${key}: defineCollection({ loader: entries('${type.name}'), schema: ${schema} }),`;
}

/** The text of `src/content.config.ts` for these types. */
export function contentConfigSource(types: readonly ContentType[]): string {
  const imports = [
    ...types.map((t) => schemaExport(t.name)),
    { file: './schemas/pengaturan.ts', exportName: 'pengaturanSchema' },
    { file: './schemas/site.ts', exportName: 'siteSchema' },
    { file: './schemas/common.ts', exportName: 'type SchemaContext' },
  ]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((i) =>
      i.exportName.startsWith('type ') ? `import type { ${i.exportName.slice(5)} } from '${i.file}';` : `import { ${i.exportName} } from '${i.file}';`,
    );
  return `/**
 * Astro collections, derived from the zod schemas in \`src/schemas/\`. One collection per
 * content type holds the entries of every loaded KIM; an entry's id is \`<slug>/<type>/<name>\`.
 * Each collection is spelled out (not built in a loop) so the theme gets its data types.
 *
 * GENERATED from the registry in src/schemas/index.ts by \`node scripts/dev/gen-content-config.ts\`.
 * Do not edit by hand: change the generator, or the registry, and run it again.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { readBuildEnv, siteGlob } from './lib/build-env.ts';
import { simpulGlob } from './lib/content-loader.ts';
${imports.join('\n')}

const env = readBuildEnv();
const contentDir = new URL(\`file://\${env.root}/content/\`);
const sitesDir = new URL(\`file://\${env.root}/sites/\`);

/** Ids keep the path without extension: \`<slug>/<type>/<name>\`. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/\\.(md|ya?ml)$/, '');

/** Astro's glob loader, reading files as \`npm run check\` does (src/lib/content-loader.ts). */
const entries = (type: string) => simpulGlob({ base: contentDir, pattern: siteGlob(env.load, \`\${type}/**/*.md\`), generateId }, env.root);

/** Astro's \`image()\` for pictures; downloadable files are paths resolved by the theme. */
const ctx = (image: () => z.ZodType): SchemaContext => ({
  image: image as SchemaContext['image'],
  file: () => z.string().min(1),
});

export const collections = {
${types.map(collectionLine).join('\n')}
  pengaturan: defineCollection({
    loader: simpulGlob({ base: contentDir, pattern: siteGlob(env.load, 'pengaturan.yaml'), generateId }, env.root),
    schema: ({ image }) => pengaturanSchema(ctx(image)),
  }),
  situs: defineCollection({
    loader: simpulGlob({ base: sitesDir, pattern: siteGlob(env.load, 'site.yaml'), generateId }, env.root),
    schema: siteSchema(),
  }),
};
`;
}

/** Fails loudly when a type's schema is not where the generated import will look for it. */
async function assertSchemaExports(types: readonly ContentType[]): Promise<void> {
  const srcDir = path.dirname(CONTENT_CONFIG);
  for (const type of types) {
    const { file, exportName } = schemaExport(type.name);
    const mod = (await import(path.join(srcDir, file))) as Record<string, unknown>;
    if (mod[exportName] !== type.schema) {
      throw new Error(`${type.name}: skemanya harus diekspor sebagai ${exportName} dari src/${file.slice(2)}`);
    }
  }
}

if (import.meta.main) {
  await assertSchemaExports(contentTypes);
  const text = contentConfigSource(contentTypes);
  const current = fs.existsSync(CONTENT_CONFIG) ? fs.readFileSync(CONTENT_CONFIG, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('src/content.config.ts tidak sesuai registri; jalankan: node scripts/dev/gen-content-config.ts');
      process.exit(1);
    }
    console.log('src/content.config.ts sesuai registri.');
  } else if (current !== text) {
    fs.writeFileSync(CONTENT_CONFIG, text);
    console.log('src/content.config.ts ditulis ulang dari registri.');
  } else console.log('src/content.config.ts sudah sesuai registri.');
}
