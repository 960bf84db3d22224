/**
 * Every HTML page of the demo fleet is valid HTML for the Nu HTML Checker (vnu.jar, the
 * W3C validator), checked in one Java run over all pages.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { fleetSites, htmlPages } from '../helpers/fleet.ts';

const dist = inject('demoDist');
const VNU = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  lastColumn?: number;
}

describe('HTML validity (Nu HTML Checker)', () => {
  it('reports no error on any page of any demo site', () => {
    const files = fleetSites(inject('demoRoot')).flatMap((s) => htmlPages(path.join(dist, s.slug)).map((p) => path.join(dist, s.slug, p)));
    expect(files.length).toBeGreaterThan(100);
    const res = spawnSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(res.error, 'java tidak dapat dijalankan: pasang default-jre-headless').toBeUndefined();
    // vnu writes its JSON report to stderr, and exits 1 when it found errors.
    const report = JSON.parse(res.stderr) as { messages: VnuMessage[] };
    const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
    const byPage = new Map<string, string[]>();
    for (const m of errors) {
      const page = m.url ? path.relative(dist, new URL(m.url).pathname) : '(tanpa berkas)';
      byPage.set(page, [
        ...(byPage.get(page) ?? []),
        `  ${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message}${m.extract ? ` — ${JSON.stringify(m.extract)}` : ''}`,
      ]);
    }
    const summary = [...byPage].map(([page, msgs]) => `${page}\n${msgs.join('\n')}`).join('\n');
    expect([...byPage.keys()], summary).toEqual([]);
    expect(res.status, res.stderr.slice(0, 2000)).toBe(0);
  });
});
