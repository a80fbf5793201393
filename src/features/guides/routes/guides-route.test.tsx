import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { saveProfile } from '@/data/repositories/profiles';
import { GUIDES } from '@/domain/guides/guides';
import { FACTS, SOURCES } from '@/domain/sources/sources';
import { buildProfile } from '../../../../tests/builders';
import { freshDatabaseEachTest } from '../../../../tests/component-helpers';
import { renderRoute } from '../../../../tests/render';
import { Component as GuidesRoute } from './guides-route';

freshDatabaseEachTest();

describe('/guides', () => {
  it.each(GUIDES.flatMap((g) => (['en', 'zh', 'es'] as const).map((lng) => [g.id, lng] as const)))(
    'the %s guide renders in %s with every key translated and its sources',
    async (id, language) => {
      const view = await renderRoute(GuidesRoute, {
        language,
        path: `/guides/${id}`,
        routePath: '/guides/:id?',
      });
      expect(screen.getAllByRole('listitem').length).toBeGreaterThan(2);
      expect(await screen.findByRole('complementary')).toBeInTheDocument();
      view.expectNoMissingKeys();
    },
  );

  it('lists every rule with its source on the sources page', async () => {
    const view = await renderRoute(GuidesRoute, { path: '/guides/sources', routePath: '/guides/:id?' });
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(Object.keys(FACTS).length + 1);
    view.expectNoMissingKeys();
  });

  it('flags rules past their review date as possibly out of date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2028-01-01T04:00:00Z'));
    await renderRoute(GuidesRoute, { path: '/guides/card', routePath: '/guides/:id?' });
    expect(await screen.findByText(/may be out of date: check the official channel/)).toBeInTheDocument();
    vi.setSystemTime(new Date('2026-11-22T04:00:00Z'));
  });

  it('says today that rules known only from 2021–2022 documents are due for a check (never "checked" for them)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T04:00:00Z'));
    await renderRoute(GuidesRoute, { path: '/guides/card', routePath: '/guides/:id?' });
    const note = await screen.findByRole('complementary');
    expect(note).toHaveTextContent(/may be out of date/);
    // As of the seed's own date, not a day the app was built.
    expect(note.querySelector('time[datetime="2021-10-11"]')).not.toBeNull();
    expect(note.querySelector('time[datetime="2026-11-22"]')).toBeNull();
  });

  it('shares a summary in another language than the app, without the ID number unless asked', async () => {
    const { id: _id, ...profile } = buildProfile({ name: '李明' });
    await saveProfile(profile);
    await renderRoute(GuidesRoute, { path: '/guides/share', routePath: '/guides/:id?' });
    const reader = await screen.findByLabelText('Language of the summary');
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.change(reader, { target: { value: 'es' } });
    expect(await screen.findByRole('heading', { name: 'Seguro médico: 李明' })).toBeInTheDocument();
    // Dates in the summary are <time> elements, formatted for the reader.
    expect(document.querySelector('.share-sheet p time')?.getAttribute('datetime')).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
    expect(screen.queryByText(/440303200506151230/)).toBeNull();
    fireEvent.click(screen.getByLabelText('Include the ID number'));
    await waitFor(() => expect(screen.getByText(/440303200506151230/)).toBeInTheDocument());
  });
});

describe('the family summary (UX review 2.5)', () => {
  it('speaks of the student in the third person and shows a window whole, each date a <time>', async () => {
    const { id: _id, ...profile } = buildProfile({ name: '李明', hasWorkingChildCard: true });
    await saveProfile(profile);
    await renderRoute(GuidesRoute, { path: '/guides/share', routePath: '/guides/:id?' });
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.change(await screen.findByLabelText('Language of the summary'), { target: { value: 'es' } });
    await screen.findByRole('heading', { name: 'Seguro médico: 李明' });
    const windows = [...document.querySelectorAll('.share-sheet .bullets li')].filter(
      (li) => li.querySelectorAll('time').length === 2,
    );
    expect(windows.length).toBeGreaterThan(0);
    const [line] = windows;
    expect(line!.textContent).toMatch(/^.+: 李明 debe .+ · del \d+ de \w+ de \d{4} al \d+ de \w+ de \d{4}$/);
    const [start, end] = [...line!.querySelectorAll('time')].map((time) => time.getAttribute('datetime')!);
    expect(start! < end!).toBe(true);
  });
});

describe('every fact used on a screen has a source', () => {
  const used = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  for (const file of walk(join(process.cwd(), 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/factIds=\{\[([^\]]*)\]\}|factIds: \[([^\]]*)\]/g)) {
      for (const id of (m[1] ?? m[2] ?? '').matchAll(/'([a-z0-9.-]+)'/g)) used.add(id[1]!);
    }
  }

  it('finds the facts the screens use', () => {
    expect(used.size).toBeGreaterThan(30);
  });

  it.each([...used])('%s is a known fact with a known, dated source', (id) => {
    const fact = FACTS[id];
    expect(fact).toBeDefined();
    expect(fact!.sourceIds.length).toBeGreaterThan(0);
    for (const source of fact!.sourceIds) expect(SOURCES[source]).toBeDefined();
    // As of its newest source's date (a day or a year), or undated: never a made-up day.
    const checked = fact!.checkedOn;
    if (typeof checked === 'string') expect(checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
