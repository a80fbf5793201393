/// <reference types="node" />
// Build-time only: imported by vite.config.ts, never by the app.
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * V8's explicit compile hint (Chrome 136 and later): a file that starts with this comment has all its
 * functions compiled while it is fetched, on a background thread, instead of each one on the main thread
 * the first time it is called. Other browsers read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entry chunks and every chunk they import statically, directly or not: the first load. */
export function firstLoadChunks(bundle: OutputBundle): OutputChunk[] {
  const chunks = new Map(
    Object.values(bundle)
      .filter((file): file is OutputChunk => file.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const seen = new Set<string>();
  const queue = [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name) || !chunks.has(name)) continue;
    seen.add(name);
    queue.push(...chunks.get(name)!.imports);
  }
  return [...seen].map((name) => chunks.get(name)!);
}

/**
 * Starts the first load's chunks with the compile hint. Nearly all of their code runs before the first
 * screen is up (React's renderer, React Router, i18next, the frame), so compiling it early wastes little,
 * and the main thread, a cheap phone's bottleneck at start-up, no longer stops to compile it (README,
 * Numbers). The screens' chunks stay lazy: most of their code runs only when the reader taps.
 *
 * The comment must open the file: it goes in once everything else has written the chunk (minification
 * drops comments, and Vite puts its preload map at the top).
 */
export function firstLoadCompileHints(): Plugin {
  return {
    name: 'yibao:first-load-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of firstLoadChunks(bundle)) {
          if (chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // One more line at the top: the source map gains an empty first line, in the chunk and in the
          // map file the bundler has already written out of it.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const file = bundle[`${chunk.fileName}.map`];
          if (file?.type === 'asset') {
            const map = JSON.parse(String(file.source)) as { mappings: string };
            file.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` });
          }
        }
      },
    },
  };
}
