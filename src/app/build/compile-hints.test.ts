import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { COMPILE_HINT, firstLoadChunks, firstLoadCompileHints } from './compile-hints';

type Bundle = Rolldown.OutputBundle;

/** A bundle as the bundler hands it over: chunks with their static imports, and a source map file. */
function bundle(chunks: Record<string, { entry?: boolean; imports?: string[] }>): Bundle {
  const files: Record<string, unknown> = {};
  for (const [fileName, { entry = false, imports = [] }] of Object.entries(chunks)) {
    files[fileName] = {
      type: 'chunk',
      fileName,
      isEntry: entry,
      imports,
      code: `export const name = ${JSON.stringify(fileName)};`,
      map: { mappings: 'AAAA' },
    };
    files[`${fileName}.map`] = {
      type: 'asset',
      fileName: `${fileName}.map`,
      source: JSON.stringify({ version: 3, mappings: 'AAAA' }),
    };
  }
  files['index.html'] = { type: 'asset', fileName: 'index.html', source: '' };
  return files as Bundle;
}

const app = () =>
  bundle({
    'assets/index.js': { entry: true, imports: ['assets/react.js', 'assets/router.js'] },
    'assets/react.js': {},
    'assets/router.js': { imports: ['assets/react.js'] },
    'assets/settings-route.js': { imports: ['assets/react.js', 'assets/forms.js'] },
    'assets/forms.js': {},
  });

const names = (chunks: { fileName: string }[]) => chunks.map((chunk) => chunk.fileName).sort();

function generate(files: Bundle) {
  const plugin = firstLoadCompileHints();
  const hook = plugin.generateBundle as { handler: (options: unknown, bundle: Bundle) => void };
  hook.handler.call({}, {}, files);
}

const chunk = (files: Bundle, name: string) => files[name] as Rolldown.OutputChunk;

describe('firstLoadChunks', () => {
  it('is the entry and what it imports statically, however deep; never a screen or what only it imports', () => {
    expect(names(firstLoadChunks(app()))).toEqual(['assets/index.js', 'assets/react.js', 'assets/router.js']);
  });
});

describe('firstLoadCompileHints', () => {
  it("opens the first load's chunks with the hint, once, and leaves the screens' chunks alone", () => {
    const files = app();
    generate(files);
    generate(files); // a second pass (a rebuild in watch mode) adds nothing
    for (const name of ['assets/index.js', 'assets/react.js', 'assets/router.js']) {
      expect(chunk(files, name).code).toBe(`${COMPILE_HINT}\nexport const name = "${name}";`);
    }
    expect(chunk(files, 'assets/settings-route.js').code.startsWith(COMPILE_HINT)).toBe(false);
    expect(chunk(files, 'assets/forms.js').code).not.toContain(COMPILE_HINT);
  });

  it('moves the source maps down by the one line it adds, in the chunk and in the map file', () => {
    const files = app();
    generate(files);
    expect(chunk(files, 'assets/index.js').map?.mappings).toBe(';AAAA');
    const written = files['assets/index.js.map'] as Rolldown.OutputAsset;
    expect(JSON.parse(String(written.source))).toEqual({ version: 3, mappings: ';AAAA' });
    const untouched = files['assets/forms.js.map'] as Rolldown.OutputAsset;
    expect(JSON.parse(String(untouched.source)).mappings).toBe('AAAA');
  });
});
