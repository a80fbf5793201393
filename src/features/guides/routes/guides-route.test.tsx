import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
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
      // Steps as a list; the parents' questions each as a question heading over its answer (UX review 3, L12).
      const guide = GUIDES.find((g) => g.id === id)!;
      if (guide.kind === 'questions')
        expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(guide.steps);
      else expect(screen.getAllByRole('listitem').length).toBeGreaterThan(2);
      expect(await screen.findByRole('complementary')).toBeInTheDocument();
      view.expectNoMissingKeys();
    },
  );

  it.each([
    ['en', 'Can I pay for the student?', /takes a payment made for the student/],
    ['zh', '我能替学生缴费吗？', /是否接受他人代缴/],
    ['es', '¿Puedo pagar por el estudiante?', /acepta que un familiar pague por el estudiante/],
  ] as const)(
    "answers a parent's question about paying in %s: whether a family member may pay for the student",
    async (language, question, answer) => {
      await renderRoute(GuidesRoute, { language, path: '/guides/parents', routePath: '/guides/:id?' });
      const heading = await screen.findByRole('heading', { level: 3, name: question });
      expect(heading.parentElement).toHaveTextContent(answer);
      // Never the inverted "a payment made by the student" (UX review 3, H2).
      expect(heading.parentElement).not.toHaveTextContent(/hecho por el estudiante/);
    },
  );

  it('lists every rule with its source on the sources page', async () => {
    const view = await renderRoute(GuidesRoute, { path: '/guides/sources', routePath: '/guides/:id?' });
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(Object.keys(FACTS).length + 1);
    view.expectNoMissingKeys();
  });

  it("says once, at the top, that rules past their review date are to be checked against this year's notice", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2028-01-01T04:00:00Z'));
    await renderRoute(GuidesRoute, { path: '/guides/card', routePath: '/guides/:id?' });
    const line = await screen.findByText(/check this year's notice before you act/);
    expect(line).toHaveTextContent(
      "Rules from official notices and guides of 2021–2022: check this year's notice",
    );
    // One line for the screen, not a warning box in every section (UX review 3, M1).
    expect(screen.getAllByText(/check this year's notice before you act/)).toHaveLength(1);
    expect(document.querySelectorAll('.source .notice--warning')).toHaveLength(0);
    vi.setSystemTime(new Date('2026-11-22T04:00:00Z'));
  });

  it("keeps each section's sources one tap away, as of the documents' own dates (never a day the app was built)", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T04:00:00Z'));
    await renderRoute(GuidesRoute, { path: '/guides/card', routePath: '/guides/:id?' });
    const note = await screen.findByRole('complementary');
    const folded = note.querySelector('details')!;
    expect(folded.open).toBe(false);
    expect(within(folded).getByText('Source', { selector: 'summary' })).toBeInTheDocument();
    expect(folded.querySelector('time[datetime="2021-10-11"]')).not.toBeNull();
    expect(note.querySelector('time[datetime="2026-11-22"]')).toBeNull();
  });

  it('warns in place only where a yearly date or amount is from an earlier year', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T04:00:00Z'));
    await renderRoute(GuidesRoute, { path: '/guides/parents', routePath: '/guides/:id?' });
    const note = await screen.findByRole('complementary');
    // The parents' guide cites the Shanghai payment period of 2025, and its 2026 period has opened.
    expect(note.querySelector('.notice--warning')).toHaveTextContent(
      /from an earlier year's notice \(2025\)/,
    );
    vi.setSystemTime(new Date('2026-11-22T04:00:00Z'));
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

// UX review 2.5
describe('the family summary', () => {
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
    expect(line!.textContent).toMatch(/^.+: 李明 debe .+ · del \d+ \w+ \d{4} al \d+ \w+ \d{4}$/);
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
