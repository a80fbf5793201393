import { useLocation } from 'react-router';
import { PageHeading } from '@/components/PageHeader';
import { NoPersonYet } from '@/components/people/NoPersonYet';
import { knownToHoldNobody } from '@/data/device-hints';
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
