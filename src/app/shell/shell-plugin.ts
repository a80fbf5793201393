/// <reference types="node" />
// Build-time only: imported by vite.config.ts, never by the app.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type AliasOptions } from 'vite';

type Language = 'zh' | 'en' | 'es';
const LANGUAGE_ORDER: readonly Language[] = ['zh', 'en', 'es'];

/** What one language changes in the prerendered frame: text nodes by their order, attributes by element. */
export interface FramePatch {
  t: Record<number, string>;
  a: Record<number, Record<string, string>>;
}

export interface ShellOptions {
  /** The policy in the page's <meta> (and the header), before the hashes of the inline code are added. */
  cspDirectives: readonly string[];
  /** Directives that only work as a header (frame-ancestors). */
  headerOnlyDirectives: readonly string[];
  alias: AliasOptions;
  languageStorageKey: string;
}

export const sha256Source = (code: string) =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

const tokens = (html: string) => html.split(/(<[^>]+>)/).filter((part) => part !== '');

const attributesOf = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/\s([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));

/**
 * The difference between the frame in the page's language and the same frame in another language. Both are
 * rendered by the same components, so they differ only in text and attribute values; anything else is a bug.
 */
export function framePatch(base: string, other: string): FramePatch {
  const a = tokens(base);
  const b = tokens(other);
  if (a.length !== b.length) throw new Error('The prerendered frames differ in structure between languages');
  const patch: FramePatch = { t: {}, a: {} };
  let text = 0;
  let element = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    if (!x.startsWith('<')) {
      if (x !== y) patch.t[text] = decode(y);
      text += 1;
    } else if (!x.startsWith('</')) {
      if (x !== y) {
        const ax = attributesOf(x);
        const ay = attributesOf(y);
        if (Object.keys(ax).join() !== Object.keys(ay).join())
          throw new Error(`The prerendered frames differ in the attributes of ${x}`);
        patch.a[element] = Object.fromEntries(
          Object.entries(ay).filter(([name, value]) => ax[name] !== value),
        );
      }
      element += 1;
    }
  });
  return patch;
}

/**
 * The one inline script: before the first paint it picks the language (`pickLanguage`, the app's own
 * function), swaps the frame's words into it and marks the navigation link of the address.
 */
export function shellScript(options: {
  patches: Partial<Record<Language, FramePatch>>;
  htmlLang: Record<Language, string>;
  secondaryPaths: readonly string[];
  pickLanguageSource: string;
  languageStorageKey: string;
}): string {
  const json = JSON.stringify;
  return [
    '(function(){',
    `var P=${json(options.patches)},H=${json(options.htmlLang)},S=${json(options.secondaryPaths)};`,
    `var pick=${options.pickLanguageSource};`,
    `var s=null;try{s=localStorage.getItem(${json(options.languageStorageKey)})}catch(e){}`,
    "var l=pick(location.search,s,navigator.languages||[]),r=document.getElementById('root'),d=P[l];",
    'document.documentElement.lang=H[l];',
    'if(d){var w=document.createTreeWalker(r,4),n,i=0;while((n=w.nextNode())){if(i in d.t)n.data=d.t[i];i++}',
    'var e=r.getElementsByTagName("*");for(var k in d.a)for(var a in d.a[k])e[k].setAttribute(a,d.a[k][a])}',
    "var p=location.pathname,m=p==='/more';",
    "function on(a){a.className=(a.className+' active').trim();a.setAttribute('aria-current','page')}",
    "r.querySelectorAll('nav a').forEach(function(a){var h=a.getAttribute('href');",
    "if(h==='/'?p==='/':p===h||p.indexOf(h+'/')===0){on(a);if(S.indexOf(h)>=0)m=true}});",
    'var x=r.querySelector(\'nav a[href="/more"]\');if(m&&x)on(x)',
    '})()',
  ].join('');
}

interface ShellRender {
  shells: Record<Language, string>;
  pickLanguageSource: string;
  htmlLang: Record<Language, string>;
  secondaryPaths: readonly string[];
}

/** Renders the frame with the app's own components, through a short-lived Vite SSR server. */
async function renderWithVite(root: string, alias: AliasOptions): Promise<ShellRender> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    resolve: { alias },
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const shell = await server.ssrLoadModule('/src/app/shell/render-shell.tsx');
    const pick = await server.ssrLoadModule('/src/app/shell/pick-language.ts');
    const languages = await server.ssrLoadModule('/src/domain/settings/languages.ts');
    const frame = await server.ssrLoadModule('/src/app/layout/Frame.tsx');
    return {
      shells: await shell.renderShells(),
      pickLanguageSource: String(pick.pickLanguage),
      htmlLang: languages.HTML_LANG,
      secondaryPaths: frame.SECONDARY_PATHS,
    };
  } finally {
    await server.close();
  }
}

/** Reads the policy the build wrote into dist/index.html, so the header and the meta tag always agree. */
function builtPolicy(outDir: string, headerOnly: readonly string[]): string | undefined {
  const index = resolve(outDir, 'index.html');
  if (!existsSync(index)) return undefined;
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync(index, 'utf8'),
  );
  return meta ? [decode(meta[1]!), ...headerOnly].join('; ') : undefined;
}

/**
 * The first HTML response shows the app's frame: header, navigation and a skeleton of the screen, in the
 * reader's language when it can be told, with the stylesheet inline. The inline style and script are
 * allowed by their SHA-256 hashes in the Content-Security-Policy, never by 'unsafe-inline'.
 */
export function prerenderedShell(options: ShellOptions): Plugin[] {
  let root = process.cwd();
  let outDir = 'dist';
  let render: ShellRender | undefined;

  const build: Plugin = {
    name: 'yibao:prerendered-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      render = await renderWithVite(root, options.alias);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!render) throw new Error('The shell was not rendered');
        const { shells } = render;
        // The stylesheet goes inline: it is small (about 4 KB gzip) and the first paint needs it. The file
        // stays in the build: Vite lists it among the screen chunks' dependencies, which load it in parallel
        // (the same rules again, so nothing moves).
        let style = '';
        html = html.replace(
          /\s*<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (_tag, file: string) => {
            const asset = context.bundle?.[file];
            if (!asset || asset.type !== 'asset') throw new Error(`No stylesheet ${file} in the bundle`);
            style += String(asset.source);
            return '';
          },
        );
        const script = shellScript({
          patches: Object.fromEntries(
            LANGUAGE_ORDER.filter((l) => l !== 'zh').map((l) => [l, framePatch(shells.zh, shells[l])]),
          ),
          htmlLang: render.htmlLang,
          secondaryPaths: render.secondaryPaths,
          pickLanguageSource: render.pickLanguageSource,
          languageStorageKey: options.languageStorageKey,
        });
        const policy = options.cspDirectives
          .map((directive) => {
            if (directive.startsWith('script-src ')) return `${directive} ${sha256Source(script)}`;
            if (directive.startsWith('style-src ') && style) return `${directive} ${sha256Source(style)}`;
            return directive;
          })
          .join('; ');
        html = html
          .replace('<div id="root"></div>', `<div id="root">${shells.zh}</div><script>${script}</script>`)
          .replace('</head>', style ? `<style>${style}</style></head>` : '</head>');
        return {
          html,
          tags: [
            {
              tag: 'meta',
              attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };

  const preview: Plugin = {
    name: 'yibao:preview-csp',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      const policy = builtPolicy(outDir, options.headerOnlyDirectives);
      if (!policy) throw new Error(`No Content-Security-Policy in ${outDir}/index.html: build first`);
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };

  return [build, preview];
}
