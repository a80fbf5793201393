import { act, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BrowserRouter,
  Link,
  matchPath,
  MemoryRouter,
  NavLink,
  Routes,
  useLocation,
  useParams,
  useSearchParams,
} from './router';

function Where() {
  const { pathname, search, hash } = useLocation();
  return <output aria-label="where">{`${pathname}${search}${hash}`}</output>;
}

function Guide() {
  const { id } = useParams();
  return <p>guide {id ?? '(list)'}</p>;
}

function Person() {
  const [params] = useSearchParams();
  return <p>person {params.get('person') ?? '(none)'}</p>;
}

const routes = [
  { path: '/', element: <p>home</p> },
  { path: '/guides/:id?', element: <Guide /> },
  { path: '/profile', element: <Person /> },
  { path: '*', element: <p>not found</p> },
];

function App() {
  return (
    <>
      <nav>
        <NavLink to="/" end>
          Home
        </NavLink>
        <NavLink to="/guides" className="menu">
          Guides
        </NavLink>
        <Link to="/guides/card">Card guide</Link>
        <Link to="/profile?person=p%201">Profile</Link>
        <Link to="/settings#backup">Backup</Link>
      </nav>
      <Routes routes={routes} />
      <Where />
    </>
  );
}

/** The test app under a router that follows the page's own address, starting at `path`. */
function renderInBrowser(path = '/') {
  window.history.replaceState(null, '', path);
  render(
    <BrowserRouter>
      <App />
    </BrowserRouter>,
  );
}

const where = () => screen.getByRole('status', { name: 'where' }).textContent;

describe('the router', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('navigates on a plain click, in the page, and shows the matching screen', async () => {
    renderInBrowser();
    expect(screen.getByText('home')).toBeInTheDocument();
    const before = window.history.length;

    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Card guide' })));
    expect(screen.getByText('guide card')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/guides/card');
    expect(window.history.length).toBe(before + 1);

    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Profile' })));
    expect(screen.getByText('person p 1')).toBeInTheDocument();
    expect(where()).toBe('/profile?person=p%201');

    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Backup' })));
    expect(screen.getByText('not found')).toBeInTheDocument();
    expect(where()).toBe('/settings#backup');
  });

  it('leaves modified clicks, other buttons and other targets to the browser', async () => {
    renderInBrowser();
    const link = screen.getByRole('link', { name: 'Card guide' });
    expect(link).toHaveAttribute('href', '/guides/card');
    for (const init of [
      { ctrlKey: true },
      { metaKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
    ]) {
      const handled = !fireEvent.click(link, init);
      expect(handled, JSON.stringify(init)).toBe(false);
    }
    expect(where()).toBe('/');
    expect(screen.getByText('home')).toBeInTheDocument();
  });

  it('replaces the history entry when the link is to the address already shown', async () => {
    renderInBrowser('/guides/card');
    const before = window.history.length;
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Card guide' })));
    expect(window.history.length).toBe(before);
    expect(where()).toBe('/guides/card');
  });

  it('follows Back and Forward (popstate)', async () => {
    renderInBrowser();
    await act(async () => {
      window.history.replaceState(null, '', '/guides/share');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByText('guide share')).toBeInTheDocument();
    expect(where()).toBe('/guides/share');
  });

  it('marks the navigation link of the screen shown, with aria-current', async () => {
    render(
      <MemoryRouter initialEntry="/guides/card">
        <App />
      </MemoryRouter>,
    );
    const home = screen.getByRole('link', { name: 'Home' });
    const guides = screen.getByRole('link', { name: 'Guides' });
    expect(guides).toHaveAttribute('aria-current', 'page');
    expect(guides).toHaveClass('menu', 'active');
    expect(home).not.toHaveAttribute('aria-current');
    expect(home).not.toHaveClass('active');

    await act(async () => fireEvent.click(home));
    expect(home).toHaveAttribute('aria-current', 'page');
    expect(guides).not.toHaveAttribute('aria-current');
    expect(guides).toHaveClass('menu');
    expect(guides).not.toHaveClass('active');
  });

  it('does not mark a link for an address that only starts with the same letters', () => {
    render(
      <MemoryRouter initialEntry="/guidesX">
        <App />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Guides' })).not.toHaveAttribute('aria-current');
    expect(screen.getByText('not found')).toBeInTheDocument();
  });
});

describe('matchPath', () => {
  it.each([
    ['/', '/', {}],
    ['/profile', '/profile', {}],
    ['/profile', '/Profile/', {}],
    ['/profile', '/profile/x', null],
    ['/profile', '/', null],
    ['/guides/:id?', '/guides', { id: undefined }],
    ['/guides/:id?', '/guides/', { id: undefined }],
    ['/guides/:id?', '/guides/card', { id: 'card' }],
    ['/guides/:id?', '/guides/card/more', null],
    ['/guides/:id', '/guides', null],
    ['/guides/:id?', '/guides/%E0%A4%A', null],
    ['*', '/anything/at/all', {}],
  ])('%s against %s', (pattern, pathname, expected) => {
    expect(matchPath(pattern, pathname)).toEqual(expected);
  });

  it('gives back any parameter exactly as it was encoded into the address', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(matchPath('/guides/:id?', `/guides/${encodeURIComponent(id)}`)).toEqual({ id });
      }),
    );
  });
});
