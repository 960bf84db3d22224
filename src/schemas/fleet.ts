/**
 * Who may change what in the repository (see docs/cms-backend.md, "Model ancaman"):
 * - `sites/_fleet.yaml` lists the operators, once for the whole fleet: they may change shared
 *   files (theme, scripts/, sites/, workflows) and every KIM's content;
 * - each `sites/<slug>/site.yaml` lists that KIM's editors (`editor`): the members whose
 *   changes may touch `content/<slug>/`, and nothing else.
 * Both files are operator-owned: the CMS never offers them, and the guard reads them from the
 * base branch, never from the change it checks.
 */
import { z } from 'zod';

/** A GitHub or GitLab username, as the host spells it; compared without regard to case. */
export const loginSchema = () =>
  z
    .string({ error: 'harus nama pengguna GitHub/GitLab' })
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,254})$/, 'harus nama pengguna GitHub/GitLab (huruf, angka, titik, - atau _), contoh: budi-santoso');

export const FLEET_FILE = 'sites/_fleet.yaml';

export const fleetSchema = () =>
  z.strictObject(
    {
      /** Diskominfo operators: GitHub/GitLab usernames. */
      operator: z.array(loginSchema()).min(1, 'sebutkan sedikitnya satu operator'),
    },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? `kolom tidak dikenal: ${iss.keys.join(', ')}` : 'harus berisi daftar operator') },
  );

export type FleetConfig = z.output<ReturnType<typeof fleetSchema>>;

/** Whether `login` is in `list`: usernames on GitHub and GitLab are case-insensitive. */
export function listsLogin(list: readonly string[], login: string): boolean {
  const l = login.toLowerCase();
  return list.some((x) => x.toLowerCase() === l);
}
