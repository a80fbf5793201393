import { DateText } from '@/components/date-text';
import { RadioGroup } from '@/components/form/field';
import { useTranslation } from '@/components/translation-keys';
import type { BackupSummary, Prefer } from '@/data/backup/backup-jobs';
import type { TableName } from '@/domain/tables';
import { dateInTimeZone } from '@/domain/dates/iso-date';

/** What the chosen way of importing will do beyond adding: records left out or folded, and the differences. */
export function PlanDetails({
  plan,
  prefer,
  onPrefer,
}: {
  plan: BackupSummary['plans'][keyof BackupSummary['plans']];
  prefer: Prefer;
  onPrefer: (prefer: Prefer) => void;
}) {
  const { t } = useTranslation(['settings']);
  const when = (timestamp: string | undefined) =>
    timestamp ? (
      <DateText date={dateInTimeZone(new Date(timestamp))} />
    ) : (
      t('settings:backup.preview.undated')
    );
  return (
    <>
      {plan.leftOut > 0 ? <p>{t('settings:backup.preview.leftOut', { count: plan.leftOut })}</p> : null}
      {plan.duplicates > 0 ? (
        <p>{t('settings:backup.preview.duplicates', { count: plan.duplicates })}</p>
      ) : null}
      {plan.addedAsNewPeople.length > 0 ? (
        <p>
          {t('settings:backup.preview.addedAsNew', {
            names: plan.addedAsNewPeople.join(t('common:punctuation.list')),
          })}
        </p>
      ) : null}
      {plan.conflicts.length > 0 ? (
        <>
          <p>{t('settings:backup.preview.conflicts', { count: plan.conflicts.length })}</p>
          <ul className="bullets" aria-label={t('settings:backup.preview.prefer')}>
            {plan.conflicts.map((conflict, index) => (
              <li key={index}>
                <bdi>{conflict.profileName}</bdi>,{' '}
                {t(`settings:backup.kinds.${conflict.table satisfies TableName}`)}:{' '}
                <strong>
                  {prefer === 'file' || conflict.newer === 'file'
                    ? t('settings:backup.preview.takesFile')
                    : t('settings:backup.preview.keepsPhone')}
                </strong>{' '}
                ({t('settings:backup.preview.phoneSaved')} {when(conflict.phoneUpdatedAt)};{' '}
                {t('settings:backup.preview.fileSaved')} {when(conflict.fileUpdatedAt)})
              </li>
            ))}
          </ul>
          <RadioGroup
            legend={t('settings:backup.preview.prefer')}
            name="import-prefer"
            value={prefer}
            onChange={onPrefer}
            options={[
              { value: 'newer', label: t('settings:backup.preview.preferNewer') },
              { value: 'file', label: t('settings:backup.preview.preferFile') },
            ]}
          />
        </>
      ) : null}
    </>
  );
}
