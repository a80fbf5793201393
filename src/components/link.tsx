import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: To;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * A link inside the app: React Router's own parts for a link (`useHref` for its address, relative to the
 * route it is in; `useLinkClickHandler` for a plain click, which navigates in the app, while a click with a
 * modifier, a middle click or a `target` is left to the browser), without what its `<Link>` adds for its
 * framework mode (prefetching a route's data and modules, view transitions, document reloads), which the app
 * does not use and which cost about 2 KB gzip of the first load (docs/benchmarks.md). ESLint keeps React
 * Router's `<Link>` out of the app.
 */
export function Link({ to, onClick, ref, ...props }: LinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to, { target: props.target });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) follow(event);
  };
  return <a {...props} ref={ref} href={href} onClick={handleClick} />;
}
