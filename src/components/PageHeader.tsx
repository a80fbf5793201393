import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

/**
 * The screen's one <h1>. It names the document and, after an in-app navigation, takes focus so that
 * screen-reader users hear where they are (not on the first load, where focus belongs to the page).
 */
export function PageHeader({ title, lead }: { title: string; lead?: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('common:appName')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    // Focus (and the scroll it brings) waits for the next frame. Moved now, it would force the browser to
    // lay out the whole new screen inside React's commit: one long task where two short ones do.
    const frame = requestAnimationFrame(() => ref.current?.focus({ preventScroll: false }));
    return () => cancelAnimationFrame(frame);
  }, []);
  return <PageHeading ref={ref} title={title} lead={lead} />;
}

/**
 * The header's markup alone, without its effects: for a placeholder that must look exactly like the screen
 * it stands for (src/components/ScreenSkeleton.tsx) without naming the document or taking focus.
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
