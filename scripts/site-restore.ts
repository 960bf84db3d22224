/** `npm run site:restore -- <slug>` — brings an archived KIM back into builds and deploys. */
import { archiveCommand } from './lib/provision/archive.ts';

process.exitCode = await archiveCommand(process.argv.slice(2), false);
