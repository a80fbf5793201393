// The app's TypeScript modules, loaded in Node by Vite (its aliases and transforms), for the scripts here.
import { createServer } from 'vite';

/** Runs `work` with a loader of the app's modules (`load('/src/…')`), then closes Vite. */
export async function withAppModules(work) {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await work((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
