/**
 * Runs a command's main and exits with its code. A usage error exits 2 with `Galat: …`; an
 * unexpected error exits 2 with `Gagal: …`.
 */
import { UsageError } from './args.ts';

export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => process.exit(code),
      (err: unknown) => {
        console.error(`${err instanceof UsageError ? 'Galat' : 'Gagal'}: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(2);
      },
    );
}
