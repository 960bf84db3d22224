/**
 * A real nginx (Debian package) for tests: foreground, on 127.0.0.1, with its own prefix,
 * pid, logs and temp folders in a temp folder, serving an included server config.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const NGINX = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** The main config around `include`: everything in `prefix`, the worker as the test's user. */
export function mainConf(prefix: string, include: string): string {
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    include ${include};
}
`;
}

export interface RunningNginx {
  conf: string;
  stop(): Promise<void>;
}

/** `nginx -t` on the config; returns its output, throws when it fails. */
export function nginxTest(prefix: string, include: string): string {
  fs.mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  const conf = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(conf, mainConf(prefix, include));
  const r = spawnSync(NGINX, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nginx -t gagal:\n${r.stderr}`);
  return r.stderr;
}

export async function startNginx(prefix: string, include: string, port: number): Promise<RunningNginx> {
  nginxTest(prefix, include);
  const conf = path.join(prefix, 'nginx.conf');
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((r) => {
      const s = net.connect(port, '127.0.0.1', () => (s.end(), r(true)));
      s.on('error', () => r(false));
    });
    if (up) break;
    if (child.exitCode !== null) throw new Error(`nginx berhenti: ${err}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    conf,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
