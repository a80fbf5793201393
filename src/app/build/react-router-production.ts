// Build-time only: imported by vite.config.ts, never by the app.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * React Router's module-level statements that keep unused parts of it in the bundle: a component or context
 * made by calling React (`var Form = React10.forwardRef(…)`) is a call the bundler must assume does
 * something, and `Form.displayName = "Form"` writes to it. So Form, NavLink, HistoryRouter and
 * ScrollRestoration, with everything they call (the data router's submit, fetchers, scroll keys), stayed
 * in the first load although the app uses none of them.
 *
 * The calls are React's pure constructors (they only build and return an object), so they get the
 * `@__PURE__` mark the bundler understands; the names only serve React's developer tools, which the
 * production build does not talk to. A used component or context is kept as before, with its name.
 */
export function markReactRouterPure(code: string): string {
  return code
    .replace(
      /^(var [\w$]+ = )(React\d*\.(?:createContext|forwardRef|memo)\()/gm,
      (_, declaration: string, call: string) => `${declaration}/* @__PURE__ */ ${call}`,
    )
    .replace(/^[\w$]+\.displayName = "[^"\n]*";\n/gm, '');
}

/** The production build of React Router that the app's build takes (below). */
const PRODUCTION_DIR = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production',
);

/**
 * React Router's package points every bundler at its development build, which differs from its production
 * build only in `ENABLE_DEV_WARNINGS = true`. The app's build takes the production one, so the warnings'
 * code is left out of the first load, and marks its module-level calls pure (`markReactRouterPure`); the
 * dev server and the tests keep the package as it is, with its warnings.
 */
export function reactRouterProduction(): Plugin {
  return {
    name: 'yibao:react-router-production',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [{ find: /^react-router$/, replacement: join(PRODUCTION_DIR, 'index.mjs') }],
      },
    }),
    transform: {
      filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/][^\\/]+\.mjs$/ },
      handler(code) {
        return { code: markReactRouterPure(code), map: null };
      },
    },
  };
}
