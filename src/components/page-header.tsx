import { useEffect, useLayoutEffect, useRef, type ReactNode, type Ref } from 'react';
import { useNavigationType } from 'react-router';
import { markFirstScreenShown } from '@/components/first-screen';
import { useTranslation } from '@/components/translation-keys';

let firstPage = true;

/**
 * The screen's one <h1>. It names the document and, after an in-app navigation, takes focus so that
 * screen-reader users hear where they are (not on the first load, where focus belongs to the page).
 * After Back or Forward the focus does not scroll: the screen goes back to where the reader left it
 * (src/components/scroll-restoration.ts).
 */
export function PageHeader({ title, lead }: { title: string; lead?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  // The document is named in the same commit that puts the screen up, not in a task after the browser has
  // laid it out and painted it: the tab, the history entry and a screen reader get the screen's name as the
  // screen appears.
  useLayoutEffect(() => {
    document.title = `${title} · ${t('common:appName')}`;
    markFirstScreenShown();
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    // Focus (and the scroll it brings) waits for the next frame. Moved now, it would force the browser to
    // lay out the whole new screen inside React's commit: one long task where two short ones do.
    const preventScroll = navigationType === 'POP';
    const frame = requestAnimationFrame(() => ref.current?.focus({ preventScroll }));
    return () => cancelAnimationFrame(frame);
    // Once per screen: the type of the navigation that brought it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <PageHeading ref={ref} title={title} lead={lead} />;
}

/**
 * The header's markup alone, without its effects: for a placeholder that must look exactly like the screen
 * it stands for (src/components/screen-skeleton.tsx) without naming the document or taking focus.
 */
export function PageHeading({
  title,
  lead,
  ref,
}: {
  title: string;
  lead?: ReactNode;
  ref?: Ref<HTMLHeadingElement>;
}) {
  return (
    <header className="page-header">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </header>
  );
}
