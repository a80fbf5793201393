import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { scrollPositions as positions, type ScrollPosition as Position } from './history-state';

/**
 * Where the reader was on each screen they visited (by React Router's key of the history entry), so that
 * Back and Forward bring them back there. React Router's `<ScrollRestoration>` needs its data mode, which
 * does not fit the first-load budget (README, Numbers); this is the declarative-mode equivalent.
 *
 * A position is kept as the element at the top of the screen (its path from <main> and how far it was
 * scrolled past), not only as a number of pixels: long lists lay out their items only near the screen
 * (`content-visibility` in features/timeline/timeline.css), so the same pixel offset lands elsewhere once the list is built
 * again. Coming back, the screen may still be loading its code or its data; the position is restored as
 * soon as its element is there, and given up after a few seconds or as soon as the reader scrolls.
 *
 * Not part of the first load: the frame renders it once its code is here (`ScrollRestoration`, through
 * `optionalLazy`), fetched as the first screen renders. Until it comes the browser's own restoring applies,
 * and the first screen stays where the browser and the reader have put it; only a section its address
 * names is still looked for, if the reader has not scrolled.
 */

const GIVE_UP_AFTER_MS = 3_000;

/** What the reader does to move the screen themselves. */
const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

const textStart = (element: Element) => (element.textContent ?? '').trim().slice(0, 40);

/** The innermost element of <main> at the top edge of the part of the screen the reader sees. */
function anchorAtTop(): Position['anchor'] {
  const main = document.getElementById('main');
  if (!main) return null;
  // Just below the header, which stays on top of the screen and would hide the element at its very top.
  const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  const top = Math.max(main.getBoundingClientRect().top, header) + 1;
  const hit = document.elementFromPoint(window.innerWidth / 2, top);
  if (!hit || !main.contains(hit) || hit === main) return null;
  const path: number[] = [];
  for (let node: Element = hit; node !== main; node = node.parentElement!) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement!.children, node));
  }
  return { path, tag: hit.tagName, text: textStart(hit), offset: hit.getBoundingClientRect().top };
}

function findAnchor(anchor: NonNullable<Position['anchor']>): Element | null {
  let node: Element | null | undefined = document.getElementById('main');
  for (const index of anchor.path) node = node?.children[index];
  if (!node || node.tagName !== anchor.tag || textStart(node) !== anchor.text) return null;
  return node;
}

/** Starts each new screen at its top, and puts a screen reached by Back or Forward where it was left. */
function useScrollRestoration(): void {
  const { key, hash, pathname } = useLocation();
  const navigationType = useNavigationType();
  const current = useRef(key);
  const shownPath = useRef(pathname);
  // This keeper comes after the first screen (see above): the reader may have scrolled it already.
  const arrived = useRef(true);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    // At most once a frame while scrolling: finding the element at the top is one hit test.
    const remember = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        positions.set(current.current, { y: window.scrollY, anchor: anchorAtTop() });
      });
    };
    window.addEventListener('scroll', remember, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', remember);
    };
  }, []);

  useLayoutEffect(() => {
    current.current = key;
    // The page's own first screen (the address it was opened or reloaded at), when this keeper arrives:
    // the browser has put it where it belongs, at its top or where a reload left it, and the reader may
    // be scrolling it already. Moving it now would yank it away under their thumb (and a tap with it).
    const pageOpened = arrived.current && navigationType === 'POP';
    arrived.current = false;
    // The same screen replacing its own address (a choice kept in its query, like the checklist's trip)
    // is not a new screen: the reader stays where they are.
    const sameScreen = navigationType === 'REPLACE' && shownPath.current === pathname;
    shownPath.current = pathname;
    if (sameScreen) return undefined;
    if (pageOpened && (!hash || window.scrollY > 0)) return undefined;
    const saved = navigationType === 'POP' ? positions.get(key) : undefined;
    if (!saved && !hash) {
      window.scrollTo(0, 0);
      return undefined;
    }
    const started = performance.now();
    let frame = 0;
    // Whatever is still to be found is given up as soon as the reader moves the screen themselves.
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of READER_MOVES) window.removeEventListener(type, stop);
    };
    for (const type of READER_MOVES) window.addEventListener(type, stop, { passive: true });
    if (!saved) {
      // A link to a section of a screen (`/clinic#enrolment-heading`, from a to-do step): the section is
      // scrolled to once the screen's code and data have rendered it.
      const find = () => {
        const target = document.getElementById(decodeURIComponent(hash.slice(1)));
        if (target) {
          stop();
          target.scrollIntoView({ block: 'start' });
        } else if (performance.now() - started < GIVE_UP_AFTER_MS) frame = requestAnimationFrame(find);
        else stop();
      };
      find();
      return stop;
    }
    let settledFrames = 0;
    const restore = () => {
      const element = saved.anchor ? findAnchor(saved.anchor) : null;
      let target: number | null = null;
      if (element) target = window.scrollY + element.getBoundingClientRect().top - saved.anchor!.offset;
      else if (!saved.anchor || performance.now() - started > GIVE_UP_AFTER_MS / 2) {
        const room = document.documentElement.scrollHeight - window.innerHeight;
        if (room >= saved.y) target = saved.y;
      }
      if (target !== null) {
        const moved = Math.abs(window.scrollY - target) > 1;
        if (moved) window.scrollTo(0, target);
        // Done once it has held for a few frames (items near the screen take their real size meanwhile).
        settledFrames = moved ? 0 : settledFrames + 1;
        if (settledFrames >= 3) return stop();
      }
      if (performance.now() - started > GIVE_UP_AFTER_MS) return stop();
      frame = requestAnimationFrame(restore);
    };
    restore();
    return stop;
  }, [key, hash, navigationType, pathname]);
}

/** The frame's scroll keeper (loaded apart from the first load: see above). */
export function ScrollRestoration(): null {
  useScrollRestoration();
  return null;
}
