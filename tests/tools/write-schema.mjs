// npm run schema: writes docs/backup-format.schema.json from the zod schemas (src/domain/backup/json-schema.ts).
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { backupJsonSchema } = await server.ssrLoadModule('/src/domain/backup/json-schema.ts');
  writeFileSync('docs/backup-format.schema.json', backupJsonSchema());
  process.stdout.write('Wrote docs/backup-format.schema.json\n');
} finally {
  await server.close();
}
