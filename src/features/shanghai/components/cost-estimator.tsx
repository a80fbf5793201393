import { useId, useState } from 'react';
import { useNumberFormats } from '@/components/number-format';
import {
  BENEFITS_YEAR,
  CARE_KINDS,
  estimateCost,
  HOSPITAL_LEVELS,
  type CareKind,
  type HospitalLevel,
} from '@/domain/shanghai/benefits';
import { useTranslation } from '@/components/translation-keys';

const amount = (text: string) => {
  const n = Number(text.replace(/[,\s，¥]/g, ''));
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n;
};

/** What a bill would cost the student, step by step. Clearly an estimate from the 2023 table. */
export function CostEstimator() {
  const { t } = useTranslation(['shanghai']);
  const { money, percent } = useNumberFormats();
  const id = useId();
  const [kind, setKind] = useState<CareKind>('off-campus-outpatient');
  const [level, setLevel] = useState<HospitalLevel>(2);
  const [bill, setBill] = useState('1000');
  const [used, setUsed] = useState('');
  const billValue = amount(bill);
  const usedValue = amount(used) ?? 0;
  const invalidBill = bill.trim() !== '' && billValue === undefined;
  const estimate =
    billValue !== undefined
      ? estimateCost({ kind, level, bill: billValue, deductibleUsed: usedValue })
      : undefined;

  return (
    <div className="form">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('shanghai:estimator.kind')}
        </label>
        <select
          id={`${id}-kind`}
          className="input"
          value={kind}
          onChange={(e) => setKind(e.target.value as CareKind)}
        >
          {CARE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`shanghai:kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {kind !== 'campus-clinic' ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-level`}>
            {t('shanghai:estimator.level')}
          </label>
          <select
            id={`${id}-level`}
            className="input"
            value={level}
            onChange={(e) => setLevel(Number(e.target.value) as HospitalLevel)}
          >
            {HOSPITAL_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`shanghai:levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className={invalidBill ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${id}-bill`}>
          {t('shanghai:estimator.bill')}
        </label>
        <input
          id={`${id}-bill`}
          className="input"
          inputMode="decimal"
          value={bill}
          aria-invalid={invalidBill ? true : undefined}
          aria-describedby={invalidBill ? `${id}-bill-error` : undefined}
          onChange={(e) => setBill(e.target.value)}
        />
        {invalidBill ? (
          <p id={`${id}-bill-error`} className="field__error">
            {t('shanghai:estimator.invalidBill')}
          </p>
        ) : null}
      </div>
      {kind === 'off-campus-outpatient' ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-used`}>
            {t('shanghai:estimator.used')}
          </label>
          <input
            id={`${id}-used`}
            className="input"
            inputMode="decimal"
            value={used}
            onChange={(e) => setUsed(e.target.value)}
          />
        </div>
      ) : null}
      {estimate ? (
        <div className="computed" aria-live="polite">
          <ol className="steps">
            <li>
              {estimate.deductible > 0
                ? t('shanghai:estimator.step.deductible', {
                    deductible: money(estimate.deductible),
                    amount: money(estimate.deductiblePart),
                  })
                : // Off campus, a deductible already paid this year is met, not absent (UX review 3.4).
                  t(
                    kind === 'off-campus-outpatient'
                      ? 'shanghai:estimator.step.deductibleMet'
                      : 'shanghai:estimator.step.noDeductible',
                  )}
            </li>
            <li>
              {t('shanghai:estimator.step.share', {
                rest: money(estimate.sharedPart),
                share: percent(estimate.selfPayShare),
                amount: money(estimate.sharePaid),
              })}
            </li>
          </ol>
          <p className="computed__value">
            {t('shanghai:estimator.student', { amount: money(estimate.studentPays) })}
          </p>
          <p>{t('shanghai:estimator.insurance', { amount: money(estimate.insurancePays) })}</p>
          <p className="muted">{t('shanghai:estimator.disclaimer', { year: BENEFITS_YEAR })}</p>
        </div>
      ) : null}
    </div>
  );
}
