import { Suspense, useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { optionalLazy } from './chunk-load';
import { leaveRisk } from './form/unsaved-changes';
import {
  ask,
  currentAsking,
  guard,
  historyIndex,
  inAppTarget,
  subscribeAsking,
  type Question,
} from './history-guard';
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

// This guard loads as the first screen renders (the frame's `optionalLazy`; until then history-guard.ts holds
// a link or Back that would lose something, and this guard asks as it arrives); the question's dialog when it
// is first needed, and its words with the frame's other notices (the `notices` namespace, not the start-up
// words). Without the dialog's code (not fetched) the question cannot be asked: the person stays, with
// their edits.
const ConfirmDialog = optionalLazy(() => import('./confirm-dialog').then((m) => m.ConfirmDialog));

/** The guard's question, in the reader's language; rendered once, inside the router. */
export function NavigationGuard() {
  const location = useLocation();
  const navigate = useNavigate();
  // The question waiting (history-guard.ts): asked here, or held before this guard arrived.
  const asking = useSyncExternalStore(subscribeAsking, currentAsking, () => null);
  const question = useMemo(() => asking?.((to) => void navigate(to)) ?? null, [asking, navigate]);
  const here = useRef(location);

  useEffect(() => {
    here.current = location;
    guard.index = historyIndex(window.history.state);
  }, [location]);

  useLayoutEffect(() => {
    guard.mounted = true;
    const onClick = (event: MouseEvent) => {
      const url = inAppTarget(event, here.current);
      const risk = url && leaveRisk();
      if (!url || !risk) return;
      event.preventDefault();
      event.stopPropagation();
      ask((go) => ({ risk, leave: () => go(`${url.pathname}${url.search}${url.hash}`) }));
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      guard.mounted = false;
      ask(null);
    };
  }, []);

  if (!question) return null;
  return (
    <Suspense fallback={null}>
      <LeaveQuestion question={question} close={() => ask(null)} />
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
