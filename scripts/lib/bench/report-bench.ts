/**
 * Times the activity report over a synthetic fleet with a long git history: every KIM's
 * content committed once, then `commits` more commits, each touching one KIM, spread over
 * two years. The history is written with `git fast-import`, which takes seconds for thousands.
 */
import { execFileSync } from 'node:child_process';
import { activityReport } from '../report/activity.ts';
import { dataRoot } from '../paths.ts';
import { mulberry32 as rng } from '../random.ts';
import { benchSlug } from './fleet-gen.ts';
import { median } from './stats.ts';

const GIT = ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid'];

export function writeHistory(root: string, sites: number, commits: number): void {
  const git = (args: string[], input?: string) =>
    execFileSync('git', [...GIT, ...args], { cwd: root, input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  const start = Date.parse('2024-12-01T00:00:00Z') / 1000;
  git(['commit', '-q', '-m', 'armada awal', `--date=${start}`], undefined);
  const r = rng(5000);
  const span = 2 * 365 * 86_400;
  let stream = '';
  for (let i = 1; i <= commits; i++) {
    const when = start + Math.round((i / commits) * span);
    const slug = benchSlug(Math.floor(r() * sites));
    const body = `---\njudul: Kabar ${i}\ntanggal: ${new Date(when * 1000).toISOString().slice(0, 10)}\nringkasan: Ringkas.\nkategori: kegiatan-kim\npenulis: Tim KIM\n---\nIsi ${i}.\n`;
    const msg = `berita ${i}`;
    stream +=
      `commit refs/heads/main\ncommitter Bench <bench@example.invalid> ${when} +0700\n` +
      `data ${Buffer.byteLength(msg)}\n${msg}\n${i === 1 ? 'from refs/heads/main^0\n' : ''}` +
      `M 100644 inline content/${slug}/berita/riwayat-${i}.md\ndata ${Buffer.byteLength(body)}\n${body}\n`;
  }
  git(['fast-import', '--quiet'], stream);
  git(['reset', '-q', '--hard', 'main']);
}

/** Seconds for the report (median of `runs`), over a root that already has its history. */
export async function benchReport(root: string, runs = 3): Promise<{ seconds: number; rows: number }> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const report = await activityReport(dataRoot(root), { now: new Date('2026-12-01T00:00:00Z') });
    times.push((performance.now() - t0) / 1000);
    rows = report.rows.length;
    if (!report.historyKnown) throw new Error('riwayat git tidak terbaca');
  }
  return { seconds: median(times), rows };
}
