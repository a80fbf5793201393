/**
 * How the build groups small modules that many screens share: the domain's rules, dates and sources
 * (`engine`), the database with the reads that need no schema (`data`) and the shared components (`ui`)
 * become one chunk each, instead of one tiny chunk per combination of screens that use them. The first
 * screen then needs far fewer files: fewer requests, and fewer `<link rel="modulepreload">` for the
 * start-up to add (each costs the main thread about half a millisecond on a fast machine, several on a
 * cheap phone). vite.config.ts also asks that a module be shared by two screens before it is grouped.
 *
 * Only leaves go into a group: modules that import nothing but light packages, code the entry loads, and
 * other grouped modules. So a group never drags in the schemas (only forms and the backup worker load
 * zod) or a feature, and the `ui` chunk never loads the database. Code the entry loads anyway (its static
 * imports, however deep) stays where the bundler puts it, so the first-load JavaScript does not grow.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const PACKAGE = /[\\/]node_modules[\\/]/;
/** Packages that only some screens need: only the group made for them may hold or import them. */
const SCREEN_PACKAGE = /[\\/]node_modules[\\/](zod|dexie|dexie-react-hooks)[\\/]/;

interface Group {
  name: string;
  test: RegExp;
  /** The other groups its modules may import (a group's chunk loads those chunks too). */
  uses: readonly string[];
}

const GROUPS: readonly Group[] = [
  // The domain's pure code (not the schemas), with the holiday calendar its working days read.
  {
    name: 'engine',
    test: /[\\/]src[\\/]domain[\\/](?!.*[\\/]schema\.ts$)|[\\/]node_modules[\\/]chinese-days[\\/]/,
    uses: [],
  },
  // The database and the reads that need no schema; nearly every screen shows saved data.
  {
    name: 'data',
    test: /[\\/]src[\\/]data[\\/]|[\\/]node_modules[\\/](dexie|dexie-react-hooks)[\\/]/,
    uses: ['engine'],
  },
  { name: 'ui', test: /[\\/]src[\\/]components[\\/]/, uses: ['engine'] },
];

export function sharedChunks(entry: string) {
  const graphs = new WeakMap<ModuleGraph, (id: string) => string | null>();
  return (id: string, graph: ModuleGraph): string | null => {
    let groupOf = graphs.get(graph);
    if (!groupOf) {
      groupOf = grouping(graph, staticImports(graph, entry));
      graphs.set(graph, groupOf);
    }
    return groupOf(id);
  };
}

/**
 * A module's group: the first whose pattern it matches, if the entry does not load it and everything it
 * imports is a light package, loaded by the entry, or in the same group or one that group uses.
 */
function grouping(graph: ModuleGraph, loadedByEntry: Set<string>) {
  const memo = new Map<string, string | null>();
  const groupOf = (id: string): string | null => {
    if (memo.has(id)) return memo.get(id)!;
    memo.set(id, null); // a module in an import cycle stays out of the groups
    const group = loadedByEntry.has(id) ? undefined : GROUPS.find(({ test }) => test.test(id));
    const leaf =
      group !== undefined &&
      (graph.getModuleInfo(id)?.importedIds ?? []).every((imported) => {
        if (loadedByEntry.has(imported)) return true;
        const importedGroup = groupOf(imported);
        if (importedGroup !== null) return importedGroup === group.name || group.uses.includes(importedGroup);
        return PACKAGE.test(imported) && !SCREEN_PACKAGE.test(imported);
      });
    memo.set(id, leaf ? group.name : null);
    return leaf ? group.name : null;
  };
  return groupOf;
}

/** Every module `entry` (an absolute path) imports statically, directly or not. */
function staticImports(graph: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
