import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupJsonSchema } from './json-schema';

const file = join(process.cwd(), 'docs/backup-format.schema.json');

describe('docs/backup-format.schema.json', () => {
  it('is up to date with the zod schemas (npm run schema rewrites it)', () => {
    expect(existsSync(file), `${file} is missing: run npm run schema`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(backupJsonSchema());
  });
});
