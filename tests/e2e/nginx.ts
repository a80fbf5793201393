import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx (apt-get install -y nginx; .ci/run installs it). */
export function nginxPath(): string {
  return process.env.NGINX_PATH ?? '/usr/sbin/nginx';
}

export interface NginxServer {
  url: string;
  /** The copy of dist/ it serves: a test may change it (a new service worker) without touching dist/. */
  root: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

async function waitUntilServing(url: string, nginx: ChildProcess, log: () => string) {
  const started = Date.now();
  while (Date.now() - started < 15_000) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((next) => setTimeout(next, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}: ${log()}`);
}

/**
 * Starts Debian's nginx with the repository's deploy/nginx.conf, as README's Deploy section says to use
 * it: the server block unchanged but for the port (a free one on 127.0.0.1) and the folder (a copy of the
 * built dist/), inside the minimal main configuration a test needs (no daemon, its own temporary folders).
 */
export async function startNginx(distDir = 'dist'): Promise<NginxServer> {
  if (!existsSync(nginxPath())) {
    throw new Error(
      `No nginx at ${nginxPath()}. The deployment tests need Debian's nginx: run "apt-get install -y nginx" ` +
        '(as root), or set NGINX_PATH. They are not skipped.',
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'yibao-nginx-'));
  chmodSync(work, 0o755); // nginx's workers run as another user
  const root = join(work, 'dist');
  cpSync(resolve(distDir), root, { recursive: true });
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
  const port = await freePort();
  const server = readFileSync('deploy/nginx.conf', 'utf8')
    .replaceAll('/srv/yibao-companion/dist', root)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`);
  if (!server.includes(`listen 127.0.0.1:${port};`)) throw new Error('deploy/nginx.conf has no "listen 80;"');
  const config = [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (dir) => `  ${dir === 'body' ? 'client_body' : dir}_temp_path ${join(work, dir)};`,
    ),
    server,
    '}',
  ].join('\n');
  writeFileSync(join(work, 'nginx.conf'), config);
  const nginx = spawn(nginxPath(), ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'ignore' });
  const log = () =>
    existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : '';
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(url, nginx, log);
  } catch (error) {
    nginx.kill();
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    root,
    stop: async () => {
      if (nginx.exitCode === null) {
        const exited = new Promise((done) => nginx.once('exit', done));
        nginx.kill('SIGQUIT');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
