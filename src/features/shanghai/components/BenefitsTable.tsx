import { useTranslation } from 'react-i18next';
import { BENEFITS, BENEFITS_YEAR, HOSPITAL_LEVELS } from '@/domain/shanghai/benefits';

/** The 2023 benefits as an accessible table: a caption, and header cells with their scope. */
export function BenefitsTable() {
  const { t, i18n } = useTranslation('shanghai');
  const locale = i18n.language === 'zh' ? 'zh-CN' : i18n.language;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    maximumFractionDigits: 0,
  });
  return (
    <div className="table-wrap">
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
            <td>{percent.format(BENEFITS.campusClinic.selfPayShare)}</td>
          </tr>
          {HOSPITAL_LEVELS.map((level) => (
            <tr key={`out-${level}`}>
              <th scope="row">{t('shanghai:kinds.off-campus-outpatient')}</th>
              <td>{t(`shanghai:levels.${level}`)}</td>
              <td>
                {t('shanghai:benefits.perYear', {
                  amount: money.format(BENEFITS.offCampusOutpatient.deductible),
                })}
              </td>
              <td>{percent.format(BENEFITS.offCampusOutpatient.selfPayShare[level])}</td>
            </tr>
          ))}
          {HOSPITAL_LEVELS.map((level) => (
            <tr key={`in-${level}`}>
              <th scope="row">{t('shanghai:kinds.inpatient')}</th>
              <td>{t(`shanghai:levels.${level}`)}</td>
              <td>
                {t('shanghai:benefits.perStay', {
                  amount: money.format(BENEFITS.inpatient.deductiblePerStay[level]),
                })}
              </td>
              <td>{percent.format(BENEFITS.inpatient.selfPayShare[level])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
