// Build-time only: the code and markup the page runs and shows before the app's own code (the inline script,
// the start-up fallback, the start-up messages, the frame's other languages). src/app/shell/shell-plugin.ts
// writes them into the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES, type Language } from '../../domain/settings/languages.ts';
import { BOOT_FAILED_CLASS, SHELL_FALLBACK_CLASS, SHELL_READY_CLASS } from './shell-ready.ts';

export const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** What one language changes in the prerendered frame: text nodes by their order, attributes by element. */
export interface FramePatch {
  t: Record<number, string>;
  a: Record<number, Record<string, string>>;
}

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
 * function), swaps the frame's words into it and marks the links of the address (`isNavCurrent`, the app's
 * own rule too).
 */
export function shellScript(options: {
  patches: Partial<Record<Language, FramePatch>>;
  htmlLang: Record<Language, string>;
  fallbackLanguage: Language;
  /** Each tab set's screens behind "More" (src/app/navigation.ts). */
  secondaryPaths: Record<string, readonly string[]>;
  pickLanguageSource: string;
  /** `isNavCurrent` (src/app/nav-current.ts): the app's own rule for a current link. */
  navCurrentSource: string;
  languageStorageKey: string;
  peopleHintKey: string;
  tabSetKey: string;
  firstVisitId: string;
  /**
   * The entry module and the modules it imports, fetched once the frame has been painted, with the start-up
   * translations of the reader's language (`words`, by language): the app would only ask for those once
   * its code has run, one round trip later.
   */
  code: { entry: string; preloads: readonly string[]; words: Record<Language, readonly string[]> };
}): string {
  const json = JSON.stringify;
  return [
    '(function(){',
    // Whatever happens, the frame is shown at the end of this part (shell/start-up.css hides it until then).
    'try{',
    `var P=${json(options.patches)},H=${json(options.htmlLang)},S=${json(options.secondaryPaths)},F=${json(options.fallbackLanguage)};`,
    `var pick=${options.pickLanguageSource},cur=${options.navCurrentSource};`,
    // nobody: this phone is known to hold no person yet (src/data/device-hints.ts, knownToHoldNobody)
    `var s=null,nobody=false,b=null;try{s=localStorage.getItem(${json(options.languageStorageKey)});`,
    `b=localStorage.getItem(${json(options.tabSetKey)});`,
    `nobody=localStorage.getItem(${json(options.peopleHintKey)})!=='1'}catch(e){}`,
    // The bottom tabs of the last visit (src/components/tab-set.ts): layout/frame.css shows them by data-tabs.
    "if(!S[b])b='shenzhen';document.documentElement.setAttribute('data-tabs',b);S=S[b];",
    // The app's languages are the keys of H, in LANGUAGES order; F the fallback (src/domain/settings/languages.ts).
    "var l=pick(location.search,s,navigator.languages||[],Object.keys(H),F),r=document.getElementById('root'),d=P[l];",
    'document.documentElement.lang=H[l];',
    'if(d){var w=document.createTreeWalker(r,4),n,i=0;while((n=w.nextNode())){if(i in d.t)n.data=d.t[i];i++}',
    'var e=r.getElementsByTagName("*");for(var k in d.a)for(var a in d.a[k])e[k].setAttribute(a,d.a[k][a])}',
    "var p=location.pathname;r.querySelectorAll('header a,nav a').forEach(function(a){",
    "if(cur(a.getAttribute('href'),p,S)){a.className=(a.className+' active').trim();a.setAttribute('aria-current','page')}});",
    // Home on a phone with nobody on it asks the browser whether the app's database exists
    // (src/app/home-screen.ts). Asked now, while the frame paints and the code downloads, the browser readies
    // its IndexedDB for this site, and the app's own question is answered at once: on a fresh profile that
    // is some 50 ms of start-up.
    "if(p==='/'&&nobody)try{indexedDB.databases().catch(function(){})}catch(e){}",
    // The home screen of a phone with nobody on it is the welcome: show it instead of the skeleton.
    `var f=document.getElementById(${json(options.firstVisitId)});`,
    "if(f){if(p==='/'&&nobody){var k=r.querySelector('.skeleton');if(k)k.remove();",
    'while(f.firstChild)f.parentNode.insertBefore(f.firstChild,f)}f.remove()}',
    `}finally{document.documentElement.classList.add(${json(SHELL_READY_CLASS)})}`,
    // Paint first, then fetch the code: the frame needs none of it, and on a slow line the first paint
    // should not share the start of the connection with 100 KB of script. A hidden tab (no frames) starts
    // on the timer instead.
    `var C=${json(options.code)},g=false;`,
    'function go(){if(g)return;g=true;var h=document.head;',
    "C.preloads.concat(C.words[l]||[]).forEach(function(u){var k=document.createElement('link');k.rel='modulepreload';",
    'k.crossOrigin="";k.href=u;h.appendChild(k)});',
    "var j=document.createElement('script');j.type='module';j.crossOrigin='';j.src=C.entry;",
    // The code did not load (offline before the service worker, a broken connection): say so, never wait.
    `j.onerror=function(){document.documentElement.classList.add(${json(BOOT_FAILED_CLASS)})};h.appendChild(j)}`,
    'requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,100);',
    '})()',
  ].join('');
}

/** Where the build writes the start-up fallback (below), at the site's root. */
export const FALLBACK_PATH = '/boot-check.js';

/**
 * The start-up fallback, a module the page loads after its inline script: it does nothing when that script
 * ran. When it did not (a host or CDN that rewrites the HTML changes the script, so its hash no longer matches
 * the policy and the browser refuses it), it shows the frame with a short message in the reader's language
 * (start-up.css) and starts the app itself: the page is never left blank.
 */
export function fallbackScript(options: {
  entry: string;
  htmlLang: Record<Language, string>;
  fallbackLanguage: Language;
  pickLanguageSource: string;
  languageStorageKey: string;
}): string {
  const json = JSON.stringify;
  return [
    '// Written by the build (src/app/shell/start-up-code.ts): starts the app if the inline script did not.\n',
    '(function(){var h=document.documentElement;',
    `if(h.classList.contains(${json(SHELL_READY_CLASS)}))return;`,
    `h.classList.add(${json(SHELL_READY_CLASS)},${json(SHELL_FALLBACK_CLASS)});`,
    `var pick=${options.pickLanguageSource},H=${json(options.htmlLang)},F=${json(options.fallbackLanguage)},s=null;`,
    `try{s=localStorage.getItem(${json(options.languageStorageKey)})}catch(e){}`,
    'h.lang=H[pick(location.search,s,navigator.languages||[],Object.keys(H),F)];',
    "var j=document.createElement('script');j.type='module';j.crossOrigin='';",
    `j.src=${json(options.entry)};j.onerror=function(){h.classList.add(${json(BOOT_FAILED_CLASS)})};`,
    'document.head.appendChild(j)})();\n',
  ].join('');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The messages for a page whose start-up did not go as planned, in every language (each shown by start-up.css
 * only where it applies): "started another way" for the fallback above, "needs JavaScript" without scripts,
 * "could not start" with a link that tries again when the app's code did not load or start-up failed.
 */
export function bootMessages(root: string, htmlLang: Record<Language, string>): string {
  const lines = LANGUAGES.flatMap((language) => {
    // The notices' words, which the app itself loads only when it shows one (src/app/i18n.ts).
    const { boot } = JSON.parse(readFileSync(resolve(root, 'locales', language, 'notices.json'), 'utf8')) as {
      boot: { changed: string; noScript: string; failed: string; retry: string };
    };
    const lang = htmlLang[language];
    return [
      `<p class="boot-message__changed" lang="${lang}">${escapeHtml(boot.changed)}</p>`,
      `<p class="boot-message__no-script" lang="${lang}">${escapeHtml(boot.noScript)}</p>`,
      // A plain link to this same address: it tries again with no script at all.
      `<p class="boot-message__failed" lang="${lang}">${escapeHtml(boot.failed)} ` +
        `<a href="">${escapeHtml(boot.retry)}</a></p>`,
    ];
  });
  return `<div class="boot-message" role="status">${lines.join('')}</div>`;
}
