/**
 * `node scripts/dev/astro-check.ts` — type-checks the `.astro` files (and the `.ts` files they
 * import) with Astro's checker, the engine behind `astro check`, and fails on any error,
 * warning or hint. Run it after `astro sync`, which writes the content types it reads.
 *
 * Why not `astro check` itself: the checker is built on TypeScript's programmatic API, which
 * TypeScript 7 (our `tsc`) does not ship, and `@astrojs/check` insists on finding TypeScript 6
 * as the project's own `typescript`. So TypeScript 6 is installed beside it as `typescript6`,
 * and this process alone resolves `typescript` to it. Drop this file for `astro check` once
 * the checker runs on TypeScript 7.
 */
import { registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const m = /^typescript(\/.*)?$/.exec(specifier);
    return nextResolve(m ? `typescript6${m[1] ?? ''}` : specifier, context);
  },
});

const { AstroCheck } = await import('@astrojs/language-server');

const root = fileURLToPath(new URL('../..', import.meta.url));
const checker = new AstroCheck(root, undefined, path.join(root, 'tsconfig.json'));
const result = await checker.lint({ logErrors: { level: 'hint' } });

const { fileChecked, errors, warnings, hints } = result;
console.info(`astro check: ${fileChecked} berkas, ${errors} galat, ${warnings} peringatan, ${hints} petunjuk.`);
// Every diagnostic counts, hints too: the theme is kept at zero.
process.exitCode = errors + warnings + hints > 0 ? 1 : 0;
