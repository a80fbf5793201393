import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { runtimeKey, type TranslationKey } from './translation-keys';

/**
 * Typed translation keys (issue 19): the typecheck (`npm run typecheck`, part of `npm test`) knows every
 * key of locales/en. Each `@ts-expect-error` below fails the typecheck if a misspelt key were accepted.
 */
describe('translation keys', () => {
  it('accepts a key the locales have, with its namespace, and refuses a misspelt one', () => {
    const known: TranslationKey = 'clinic:fields.name';
    // @ts-expect-error: no such key in the clinic namespace
    const misspelt: TranslationKey = 'clinic:fields.nmae';
    // @ts-expect-error: no such namespace
    const noNamespace: TranslationKey = 'clinc:fields.name';
    expect([known, misspelt, noNamespace]).toHaveLength(3);
  });

  it('checks the keys given to t', () => {
    const t = i18next.t.bind(i18next);
    // @ts-expect-error: a missing key fails the typecheck
    const missing = () => t('timeline:actions.opne');
    expect(typeof missing).toBe('function');
  });

  it('lets a key known only at run time through, unchanged', () => {
    expect(runtimeKey('timeline:steps.card.apply')).toBe('timeline:steps.card.apply');
  });
});

describe('the typed namespaces', () => {
  it('are every file of locales/en, so a new namespace cannot go unchecked', () => {
    const typed = readFileSync(join(process.cwd(), 'src/app/i18next.d.ts'), 'utf8');
    const files = readdirSync(join(process.cwd(), 'locales/en')).map((f) => f.replace(/\.json$/, ''));
    for (const ns of files) {
      expect(typed).toContain(`import type ${ns} from '../../locales/en/${ns}.json';`);
      expect(typed).toContain(`  ${ns}: typeof ${ns};`);
    }
  });
});
