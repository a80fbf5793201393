import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_GROUP, sharedChunks } from './shared-chunks';

const root = '/app';
const src = (path: string) => `${root}/src/${path}`;
const pkg = (name: string) => `${root}/node_modules/${name}/index.js`;

/** A module graph as the bundler shows it: each module's static imports. */
function graph(imports: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => (id in imports ? { importedIds: imports[id]! } : null) };
}

const modules = graph({
  [src('app/main.tsx')]: [pkg('react'), src('components/large-text.ts'), src('data/device-hints.ts')],
  [src('components/large-text.ts')]: [pkg('react')],
  [src('data/device-hints.ts')]: [src('domain/settings/languages.ts')],
  [src('domain/settings/languages.ts')]: [],
  [src('components/date-text.tsx')]: [pkg('react'), src('components/date-format.ts')],
  [src('components/date-format.ts')]: [src('domain/dates/iso-date.ts')],
  [src('components/source-note.tsx')]: [src('components/large-text.ts'), src('domain/sources/sources.ts')],
  [src('components/people/use-people.ts')]: [
    pkg('dexie-react-hooks'),
    src('data/repositories/profile-list.ts'),
  ],
  [src('components/form/use-form.ts')]: [src('domain/common/schema.ts')],
  [src('domain/dates/iso-date.ts')]: [],
  [src('domain/sources/sources.ts')]: [src('domain/dates/iso-date.ts')],
  [src('domain/dates/china-holidays.ts')]: [pkg('chinese-days')],
  [pkg('chinese-days')]: [],
  [src('domain/common/schema.ts')]: [pkg('zod'), src('domain/dates/iso-date.ts')],
  [src('domain/card/schema.ts')]: [src('domain/common/schema.ts')],
  [src('domain/a.ts')]: [src('domain/b.ts')],
  [src('domain/b.ts')]: [src('domain/a.ts')],
  [src('data/db.ts')]: [pkg('dexie'), src('data/device-hints.ts'), src('domain/dates/iso-date.ts')],
  [src('data/repositories/profile-list.ts')]: [src('data/db.ts')],
  [src('data/repositories/profiles.ts')]: [src('data/db.ts'), src('domain/card/schema.ts')],
  [pkg('dexie')]: [],
  [pkg('dexie-react-hooks')]: [pkg('react'), pkg('dexie')],
  [src('features/timeline/routes/timeline-route.tsx')]: [src('components/date-text.tsx')],
});

describe('sharedChunks', () => {
  const groupOf = (id: string) => sharedChunks(src('app/main.tsx'))(id, modules);

  // (What only the entry uses stays in the entry's own chunk: vite.config.ts asks for two users.)
  it('puts what the entry loads in one chunk, whatever its folder or package', () => {
    expect(groupOf(src('components/large-text.ts'))).toBe(FIRST_LOAD_GROUP);
    expect(groupOf(src('data/device-hints.ts'))).toBe(FIRST_LOAD_GROUP);
    expect(groupOf(src('domain/settings/languages.ts'))).toBe(FIRST_LOAD_GROUP);
    expect(groupOf(pkg('react'))).toBe(FIRST_LOAD_GROUP);
  });

  it('groups shared components, the pure domain and the database', () => {
    expect(groupOf(src('components/date-text.tsx'))).toBe('ui');
    expect(groupOf(src('components/source-note.tsx'))).toBe('ui'); // it may import what the entry loads
    expect(groupOf(src('domain/sources/sources.ts'))).toBe('engine');
    expect(groupOf(src('domain/dates/china-holidays.ts'))).toBe('engine');
    expect(groupOf(pkg('chinese-days'))).toBe('engine');
    expect(groupOf(src('data/db.ts'))).toBe('data');
    expect(groupOf(pkg('dexie'))).toBe('data');
    expect(groupOf(src('data/repositories/profile-list.ts'))).toBe('data');
    expect(groupOf(src('components/people/use-people.ts'))).toBeNull(); // ui must not load the database
  });

  it('keeps zod and the schemas out of every group, and whatever imports them', () => {
    expect(groupOf(src('domain/common/schema.ts'))).toBeNull();
    expect(groupOf(src('domain/card/schema.ts'))).toBeNull();
    expect(groupOf(pkg('zod'))).toBeNull();
    expect(groupOf(src('components/form/use-form.ts'))).toBeNull();
    expect(groupOf(src('data/repositories/profiles.ts'))).toBeNull();
  });

  it('never groups features, and leaves import cycles to the bundler', () => {
    expect(groupOf(src('features/timeline/routes/timeline-route.tsx'))).toBeNull();
    expect(groupOf(src('domain/a.ts'))).toBeNull();
    expect(groupOf(src('domain/b.ts'))).toBeNull();
  });
});
