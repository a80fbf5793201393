import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/settings/languages';

const root = join(process.cwd(), 'locales');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[prefix + key, value]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

function load(language: string): Record<string, string> {
  const dir = join(root, language);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => {
        const namespace = file.replace(/\.json$/, '');
        const tree = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree;
        return Object.entries(flatten(tree)).map(([key, value]) => [`${namespace}:${key}`, value]);
      }),
  );
}

const tables = Object.fromEntries(LANGUAGES.map((language) => [language, load(language)]));
const placeholders = (text: string) =>
  (text.match(/{{\s*[\w.]+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

/** Places where a key `a` holds an object while a sibling key `a.b` also exists: i18next then finds only one. */
function shadowedKeys(tree: Tree, path = ''): string[] {
  const keys = Object.keys(tree);
  return keys.flatMap((key) => {
    const value = tree[key]!;
    const here = typeof value !== 'string' && keys.some((other) => other.startsWith(`${key}.`));
    return [
      ...(here ? [`${path}${key}`] : []),
      ...(typeof value === 'string' ? [] : shadowedKeys(value, `${path}${key}.`)),
    ];
  });
}

describe('translations', () => {
  it.each(LANGUAGES)('%s never nests a key beside a dotted key that starts with it', (language) => {
    const dir = join(root, language);
    const shadowed = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) =>
        shadowedKeys(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree).map(
          (key) => `${file}: ${key}`,
        ),
      );
    expect(shadowed).toEqual([]);
  });

  it.each(['zh', 'es'] as const)('%s has exactly the keys English has', (language) => {
    expect(Object.keys(tables[language]!).sort()).toEqual(Object.keys(tables.en!).sort());
  });

  it.each(LANGUAGES)('%s has no empty value', (language) => {
    const empty = Object.entries(tables[language]!).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('uses the same {{placeholders}} in every language', () => {
    const mismatched = Object.keys(tables.en!).filter((key) => {
      const expected = placeholders(tables.en![key]!);
      return LANGUAGES.some(
        (language) => placeholders(tables[language]![key] ?? '').join() !== expected.join(),
      );
    });
    expect(mismatched).toEqual([]);
  });

  it('keeps the English names the acceptance checks rely on', () => {
    const en = tables.en!;
    expect(en['profile:fields.name']).toBe('Full name');
    expect(en['profile:fields.idType']).toBe('ID type');
    expect(en['profile:fields.idNumber']).toBe('ID number');
    expect(en['profile:fields.mobile']).toBe('Mobile number');
    expect(en['profile:fields.dateOfBirth']).toBe('Date of birth');
    expect(en['profile:fields.city']).toBe('City');
    expect(en['profile:idTypes.resident-id']).toBe('Resident ID card');
    expect(en['profile:idTypes.passport']).toBe('Passport');
    expect(en['profile:cities.shenzhen']).toBe('Shenzhen');
    expect(en['profile:cities.shanghai']).toBe('Shanghai');
    expect(en['settings:language.label']).toBe('Language');
    expect(en['common:actions.save']).toBe('Save');
    expect(en['common:actions.delete']).toBe('Delete');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('keys used in the source', () => {
  it('exist in English (and so, by parity, in every language)', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(process.cwd(), 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-z]+:[a-zA-Z][\w.-]*[\w])['"`]/g)) {
        used.add(match[1]!);
      }
    }
    const plural = (key: string) => `${key}_other` in tables.en! && `${key}_one` in tables.en!;
    const missing = [...used].filter(
      (key) => !(key in tables.en!) && !plural(key) && !/^(virtual|vite|node|yibao):/.test(key),
    );
    expect(used.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
