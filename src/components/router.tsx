import {
  createContext,
  startTransition,
  use,
  useLayoutEffect,
  useMemo,
  useState,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * The app's router: addresses, links and a route table, in the few hundred bytes the app needs.
 *
 * The app has a dozen flat screens, one optional parameter (`/guides/:id`) and no loaders or actions, and
 * it used only React Router's declarative parts. That library was the largest thing in the first load
 * after React and i18next (about 14 KB gzip, 39 KB of script to parse on a cheap phone before the first
 * screen), so this file keeps the same behaviour the app relied on:
 * - a link is a real `<a href>`: a plain left click navigates in the page, any modified click, other
 *   button or `target` is left to the browser; a click on the address already shown replaces it in history;
 * - a navigation link is marked `active` and `aria-current="page"` on its own address and below it
 *   (with `end`, only on its own);
 * - new addresses render as a transition, and Back/Forward (`popstate`) are followed;
 * - paths match case-insensitively, with or without a trailing slash, parameters are decoded.
 */

export interface Location {
  pathname: string;
  search: string;
  hash: string;
}

interface Router {
  location: Location;
  navigate: (href: string, options: { replace: boolean }) => void;
}

const RouterContext = createContext<Router | null>(null);
const ParamsContext = createContext<Readonly<Record<string, string | undefined>>>({});

function useRouter(): Router {
  const router = use(RouterContext);
  if (!router) throw new Error('A link or route is rendered outside <BrowserRouter> or <MemoryRouter>.');
  return router;
}

const hrefOf = ({ pathname, search, hash }: Location) => `${pathname}${search}${hash}`;

/** `to` resolved against the current address, as the browser would resolve the link's href. */
function resolve(to: string, from: Location): Location {
  const url = new URL(to, `http://app${from.pathname}`);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

function readWindowLocation(): Location {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

/** Follows the page's own address (History API). */
export function BrowserRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(readWindowLocation);
  useLayoutEffect(() => {
    const follow = () => startTransition(() => setLocation(readWindowLocation()));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);
  const router = useMemo<Router>(
    () => ({
      location,
      navigate(href, { replace }) {
        if (replace) window.history.replaceState(null, '', href);
        else window.history.pushState(null, '', href);
        startTransition(() => setLocation(readWindowLocation()));
      },
    }),
    [location],
  );
  return <RouterContext value={router}>{children}</RouterContext>;
}

/** An address kept in memory: for component tests and the build-time prerender. */
export function MemoryRouter({
  initialEntry = '/',
  children,
}: {
  initialEntry?: string;
  children: ReactNode;
}) {
  const [location, setLocation] = useState(() =>
    resolve(initialEntry, { pathname: '/', search: '', hash: '' }),
  );
  const router = useMemo<Router>(
    () => ({
      location,
      navigate: (href) => startTransition(() => setLocation(resolve(href, location))),
    }),
    [location],
  );
  return <RouterContext value={router}>{children}</RouterContext>;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useSearchParams(): [URLSearchParams] {
  const { search } = useLocation();
  return [useMemo(() => new URLSearchParams(search), [search])];
}

/** The current route's parameters, e.g. `{ id }` for `/guides/:id?`. */
export function useParams(): Readonly<Record<string, string | undefined>> {
  return use(ParamsContext);
}

const lowerPath = (pathname: string) => {
  const lower = pathname.toLowerCase();
  return lower.length > 1 && lower.endsWith('/') ? lower.slice(0, -1) : lower;
};

/**
 * Matches a pattern such as `/guides/:id?` against a path. Segments are literal, `:name` or `:name?`;
 * a pattern of `*` matches anything. Returns the decoded parameters, or null when it does not match.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string | undefined> | null {
  if (pattern === '*') return {};
  const wanted = pattern.split('/').filter(Boolean);
  const actual = pathname.split('/').filter(Boolean);
  if (actual.length > wanted.length) return null;
  const params: Record<string, string | undefined> = {};
  for (const [index, segment] of wanted.entries()) {
    const value = actual[index];
    if (segment.startsWith(':')) {
      const optional = segment.endsWith('?');
      const name = segment.slice(1, optional ? -1 : undefined);
      if (value === undefined) {
        if (!optional) return null;
        params[name] = undefined;
        continue;
      }
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (value === undefined || value.toLowerCase() !== segment.toLowerCase()) {
      return null;
    }
  }
  return params;
}

export interface RouteDefinition {
  path: string;
  element: ReactNode;
}

/** Renders the first route whose path matches the current address (put `*` last), or nothing. */
export function Routes({ routes }: { routes: readonly RouteDefinition[] }) {
  const { pathname } = useLocation();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return <ParamsContext value={params}>{route.element}</ParamsContext>;
  }
  return null;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

function useLinkClick(to: string, onClick: LinkProps['onClick'], target: string | undefined) {
  const { location, navigate } = useRouter();
  const destination = resolve(to, location);
  const href = hrefOf(destination);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || (target && target !== '_self')) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href, { replace: href === hrefOf(location) });
  };
  return { href, destination, location, handleClick };
}

/** A link to another screen of the app. */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  const { href, handleClick } = useLinkClick(to, onClick, target);
  return <a {...rest} href={href} target={target} onClick={handleClick} />;
}

/** A link in the app's navigation: marked `active` and `aria-current="page"` while its screen is shown. */
export function NavLink({
  to,
  end = false,
  className,
  onClick,
  target,
  'aria-current': ariaCurrent = 'page',
  ...rest
}: LinkProps & { end?: boolean }) {
  const { href, destination, location, handleClick } = useLinkClick(to, onClick, target);
  const here = lowerPath(location.pathname);
  const there = lowerPath(destination.pathname);
  const active = here === there || (!end && here.startsWith(there) && here.charAt(there.length) === '/');
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={handleClick}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? ariaCurrent : undefined}
    />
  );
}
