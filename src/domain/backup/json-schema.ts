import { z } from 'zod/mini';
import { backupSchema, BACKUP_VERSION } from './schema';

/**
 * The published JSON Schema of the backup format (docs/backup-format.schema.json), generated from the zod
 * schemas: `npm run schema` writes it, and a test checks that the committed file is up to date.
 */
export function backupJsonSchema(): string {
  const schema = z.toJSONSchema(backupSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return `${JSON.stringify({ ...schema, $id: `https://yibao-companion.invalid/backup-format/v${BACKUP_VERSION}.schema.json`, title: 'Yibao Companion backup' }, null, 2)}\n`;
}
