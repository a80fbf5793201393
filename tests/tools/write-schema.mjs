// npm run schema: writes docs/backup-format.schema.json from the zod schemas (src/domain/backup/json-schema.ts).
import { writeFileSync } from 'node:fs';
import { withAppModules } from './vite-modules.mjs';

await withAppModules(async (load) => {
  const { backupJsonSchema } = await load('/src/domain/backup/json-schema.ts');
  writeFileSync('docs/backup-format.schema.json', backupJsonSchema());
  process.stdout.write('Wrote docs/backup-format.schema.json\n');
});
