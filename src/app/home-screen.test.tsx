import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PEOPLE_HINT_KEY } from '@/data/device-hints';
import { createBareDatabase, neverSeenAfterEach } from '../../tests/indexeddb';
import { renderRoute } from '../../tests/render';
import type { Screen, ScreenModule } from './router';

/** The home screen's choice lives for the life of the page: each test gets a page of its own. */
async function freshPage() {
  vi.resetModules();
  const [{ homeScreen }, presence, skeleton] = await Promise.all([
    import('./home-screen'),
    import('@/data/database-events'),
    import('@/components/screen-skeleton'),
  ]);
  const timelineModule: ScreenModule = { Component: () => <h1>The to-do list</h1> };
  const timeline: Screen = {
    namespaces: () => Promise.resolve(['timeline']),
    preload: vi.fn(() => Promise.resolve(timelineModule)),
    loaded: () => undefined,
    lazy: () => timelineModule.Component,
  };
  return { home: homeScreen(timeline), timeline, timelineModule, presence, skeleton };
}

neverSeenAfterEach();

describe('home on a phone where the app has never stored anything', () => {
  it('is the welcome, without the to-do list’s code, until this page opens the database', async () => {
    const { home, timeline, timelineModule, presence } = await freshPage();
    expect(await home.namespaces()).toEqual([]); // the welcome's words are all in `common`
    const first = await home.preload();
    expect(first).not.toBe(timelineModule);
    expect(timeline.preload).not.toHaveBeenCalled();
    expect(home.loaded()).toBe(first);

    // The reader went on to add somebody (the database is open now): home is the to-do list again.
    presence.noteDatabaseOpened();
    expect(home.loaded()).toBeUndefined(); // not loaded yet: the router renders its lazy screen
    expect(await home.namespaces()).toEqual(['timeline']);
    expect(await home.preload()).toBe(timelineModule);
  });

  it('is the to-do list when the hint says somebody is on the phone, or the database exists', async () => {
    localStorage.setItem(PEOPLE_HINT_KEY, '1');
    const withSomebody = await freshPage();
    expect(await withSomebody.home.namespaces()).toEqual(['timeline']);
    expect(await withSomebody.home.preload()).toBe(withSomebody.timelineModule);

    localStorage.removeItem(PEOPLE_HINT_KEY);
    const { DATABASE_NAME } = await import('@/data/database-events');
    await createBareDatabase(DATABASE_NAME); // everyone deleted: the database is still there, and may change
    const withDatabase = await freshPage();
    expect(await withDatabase.home.namespaces()).toEqual(['timeline']);
    expect(await withDatabase.home.preload()).toBe(withDatabase.timelineModule);
  });

  it('names the document like any screen, and gives way to the to-do list when another tab adds somebody', async () => {
    const { skeleton } = await freshPage();
    await renderRoute(skeleton.welcomeScreen(() => () => <h1>The to-do list</h1>));
    expect(screen.getByRole('heading', { level: 1, name: 'To-do' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '/start');
    expect(document.title).toBe('To-do · Yibao Companion');

    // Another tab's change to the hint: only other tabs hear of it, as a storage event.
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'yibao.language', newValue: 'es' }));
    });
    expect(screen.queryByRole('heading', { name: 'The to-do list' })).toBeNull();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: PEOPLE_HINT_KEY, newValue: '1' }));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'The to-do list' })).toBeInTheDocument();
    // From then on the to-do list follows the data itself: everyone deleted there does not swap it back.
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: PEOPLE_HINT_KEY, newValue: '0' }));
    });
    expect(screen.getByRole('heading', { level: 1, name: 'The to-do list' })).toBeInTheDocument();
  });
});
