/** Runs a command's main and exits with its code; an unexpected error exits 2 with `Gagal: …`. */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => process.exit(code),
      (err: unknown) => {
        console.error(`Gagal: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(2);
      },
    );
}
