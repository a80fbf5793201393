import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type Plugin, type PreviewServer } from 'vite';

/** The error recorder every engine's page runs first (tests/e2e/engines/page-errors.js). */
const recorder = readFileSync(join(import.meta.dirname, 'page-errors.js'), 'utf8');
const recorderHash = `sha256-${createHash('sha256').update(recorder).digest('base64')}`;

export interface AppServer {
  url: string;
  /** The network is gone: the server stops and every request fails, as on a phone in the lift. */
  goOffline: () => Promise<void>;
  /** Requests whose path matches wait `ms` before they are answered (a slow phone network). */
  slow: (pattern: RegExp, ms: number) => void;
  /** Requests whose path matches fail with 503 (a chunk that cannot be fetched). */
  fail: (pattern: RegExp) => void;
  /** A new release: the same files and a changed service worker, as a deploy would leave them. */
  release: () => void;
  close: () => Promise<void>;
}

/**
 * The production build (made by global-setup.ts) served by `vite preview` from a copy of its own, as
 * `npm start` serves it, so that a test can take the network away, slow a file down, make one fail, or
 * deploy a new release without touching the other tests' server. The copy's index.html runs a small
 * recorder of page errors first (page-errors.js, inline, its hash added to the page's Content-Security-Policy
 * so that the policy stays as strict for everything else), which every engine's test reads back: WebDriver
 * has no page-error event of its own, and inline it is in the page the service worker serves offline too.
 */
export async function startAppServer(): Promise<AppServer> {
  const root = mkdtempSync(join(tmpdir(), 'yibao-engine-dist-'));
  cpSync(join(process.cwd(), 'dist'), root, { recursive: true });
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const firstScript = html.indexOf('<script');
  const scriptSource = 'script-src &#39;self&#39; ';
  if (firstScript < 0 || !html.includes(scriptSource))
    throw new Error('index.html is not the built page: build first');
  writeFileSync(
    join(root, 'index.html'),
    `${html.slice(0, firstScript)}<script>${recorder}</script>${html.slice(firstScript)}`.replace(
      scriptSource,
      `${scriptSource}&#39;${recorderHash}&#39; `,
    ),
  );

  const slowed: { pattern: RegExp; ms: number }[] = [];
  const failing: RegExp[] = [];
  const faults: Plugin = {
    name: 'engine-test-faults',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split('?')[0]!;
        if (failing.some((pattern) => pattern.test(path))) {
          response.statusCode = 503;
          response.end('unavailable');
          return;
        }
        const delay = slowed.find((entry) => entry.pattern.test(path));
        if (delay) setTimeout(next, delay.ms);
        else next();
      });
    },
  };

  const server: PreviewServer = await preview({
    logLevel: 'warn',
    plugins: [faults],
    build: { outDir: root },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('vite preview did not report its address');
  let open = true;
  const stop = async () => {
    if (!open) return;
    open = false;
    (server.httpServer as import('node:http').Server).closeAllConnections();
    await server.close();
  };
  let releases = 0;
  return {
    url,
    goOffline: stop,
    slow: (pattern, ms) => slowed.push({ pattern, ms }),
    fail: (pattern) => failing.push(pattern),
    release: () => appendFileSync(join(root, 'sw.js'), `\n// release ${++releases}\n`),
    close: async () => {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
