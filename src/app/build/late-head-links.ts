// Build-time only: imported by vite.config.ts, never by the app.
import type { Plugin } from 'vite';
import { LATE_HEAD_ID } from '../shell/shell-ready.ts';

/**
 * An empty icon in the tab's icon's place until the real one arrives: without any icon link the browser
 * asks for /favicon.ico, a request that only ever gets a 404.
 */
export const ICON_PLACEHOLDER = '<link rel="icon" href="data:,">';

/**
 * Moves the tab's icon and the web manifest out of the page's head into a <template> (inert: nothing in it
 * is fetched), leaving the empty icon in the icon's place. Throws unless both are there, so that a change
 * in what writes them (index.html, vite-plugin-pwa) cannot silently undo this.
 */
export function moveLateHeadLinks(html: string): string {
  const moved: Record<string, string> = {};
  const rest = html.replace(/[ \t]*<link rel="(icon|manifest)"[^>]*>\n?/g, (tag, rel: string) => {
    if (moved[rel]) throw new Error(`index.html has more than one <link rel="${rel}">`);
    moved[rel] = tag.trim();
    return rel === 'icon' ? ICON_PLACEHOLDER : '';
  });
  for (const rel of ['icon', 'manifest'])
    if (!moved[rel]) throw new Error(`index.html has no <link rel="${rel}"> to move after the first screen`);
  if (!rest.includes('</head>')) throw new Error('index.html has no </head>');
  const template = `<template id="${LATE_HEAD_ID}">${moved.icon}${moved.manifest}</template>`;
  return rest.replace('</head>', () => `${template}</head>`);
}

/**
 * The tab's icon and the manifest wait for the first screen (README, Numbers). Once the page has loaded,
 * the browser fetches both and has the page decode the icon and the manifest's icons on its main thread:
 * on a slow phone that lands in the middle of the app's start-up, whose code runs after the load event.
 * Nothing the reader sees needs them earlier: the frame's own mark is an <img>, and the app can only be
 * installed once its service worker is registered, which waits for the first screen too.
 *
 * Must come after VitePWA in the plugin list: both change the page last, in plugin order, and the manifest
 * link is VitePWA's.
 */
export function lateHeadLinks(): Plugin {
  return {
    name: 'yibao:late-head-links',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: moveLateHeadLinks },
  };
}
