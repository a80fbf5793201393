import { useState } from 'react';
import { AlertMessage } from '@/components/status-message';
import { DateText } from '@/components/date-text';
import { saveErrorKey, type SaveErrorKey } from '@/components/form/save-error';
import { dismissUpgradeReport } from '@/data/repositories/settings';
import type { UpgradeReport } from '@/domain/settings/schema';
import { useTranslation } from '@/components/translation-keys';

type Gist = UpgradeReport['merged'][number]['kept'];

function GistText({ gist }: { gist: Gist }) {
  const { t } = useTranslation(['timeline']);
  if (!gist.label && !gist.date) return <>{t('timeline:upgrade.noDetails')}</>;
  return (
    <>
      {gist.label ? <bdi>{gist.label}</bdi> : null}
      {gist.label && gist.date ? t('common:punctuation.comma') : null}
      {gist.date ? <DateText date={gist.date} /> : null}
    </>
  );
}

/**
 * What the last upgrade of the database changed in the user's data (migration 0002): records an older
 * version let in twice, with what was kept and what was removed, and records of people no longer on the
 * phone. Shown until the user says they have read it.
 */
export default function UpgradeReportNotice({ report }: { report: UpgradeReport }) {
  const { t } = useTranslation(['timeline', 'common']);
  const [failed, setFailed] = useState<SaveErrorKey | null>(null);
  return (
    <section className="callout callout--warning" aria-labelledby="upgrade-report">
      <h2 id="upgrade-report">{t('timeline:upgrade.heading')}</h2>
      {report.merged.length > 0 ? (
        <>
          <p>{t('timeline:upgrade.merged')}</p>
          <ul className="bullets">
            {report.merged.map((set, index) => (
              <li key={index}>
                <bdi>{set.profileName}</bdi>
                {t('common:punctuation.comma')}
                {t(`timeline:upgrade.kinds.${set.table}`)}
                {t('common:punctuation.colon')}
                {t('timeline:upgrade.kept')} <GistText gist={set.kept} />
                {t('common:punctuation.semicolon')}
                {t('timeline:upgrade.removed')}{' '}
                {set.removed.map((gist, i) => (
                  <span key={i}>
                    {i > 0 ? t('common:punctuation.semicolon') : null}
                    <GistText gist={gist} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.orphansRemoved > 0 ? (
        <p>{t('timeline:upgrade.orphans', { count: report.orphansRemoved })}</p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void dismissUpgradeReport().catch((error: unknown) => setFailed(saveErrorKey(error)))
          }
        >
          {t('timeline:upgrade.dismiss')}
        </button>
      </div>
      <AlertMessage message={failed ? t(failed) : null} />
    </section>
  );
}
