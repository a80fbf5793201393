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
 * zod) or a feature, and the `ui` chunk never loads the database.
 *
 * Code the entry loads anyway (its static imports, however deep) that screens share too (React, React
 * Router, i18next, the device hints, the frame's components) is one chunk, `first-load`, instead of the
 * several the bundler would make of it by which screens use what: the first load is then three files
 * (the entry, `first-load` and the bundler's runtime) instead of five, and about 710 B smaller (README,
 * Numbers). What only the entry uses (React's renderer, the router's routes) stays in the entry's chunk.
 * A module the entry imports but the build then leaves out of its chunk (an unused export of a package,
 * such as react-i18next's `Trans`) would be pulled into the first load if two screens used it: the
 * first-load budget test says so if it ever happens.
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

/** The chunk of what the entry loads and screens share too (above). */
export const FIRST_LOAD_GROUP = 'first-load';

export function sharedChunks(entry: string) {
  const graphs = new WeakMap<ModuleGraph, (id: string) => string | null>();
  return (id: string, graph: ModuleGraph): string | null => {
    let groupOf = graphs.get(graph);
    if (!groupOf) {
      const loadedByEntry = staticImports(graph, entry);
      const group = grouping(graph, loadedByEntry);
      groupOf = (module) => (loadedByEntry.has(module) ? FIRST_LOAD_GROUP : group(module));
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
