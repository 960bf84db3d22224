/** `npm run site:archive -- <slug>` — takes a KIM out of builds and deploys, deleting nothing. */
import { perintahArsip } from './lib/provision/archive.ts';

process.exitCode = await perintahArsip(process.argv.slice(2), true);
