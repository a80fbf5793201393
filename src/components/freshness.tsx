import { Link } from '@/components/link';
import { freshnessOf } from '@/domain/sources/sources';
import { useToday } from './use-today';
import { useTranslation } from '@/components/translation-keys';

/**
 * The screen's one quiet line on how fresh its rules are (UX review 3, M1): the years of the notices they
 * come from and, when any is due for a check, to check this year's notice; the sources one tap away. The
 * sections keep only a folded source each, and a warning only for a figure known to change each year.
 */
export function Freshness({ factIds }: { factIds: readonly string[] }) {
  const { t } = useTranslation(['sources']);
  const today = useToday();
  const { years, due } = freshnessOf(factIds, today);
  const from = years
    ? years.from === years.to
      ? t('sources:freshness.year', { year: years.from })
      : t('sources:freshness.years', { from: years.from, to: years.to })
    : t('sources:freshness.undatedYears');
  return (
    <p className="freshness">
      {t(due ? 'sources:freshness.due' : 'sources:freshness.current', { from })}{' '}
      <Link to="/guides/sources">{t('sources:freshness.link')}</Link>
    </p>
  );
}
