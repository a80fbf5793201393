import { ScrollBox } from '@/components/ScrollBox';
import { useNumberFormats } from '@/components/number-format';
import { BENEFITS, BENEFITS_YEAR, HOSPITAL_LEVELS } from '@/domain/shanghai/benefits';
import { useTranslation } from '@/components/translation-keys';

/** The 2023 benefits as an accessible table: a caption, and header cells with their scope. */
export function BenefitsTable() {
  const { t } = useTranslation(['shanghai']);
  const { money, percent } = useNumberFormats();
  return (
    <ScrollBox label={t('shanghai:benefits.caption', { year: BENEFITS_YEAR })}>
      <table className="table">
        <caption>{t('shanghai:benefits.caption', { year: BENEFITS_YEAR })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shanghai:benefits.care')}</th>
            <th scope="col">{t('shanghai:benefits.level')}</th>
            <th scope="col">{t('shanghai:benefits.deductible')}</th>
            <th scope="col">{t('shanghai:benefits.share')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('shanghai:kinds.campus-clinic')}</th>
            <td>—</td>
            <td>—</td>
            <td>{percent(BENEFITS.campusClinic.selfPayShare)}</td>
          </tr>
          {HOSPITAL_LEVELS.map((level) => (
            <tr key={`out-${level}`}>
              <th scope="row">{t('shanghai:kinds.off-campus-outpatient')}</th>
              <td>{t(`shanghai:levels.${level}`)}</td>
              <td>
                {t('shanghai:benefits.perYear', {
                  amount: money(BENEFITS.offCampusOutpatient.deductible, { wholeYuan: true }),
                })}
              </td>
              <td>{percent(BENEFITS.offCampusOutpatient.selfPayShare[level])}</td>
            </tr>
          ))}
          {HOSPITAL_LEVELS.map((level) => (
            <tr key={`in-${level}`}>
              <th scope="row">{t('shanghai:kinds.inpatient')}</th>
              <td>{t(`shanghai:levels.${level}`)}</td>
              <td>
                {t('shanghai:benefits.perStay', {
                  amount: money(BENEFITS.inpatient.deductiblePerStay[level], { wholeYuan: true }),
                })}
              </td>
              <td>{percent(BENEFITS.inpatient.selfPayShare[level])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
