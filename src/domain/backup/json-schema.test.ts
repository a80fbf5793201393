import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { backupSchema, BACKUP_VERSION } from './schema';

const file = join(process.cwd(), 'docs/backup-format.schema.json');

/** The published JSON Schema is generated from the zod schemas; run with UPDATE_SCHEMA=1 to rewrite it. */
function generate() {
  const schema = z.toJSONSchema(backupSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return `${JSON.stringify({ ...schema, $id: `https://yibao-companion.invalid/backup-format/v${BACKUP_VERSION}.schema.json`, title: 'Yibao Companion backup' }, null, 2)}\n`;
}

describe('docs/backup-format.schema.json', () => {
  it('is up to date with the zod schemas', () => {
    const generated = generate();
    if (process.env.UPDATE_SCHEMA === '1' || !existsSync(file)) writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });
});
