/** `npm run site:archive -- <slug>` — takes a KIM out of builds and deploys, deleting nothing. */
import { archiveCommand } from './lib/provision/archive.ts';

process.exitCode = await archiveCommand(process.argv.slice(2), true);
