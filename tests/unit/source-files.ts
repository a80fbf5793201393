import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The app's source files below `dir` (TypeScript, tests left out), for checks that read the code itself. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
