/** The operator guide documents every field and every blueprint placeholder that exists. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { FIELDS } from '../../scripts/lib/provision/fields.ts';
import { prepareSite } from '../../scripts/lib/provision/inputs.ts';
import { desaFields } from './helpers.ts';

const panduan = fs.readFileSync(path.join(projectRoot, 'docs', 'panduan-operator.md'), 'utf8');

describe('docs/panduan-operator.md', () => {
  it.each(FIELDS.map((f) => f.name))('documents the field --%s in the table', (name) => {
    expect(panduan).toMatch(new RegExp(`^\\| \`--${name}\` \\|`, 'm'));
  });

  it('documents every placeholder a blueprint may use', () => {
    const r = prepareSite(desaFields());
    if (!r.ok) throw new Error('fixture invalid');
    for (const name of Object.keys(r.plan.values)) expect(panduan, name).toContain(`{{${name}}}`);
  });

  it('mentions every command', () => {
    for (const c of ['site:new', 'site:list', 'site:archive', 'site:restore', '--csv', '--dry-run', '--json', '--root']) expect(panduan).toContain(c);
  });
});
