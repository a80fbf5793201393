import { useEffect, useState, type ComponentType } from 'react';
import { useLocation } from 'react-router';
import { PageHeader, PageHeading } from '@/components/page-header';
import { NoPersonYet } from '@/components/people/no-person-yet';
import { knownToHoldNobody, watchPeopleHintElsewhere } from '@/data/device-hints';
import { useTranslation } from '@/components/translation-keys';

/**
 * What a screen shows while its code or data loads. The build puts the same markup in index.html
 * (src/app/shell), so the first paint, this placeholder and the screen itself follow on without a jump.
 *
 * On a phone that holds nobody yet, the home screen can only be the welcome, so the welcome is shown at
 * once instead of a skeleton: a first visit on a slow phone sees real words and the way on before any
 * script has run.
 */
export function ScreenSkeleton() {
  const { pathname } = useLocation();
  return pathname === '/' && knownToHoldNobody() ? <FirstVisitWelcome /> : <Skeleton />;
}

/** The shape of a page header and two cards. */
export function Skeleton() {
  const { t } = useTranslation();
  return (
    <div className="skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('common:loading')}
      </p>
      <div className="skeleton__title" />
      <div className="skeleton__line" />
      <div className="skeleton__line skeleton__line--short" />
      <div className="skeleton__card" />
      <div className="skeleton__card skeleton__card--tall" />
    </div>
  );
}

/** The home screen as it is for a phone with nobody on it (src/features/timeline/routes/timeline-route.tsx). */
export function FirstVisitWelcome() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('common:home.title')} lead={t('common:home.lead')} />
      <NoPersonYet />
    </>
  );
}

/**
 * Home itself on a phone where the app has never stored anything (src/app/home-screen.ts): the welcome,
 * now naming the document as a screen does, with no database or timeline code loaded. If somebody is
 * added meanwhile in another tab, `Timeline` (the to-do list) takes its place; in this tab, adding
 * somebody means leaving home, and home is the to-do list when it is shown again.
 */
export function welcomeScreen(timeline: () => ComponentType): ComponentType {
  return function WelcomeScreen() {
    const { t } = useTranslation();
    const [somebody, setSomebody] = useState(false);
    // Once the to-do list is shown it stays: it follows the data itself from then on.
    useEffect(() => watchPeopleHintElsewhere((added) => added && setSomebody(true)), []);
    if (somebody) {
      const Timeline = timeline();
      return <Timeline />;
    }
    return (
      <>
        <PageHeader title={t('common:home.title')} lead={t('common:home.lead')} />
        <NoPersonYet />
      </>
    );
  };
}
