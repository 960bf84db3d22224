/**
 * Astro collections, derived from the zod schemas in `src/schemas/`. One collection per
 * content type holds the entries of every loaded KIM; an entry's id is `<slug>/<type>/<name>`.
 * Each collection is spelled out (not built in a loop) so the theme gets its data types.
 *
 * GENERATED from the registry in src/schemas/index.ts by `node scripts/dev/gen-content-config.ts`.
 * Do not edit by hand: change the generator, or the registry, and run it again.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { readBuildEnv, siteGlob } from './lib/build-env.ts';
import { simpulGlob } from './lib/content-loader.ts';
import { agendaSchema } from './schemas/agenda.ts';
import { aspirasiSchema } from './schemas/aspirasi.ts';
import { beritaSchema } from './schemas/berita.ts';
import type { SchemaContext } from './schemas/common.ts';
import { galeriSchema } from './schemas/galeri.ts';
import { halamanSchema } from './schemas/halaman.ts';
import { informasiPublikSchema } from './schemas/informasi-publik.ts';
import { pengaturanSchema } from './schemas/pengaturan.ts';
import { potensiSchema } from './schemas/potensi.ts';
import { produkSchema } from './schemas/produk.ts';
import { siteSchema } from './schemas/site.ts';

const env = readBuildEnv();
const contentDir = new URL(`file://${env.root}/content/`);
const sitesDir = new URL(`file://${env.root}/sites/`);

/** Ids keep the path without extension: `<slug>/<type>/<name>`. */
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.(md|ya?ml)$/, '');

/** Astro's glob loader, reading files as `npm run check` does (src/lib/content-loader.ts). */
const entries = (type: string) => simpulGlob({ base: contentDir, pattern: siteGlob(env.load, `${type}/**/*.md`), generateId }, env.root);

/** Astro's `image()` for pictures; downloadable files are paths resolved by the theme. */
const ctx = (image: () => z.ZodType): SchemaContext => ({
  image: image as SchemaContext['image'],
  file: () => z.string().min(1),
});

export const collections = {
  berita: defineCollection({ loader: entries('berita'), schema: ({ image }) => beritaSchema(ctx(image)) }),
  potensi: defineCollection({ loader: entries('potensi'), schema: ({ image }) => potensiSchema(ctx(image)) }),
  produk: defineCollection({ loader: entries('produk'), schema: ({ image }) => produkSchema(ctx(image)) }),
  agenda: defineCollection({ loader: entries('agenda'), schema: agendaSchema() }),
  galeri: defineCollection({ loader: entries('galeri'), schema: ({ image }) => galeriSchema(ctx(image)) }),
  'informasi-publik': defineCollection({ loader: entries('informasi-publik'), schema: ({ image }) => informasiPublikSchema(ctx(image)) }),
  aspirasi: defineCollection({ loader: entries('aspirasi'), schema: aspirasiSchema() }),
  halaman: defineCollection({ loader: entries('halaman'), schema: halamanSchema() }),
  pengaturan: defineCollection({
    loader: simpulGlob({ base: contentDir, pattern: siteGlob(env.load, 'pengaturan.yaml'), generateId }, env.root),
    schema: ({ image }) => pengaturanSchema(ctx(image)),
  }),
  situs: defineCollection({
    loader: simpulGlob({ base: sitesDir, pattern: siteGlob(env.load, 'site.yaml'), generateId }, env.root),
    schema: siteSchema(),
  }),
};
