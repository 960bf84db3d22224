/**
 * The CI files the project ships: both GitHub workflows pass @action-validator/core (the
 * published workflow schema), the GitLab file parses and has the expected stages, and every
 * `npm run` they call exists. The structure checks pin what the security of the setup rests on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../scripts/lib/paths.ts';

const WORKFLOWS = path.join(projectRoot, '.github', 'workflows');
const read = (f: string) => fs.readFileSync(path.join(WORKFLOWS, f), 'utf8');
const scripts = Object.keys((JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
  strategy?: { matrix: unknown };
  environment?: { name: string };
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (f: string) => parse(read(f)) as Workflow;

/** `npm run x`, `npm run -s x` in a shell line. */
function npmScripts(text: string): string[] {
  return [...text.matchAll(/npm run (?:-s )?([a-z:-]+)/g)].map((m) => m[1]!);
}

describe('GitHub workflows', () => {
  const files = fs.readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));

  it('are the three the docs describe', () => {
    expect(files.sort()).toEqual(['pages.yml', 'pull-request-guard.yml', 'pull-request.yml']);
  });

  it.each(['pages.yml', 'pull-request-guard.yml', 'pull-request.yml'])('%s passes action-validator', (f) => {
    expect(validateWorkflow(read(f)).errors).toEqual([]);
  });

  it('the validator does catch a broken workflow', () => {
    const broken = read('pages.yml').replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('call only npm scripts that exist', () => {
    for (const f of files) for (const s of npmScripts(read(f))) expect(scripts, `${f}: npm run ${s}`).toContain(s);
  });

  it('pages: plan → sharded build → merge and assemble → official Pages deploy', () => {
    const w = workflow('pages.yml');
    expect(Object.keys(w.on)).toEqual(['push', 'workflow_dispatch']);
    expect(w.on.push).toEqual({ branches: ['main'] });
    expect(w.permissions).toEqual({ contents: 'read' });
    const { plan, build, merge, deploy } = w.jobs;
    expect(plan!.steps.map((s) => s.run).filter(Boolean)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run check',
      'npm run -s ci:plan-shards -- --github >> "$GITHUB_OUTPUT"',
    ]);
    expect(build!.strategy!.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    expect(build!.steps.some((s) => s.run === 'npm run build -- --shard "$SHARD"')).toBe(true);
    const cache = build!.steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    const cached = String(cache.with!.path).trim().split('\n');
    expect(cached).toEqual(['.simpul/state.json', '.simpul/astro-cache/assets', 'dist']);
    expect(String(cache.with!.key)).toContain('${{ github.sha }}');
    const upload = build!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with!['include-hidden-files']).toBe(true);
    expect(merge!.needs).toBe('build');
    const runs = merge!.steps.map((s) => s.run).filter(Boolean);
    expect(runs.slice(-2)).toEqual(['npm run build:merge -- shards/shard-*', 'npm run deploy -- --target github-pages --out _site']);
    expect(merge!.steps.at(-1)).toEqual({ uses: 'actions/upload-pages-artifact@v4', with: { path: '_site' } });
    expect(deploy!.permissions).toEqual({ actions: 'read', pages: 'write', 'id-token': 'write' });
    expect(deploy!.environment!.name).toBe('github-pages');
    expect(deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('pull requests: check and build run the PR code read-only, guard runs only the base branch', () => {
    const pr = workflow('pull-request.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(pr.jobs)).toEqual(['check', 'build']);
    expect(pr.jobs.check!.steps.map((s) => s.run).filter(Boolean)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run check',
      'npm run media:optimize -- --check',
    ]);
    expect(read('pull-request.yml')).not.toMatch(/\$\{\{\s*secrets\./);

    const g = workflow('pull-request-guard.yml');
    expect(Object.keys(g.on)).toEqual(['pull_request_target']);
    expect(Object.keys(g.jobs)).toEqual(['guard']);
    expect(g.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    const checkouts = g.jobs.guard!.steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with!.ref).toBe('${{ github.event.pull_request.base.sha }}');
    const text = read('pull-request-guard.yml');
    // Nothing of the pull request's code: no head ref, no fetch of it, no event text in a script.
    expect(text).not.toMatch(/pull_request\.head|refs\/pull|git fetch/);
    for (const s of g.jobs.guard!.steps) expect(s.run ?? '').not.toContain('${{');
    const guard = g.jobs.guard!.steps.find((s) => s.run?.includes('npm run guard'))!;
    expect(guard.run).toContain('--author "$AUTHOR"');
    expect(guard.env!.AUTHOR).toBe('${{ github.event.pull_request.user.login }}');
  });
});

describe('.gitlab-ci.yml', () => {
  const text = fs.readFileSync(path.join(projectRoot, '.gitlab-ci.yml'), 'utf8');
  const ci = parse(text) as Record<string, any>;
  const jobs = Object.entries(ci).filter(([k, v]) => !['stages', 'default', 'variables', 'workflow', 'include'].includes(k) && v && typeof v === 'object');

  it('has the same stages: merge-request checks, and pages on the default branch', () => {
    expect(ci.stages).toEqual(['check', 'build', 'deploy']);
    expect(jobs.map(([k]) => k)).toEqual(['guard', 'check', 'build', 'pages']);
    for (const [name, job] of jobs) {
      expect(ci.stages, name).toContain(job.stage);
      expect(Array.isArray(job.script) && job.script.length > 0, name).toBe(true);
    }
    for (const name of ['guard', 'check', 'build']) expect(ci[name].rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(ci.pages.artifacts).toEqual({ paths: ['public'] });
    expect(ci.pages.script.at(-1)).toBe('npm run deploy -- --target gitlab-pages --out public');
    expect(ci.pages.cache[1].paths).toEqual(['.simpul/state.json', '.simpul/astro-cache/assets/', 'dist/']);
  });

  it('calls only npm scripts that exist', () => {
    const used = npmScripts(text);
    expect(used).toContain('guard');
    for (const s of used) expect(scripts, `npm run ${s}`).toContain(s);
  });
});
