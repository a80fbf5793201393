import { Suspense, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { optionalLazy } from './chunk-load';
import { leaveRisk } from './form/unsaved-changes';
import { guard, historyIndex, type Question } from './history-guard';
import { useTranslation } from '@/components/translation-keys';

/**
 * Asks before an in-app navigation would lose something (src/components/form/unsaved-changes.ts): a tap
 * on a link or tab, and Back or Forward. React Router's own blocker (`useBlocker`) needs its data mode,
 * which does not fit the first-load budget (README, Numbers), so the app guards declarative mode itself:
 * - links: a click listener on the document, in the capture phase, runs before the link's own handler;
 *   while something would be lost it keeps the click and asks, and "Leave" navigates to the link's target;
 * - Back/Forward: the browser has already moved when `popstate` fires. A listener installed before the
 *   router (`installHistoryGuard` in history-guard.ts, from main.tsx) hears it first: it hides the event from the router,
 *   moves back to the entry on screen by the same distance (React Router numbers its entries in
 *   `history.state.idx`) and asks; "Leave" moves again, and this time lets the router follow.
 * Closing or reloading the page is the browser's own question (`beforeunload`).
 */

// This guard loads as the first screen renders (the frame's `optionalLazy`); the question's dialog when it is
// first needed, and its words with the frame's other notices (the `notices` namespace, not the start-up
// words). Without the dialog's code (not fetched) the question cannot be asked: the person stays, with
// their edits.
const ConfirmDialog = optionalLazy(() => import('./confirm-dialog').then((m) => m.ConfirmDialog));

/** The link that a click would follow inside the app, or null (new tab, download, other site, same screen). */
function inAppTarget(event: MouseEvent, here: { pathname: string; search: string }): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement)) return null;
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  if (anchor.getAttribute('href')!.startsWith('#')) return null; // a place on this screen (the skip link)
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === here.pathname && url.search === here.search) return null; // this screen again
  return url;
}

/** The guard's question, in the reader's language; rendered once, inside the router. */
export function NavigationGuard() {
  const location = useLocation();
  const navigate = useNavigate();
  const [question, setQuestion] = useState<Question | null>(null);
  const here = useRef(location);

  useEffect(() => {
    here.current = location;
    guard.index = historyIndex(window.history.state);
  }, [location]);

  useEffect(() => {
    guard.ask = setQuestion;
    const onClick = (event: MouseEvent) => {
      const url = inAppTarget(event, here.current);
      const risk = url && leaveRisk();
      if (!url || !risk) return;
      event.preventDefault();
      event.stopPropagation();
      setQuestion({ risk, leave: () => void navigate(`${url.pathname}${url.search}${url.hash}`) });
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      if (guard.ask === setQuestion) guard.ask = null;
    };
  }, [navigate]);

  if (!question) return null;
  return (
    <Suspense fallback={null}>
      <LeaveQuestion question={question} close={() => setQuestion(null)} />
    </Suspense>
  );
}

/** The question itself, in the notices' words (loaded with the frame's notices, or now when first needed). */
function LeaveQuestion({ question, close }: { question: Question; close: () => void }) {
  const { t } = useTranslation('notices');
  const { risk } = question;
  return (
    <ConfirmDialog
      open
      title={t(`notices:leave.${risk}.title`)}
      confirmLabel={t(`notices:leave.${risk}.leave`)}
      cancelLabel={t('notices:leave.stay')}
      onCancel={close}
      onConfirm={() => {
        close();
        question.leave();
      }}
    >
      <p>{t(`notices:leave.${risk}.body`)}</p>
    </ConfirmDialog>
  );
}
