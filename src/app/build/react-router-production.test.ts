import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markReactRouterPure } from './react-router-production';

const productionDir = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production',
);
/** React Router's production modules, as its package ships them. */
const shipped = readdirSync(productionDir)
  .filter((file) => file.endsWith('.mjs'))
  .map((file) => readFileSync(join(productionDir, file), 'utf8'));

/** A module-level call to React that nothing marks pure: the bundler must keep it and all it references. */
const UNMARKED_CALL = /^var [\w$]+ = React\d*\.(?:createContext|forwardRef|memo)\(/m;
const NAME_WRITE = /^[\w$]+\.displayName = /m;

describe("React Router's production build, as the app's build takes it", () => {
  it('marks a module-level component or context pure and drops its developer-tools name', () => {
    const code = [
      'var Form = React10.forwardRef(function FormImpl() {});',
      'Form.displayName = "Form";',
      'var RouteContext = React.createContext({ outlet: null });',
      'RouteContext.displayName = "Route";',
      'var MemoizedDataRoutes = React3.memo(DataRoutes2);',
      'function useThing() {',
      '  let value = React.useMemo(() => 1, []);',
      '  Thing.displayName = "kept";',
      '  return value;',
      '}',
      '',
    ].join('\n');
    expect(markReactRouterPure(code)).toBe(
      [
        'var Form = /* @__PURE__ */ React10.forwardRef(function FormImpl() {});',
        'var RouteContext = /* @__PURE__ */ React.createContext({ outlet: null });',
        'var MemoizedDataRoutes = /* @__PURE__ */ React3.memo(DataRoutes2);',
        'function useThing() {',
        '  let value = React.useMemo(() => 1, []);', // a call inside a function is not touched
        '  Thing.displayName = "kept";',
        '  return value;',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves no unmarked module-level React call and no name written in the package as installed', () => {
    // A React Router release that writes these another way would quietly bring Form, NavLink and the data
    // router's submit back into the first load; this says so before the first-load budget does.
    const marked = shipped.map(markReactRouterPure);
    expect(shipped.some((code) => UNMARKED_CALL.test(code))).toBe(true);
    expect(shipped.some((code) => NAME_WRITE.test(code))).toBe(true);
    for (const code of marked) {
      expect(code).not.toMatch(UNMARKED_CALL);
      expect(code).not.toMatch(NAME_WRITE);
    }
  });
});
