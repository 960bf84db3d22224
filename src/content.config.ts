/**
 * Astro collections, derived from the zod schemas in `src/schemas/`. One collection per
 * content type holds the entries of every loaded KIM; an entry's id starts with its slug.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { readBuildEnv, siteGlob } from './lib/build-env.ts';
import { contentTypes, pengaturanSchema, siteSchema, type SchemaContext } from './schemas/index.ts';

const env = readBuildEnv();
const contentDir = new URL(`file://${env.root}/content/`);
const sitesDir = new URL(`file://${env.root}/sites/`);

/** Ids keep the path without extension: `<slug>/<type>/<name>`. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(md|ya?ml)$/, '');

const fileField = () => z.string().min(1);

const typeCollections = Object.fromEntries(
  contentTypes.map((type) => [
    type.name,
    defineCollection({
      loader: glob({ base: contentDir, pattern: siteGlob(env.load, `${type.name}/**/*.md`), generateId }),
      schema: ({ image }) => type.schema({ image, file: fileField } as SchemaContext),
    }),
  ]),
);

export const collections = {
  ...typeCollections,
  pengaturan: defineCollection({
    loader: glob({ base: contentDir, pattern: siteGlob(env.load, 'pengaturan.yaml'), generateId }),
    schema: ({ image }) => pengaturanSchema({ image, file: fileField } as SchemaContext),
  }),
  situs: defineCollection({
    loader: glob({ base: sitesDir, pattern: siteGlob(env.load, 'site.yaml'), generateId }),
    schema: siteSchema(),
  }),
};
