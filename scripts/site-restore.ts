/** `npm run site:restore -- <slug>` — brings an archived KIM back into builds and deploys. */
import { perintahArsip } from './lib/provision/archive.ts';

process.exitCode = await perintahArsip(process.argv.slice(2), false);
