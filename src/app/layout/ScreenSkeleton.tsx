import { useTranslation } from 'react-i18next';

/**
 * What a screen shows while its code loads: the shape of a page header and two cards. The build puts the
 * same markup in index.html, so the first paint and the first render look the same (no layout shift).
 */
export function ScreenSkeleton() {
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
