import { ScrollBox } from '@/components/scroll-box';
import { useNumberFormats } from '@/components/number-format';
import { BENEFITS, BENEFITS_YEAR, HOSPITAL_LEVELS } from '@/domain/shanghai/benefits';
import { useTranslation } from '@/components/translation-keys';

/**
 * The 2023 benefits as an accessible table: a caption, and header cells with their scope. On a narrow
 * screen each row stacks into a card, every value under its column's name, so no column is off-screen at
 * 320 px with large text (UX review 3, M2). The roles keep it a table for screen readers in that layout.
 */
export function BenefitsTable() {
  const { t } = useTranslation(['shanghai']);
  const { money, percent } = useNumberFormats();
  // Each stacked value's label, with the language's own colon ("起付线：", "Deductible: ").
  const labelled = (label: string) => `${label}${t('common:punctuation.colon')}`;
  const level = labelled(t('shanghai:benefits.level'));
  const deductible = labelled(t('shanghai:benefits.deductible'));
  const share = labelled(t('shanghai:benefits.share'));
  // The campus clinic, then off-campus outpatient care and inpatient care at each hospital level.
  const rows = [
    {
      key: 'campus',
      care: t('shanghai:kinds.campus-clinic'),
      level: '—',
      deductible: '—',
      share: percent(BENEFITS.campusClinic.selfPayShare),
    },
    ...HOSPITAL_LEVELS.map((hospital) => ({
      key: `out-${hospital}`,
      care: t('shanghai:kinds.off-campus-outpatient'),
      level: t(`shanghai:levels.${hospital}`),
      deductible: t('shanghai:benefits.perYear', {
        amount: money(BENEFITS.offCampusOutpatient.deductible, { wholeYuan: true }),
      }),
      share: percent(BENEFITS.offCampusOutpatient.selfPayShare[hospital]),
    })),
    ...HOSPITAL_LEVELS.map((hospital) => ({
      key: `in-${hospital}`,
      care: t('shanghai:kinds.inpatient'),
      level: t(`shanghai:levels.${hospital}`),
      deductible: t('shanghai:benefits.perStay', {
        amount: money(BENEFITS.inpatient.deductiblePerStay[hospital], { wholeYuan: true }),
      }),
      share: percent(BENEFITS.inpatient.selfPayShare[hospital]),
    })),
  ];
  return (
    <ScrollBox label={t('shanghai:benefits.caption', { year: BENEFITS_YEAR })}>
      <table className="table table--stack" role="table">
        <caption>{t('shanghai:benefits.caption', { year: BENEFITS_YEAR })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('shanghai:benefits.care')}
            </th>
            <th scope="col" role="columnheader">
              {t('shanghai:benefits.level')}
            </th>
            <th scope="col" role="columnheader">
              {t('shanghai:benefits.deductible')}
            </th>
            <th scope="col" role="columnheader">
              {t('shanghai:benefits.share')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr role="row" key={row.key}>
              <th scope="row" role="rowheader">
                {row.care}
              </th>
              <td role="cell" data-label={level}>
                {row.level}
              </td>
              <td role="cell" data-label={deductible}>
                {row.deductible}
              </td>
              <td role="cell" data-label={share}>
                {row.share}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
