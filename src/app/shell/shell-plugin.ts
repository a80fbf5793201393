/// <reference types="node" />
// Build-time only: imported by vite.config.ts, never by the app.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, minifySync, type AliasOptions, type Plugin, type Rolldown } from 'vite';

import { LANGUAGES, type Language } from '../../domain/settings/languages.ts';
import { BASE_NAMESPACES } from '../base-namespaces.ts';
import { iconSprite } from '../layout/icon-paths.ts';
import {
  CSP_DIRECTIVES,
  headerPolicy,
  headersFile,
  nginxHeaders,
  securityHeaders,
} from '../build/http-headers.ts';
import {
  bootMessages,
  decode,
  FALLBACK_PATH,
  fallbackScript,
  framePatch,
  shellScript,
} from './start-up-code.ts';

/** The language the prerendered markup is written in; the inline script patches it into the others. */
const BASE_LANGUAGE: Language = 'zh';

export interface ShellOptions {
  alias: AliasOptions;
  languageStorageKey: string;
  peopleHintKey: string;
  tabSetKey: string;
}

export const sha256Source = (code: string) =>
  `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** `html.replace(search, …)`, failing the build when the page does not hold what is to be replaced. */
function replaceOnce(html: string, search: string, replacement: string): string {
  if (!html.includes(search)) throw new Error(`The prerender found no ${search} to replace in index.html`);
  return html.replace(search, () => replacement);
}

interface ShellRender {
  shells: Record<Language, string>;
  pickLanguageSource: string;
  navCurrentSource: string;
  htmlLang: Record<Language, string>;
  fallbackLanguage: Language;
  secondaryPaths: Record<string, readonly string[]>;
  firstVisitId: string;
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
    const navigation = await server.ssrLoadModule('/src/app/navigation.ts');
    const navCurrent = await server.ssrLoadModule('/src/app/nav-current.ts');
    const hints = await server.ssrLoadModule('/src/data/device-hints.ts');
    return {
      shells: await shell.renderShells(),
      pickLanguageSource: String(pick.pickLanguage),
      navCurrentSource: String(navCurrent.isNavCurrent),
      htmlLang: languages.HTML_LANG,
      fallbackLanguage: languages.FALLBACK_LANGUAGE,
      secondaryPaths: Object.fromEntries(
        (hints.TAB_SETS as readonly string[]).map((tabs) => [tabs, navigation.secondaryPaths(tabs)]),
      ),
      firstVisitId: shell.FIRST_VISIT_ID,
    };
  } finally {
    await server.close();
  }
}

/**
 * Each language's start-up translations (BASE_NAMESPACES): the chunks the locale loader of src/app/i18n.ts
 * imports, by the file each was built from. A missing one fails the build.
 */
function wordsOf(root: string, bundle: Rolldown.OutputBundle | undefined): Record<Language, string[]> {
  const chunks = Object.values(bundle ?? {}).filter((file) => file.type === 'chunk');
  return Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      BASE_NAMESPACES.map((namespace) => {
        const source = resolve(root, 'locales', language, `${namespace}.json`);
        const chunk = chunks.find((file) => file.facadeModuleId === source);
        if (!chunk) throw new Error(`No chunk holds ${source}`);
        return `/${chunk.fileName}`;
      }),
    ]),
  ) as Record<Language, string[]>;
}

/** Reads the policy the build wrote into dist/index.html, so the header and the meta tag always agree. */
function builtPolicy(outDir: string): string | undefined {
  const index = resolve(outDir, 'index.html');
  if (!existsSync(index)) return undefined;
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync(index, 'utf8'),
  );
  return meta ? headerPolicy(decode(meta[1]!)) : undefined;
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
  const inlineCss = new Set<string>();
  /** What the page's <head> and inline code came to, for the files written beside it. */
  let built: { policy: string; entry: string } | undefined;

  const build: Plugin = {
    name: 'yibao:prerendered-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      inlineCss.clear();
      built = undefined;
      render = await renderWithVite(root, options.alias);
    },
    // Beside the page: the start-up fallback, and the headers for hosts that read them from a file.
    writeBundle() {
      if (!built || !render) throw new Error('index.html was not built');
      writeFileSync(
        resolve(outDir, FALLBACK_PATH.slice(1)),
        minified(
          fallbackScript({
            entry: built.entry,
            htmlLang: render.htmlLang,
            fallbackLanguage: render.fallbackLanguage,
            pickLanguageSource: render.pickLanguageSource,
            languageStorageKey: options.languageStorageKey,
          }),
        ),
      );
      const policy = headerPolicy(built.policy);
      writeFileSync(resolve(outDir, '_headers'), headersFile(policy));
      mkdirSync(resolve(outDir, '_nginx'), { recursive: true });
      writeFileSync(resolve(outDir, '_nginx/headers.conf'), nginxHeaders(policy));
    },
    // The stylesheet goes inline, and only inline: taken out of the chunks' metadata here, it is neither
    // linked from the page nor fetched again by a screen's chunk (Vite would otherwise add it to every lazy
    // chunk's preload list and a second, identical stylesheet would restyle the whole page).
    renderChunk: {
      order: 'post', // after Vite's CSS plugin has recorded the file
      handler(_code, chunk) {
        const css = chunk.viteMetadata?.importedCss;
        if (!css) return null;
        for (const file of css) inlineCss.add(file);
        css.clear();
        return null;
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!render) throw new Error('The shell was not rendered');
        const { shells } = render;
        // The stylesheet: small (about 4 KB gzip), and the first paint needs it.
        let style = '';
        for (const file of inlineCss) {
          const asset = context.bundle?.[file];
          if (!asset || asset.type !== 'asset') throw new Error(`No stylesheet ${file} in the bundle`);
          style += String(asset.source);
          delete context.bundle![file];
        }
        if (/<link rel="stylesheet"/.test(html))
          throw new Error('A stylesheet is still linked from the page');
        // The entry script and its module preloads leave the page's head for the inline script (below).
        let entry = '';
        const preloads: string[] = [];
        html = html
          .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/, (_tag, src: string) => {
            entry = src;
            return '';
          })
          .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_tag, href: string) => {
            preloads.push(href);
            return '';
          });
        if (!entry) throw new Error('No entry script in index.html');
        const script = minified(
          shellScript({
            code: { entry, preloads, words: wordsOf(root, context.bundle) },
            patches: Object.fromEntries(
              LANGUAGES.filter((l) => l !== BASE_LANGUAGE).map((l) => [
                l,
                framePatch(shells[BASE_LANGUAGE], shells[l]),
              ]),
            ),
            htmlLang: render.htmlLang,
            fallbackLanguage: render.fallbackLanguage,
            secondaryPaths: render.secondaryPaths,
            pickLanguageSource: render.pickLanguageSource,
            navCurrentSource: render.navCurrentSource,
            languageStorageKey: options.languageStorageKey,
            peopleHintKey: options.peopleHintKey,
            tabSetKey: options.tabSetKey,
            firstVisitId: render.firstVisitId,
          }),
        );
        const policy = CSP_DIRECTIVES.map((directive) => {
          if (directive.startsWith('script-src ')) return `${directive} ${sha256Source(script)}`;
          if (directive.startsWith('style-src ') && style) return `${directive} ${sha256Source(style)}`;
          return directive;
        }).join('; ');
        built = { policy, entry };
        html = replaceOnce(
          html,
          '<div id="root"></div>',
          `${iconSprite()}${bootMessages(root, render.htmlLang)}<div id="root">${shells[BASE_LANGUAGE]}</div>` +
            `<script>${script}</script><script type="module" src="${FALLBACK_PATH}"></script>`,
        );
        if (!shells[BASE_LANGUAGE].includes('<main')) throw new Error('The prerendered frame has no <main>');
        if (style) html = replaceOnce(html, '</head>', `<style>${style}</style></head>`);
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
      const policy = builtPolicy(outDir);
      if (!policy) throw new Error(`No Content-Security-Policy in ${outDir}/index.html: build first`);
      const headers = Object.entries(securityHeaders(policy));
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of headers) response.setHeader(name, value);
        next();
      });
    },
  };

  return [build, preview];
}

/**
 * The page's own start-up code, minified like the chunks: it is written out of function sources and
 * data, and every byte of it comes before the app (the inline script in the HTML; the fallback counts
 * in the first load's budget).
 */
function minified(code: string): string {
  const result = minifySync('start-up.js', code, { compress: true, mangle: true });
  if (result.errors.length > 0)
    throw new Error(`Start-up code would not minify: ${result.errors[0]!.message}`);
  return result.code;
}
