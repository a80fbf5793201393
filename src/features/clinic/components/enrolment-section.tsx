import { useState, type FormEvent } from 'react';
import { useNumberFormats } from '@/components/number-format';
import { DateText } from '@/components/date-text';
import { TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useEditedRecord } from '@/components/form/use-seen-version';
import { usualEnrolmentWindow } from '@/domain/timeline/windows';
import { useSubmitOnce } from '@/components/form/use-form';
import { SourceNote } from '@/components/source-note';
import { saveEnrolment } from '@/data/repositories/clinic';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import { compareIsoDates, type IsoDate } from '@/domain/dates/iso-date';
import { KNOWN_PREMIUMS, premiumFor } from '@/domain/enrolment/premium';
import { enrolmentSchema, type Enrolment } from '@/domain/enrolment/schema';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

interface Values {
  windowStart: string;
  windowEnd: string;
  confirmedOn: string;
  averageMonthlyWage: string;
  wageSource: string;
  premiumPaid: string;
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n));
const numberOrUndefined = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/[,\s，]/g, '')));

/** The enrolment year (normally 1–30 September) and the premium, with the formula shown. */
export function EnrolmentSection({
  profileId,
  year,
  enrolment,
  today,
  onSaved,
}: {
  profileId: string;
  year: number;
  enrolment: Enrolment | undefined;
  today: IsoDate;
  /** The page's one status region announces the save. */
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation(['clinic', 'common', 'validation']);
  const { money } = useNumberFormats();
  const initial: Values = {
    windowStart: enrolment?.windowStart ?? usualEnrolmentWindow(year).start,
    windowEnd: enrolment?.windowEnd ?? usualEnrolmentWindow(year).end,
    confirmedOn: enrolment?.confirmedOn ?? '',
    averageMonthlyWage: text(enrolment?.averageMonthlyWage),
    wageSource: enrolment?.wageSource ?? '',
    premiumPaid: text(enrolment?.premiumPaid),
  };
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { submitting, submitOnce } = useSubmitOnce();
  const { version } = useEditedRecord(
    enrolment,
    initial,
    values,
    setValues,
    (v, l) => editing && JSON.stringify(v) !== JSON.stringify(l),
  );
  const set = (key: keyof Values, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const wage = numberOrUndefined(values.averageMonthlyWage);
  const premium = wage !== undefined && Number.isFinite(wage) && wage >= 0 ? premiumFor(wage) : undefined;
  const windowStart = enrolment?.windowStart ?? usualEnrolmentWindow(year).start;
  const windowEnd = enrolment?.windowEnd ?? usualEnrolmentWindow(year).end;
  const state = enrolment?.confirmedOn
    ? 'confirmed'
    : compareIsoDates(today, windowStart) < 0
      ? 'before'
      : compareIsoDates(today, windowEnd) <= 0
        ? 'open'
        : 'closed';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = {
      profileId,
      year,
      windowStart: values.windowStart,
      windowEnd: values.windowEnd,
      confirmedOn: values.confirmedOn,
      averageMonthlyWage: numberOrUndefined(values.averageMonthlyWage),
      wageSource: values.wageSource,
      premiumPaid: numberOrUndefined(values.premiumPaid),
    };
    const parsed = enrolmentSchema.safeParse({ ...input, id: 'draft' });
    const next: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (parsed.success && parsed.data.confirmedOn && compareIsoDates(parsed.data.confirmedOn, today) > 0)
      next.confirmedOn = { key: 'validation:future' };
    for (const key of ['averageMonthlyWage', 'premiumPaid'] as const) {
      const n = numberOrUndefined(values[key]);
      if (n !== undefined && !(Number.isFinite(n) && n >= 0)) next[key] = { key: 'clinic:errors.amount' };
    }
    if (Object.values(next).some(Boolean)) {
      setErrors(next);
      return;
    }
    const stored = await version.store(
      (seen) => saveEnrolment(input, seen),
      (error) => setFormError(t(saveErrorKey(error))),
    );
    if (!stored) return;
    setEditing(false);
    onSaved(t('clinic:enrolment.saved', { year }));
  };

  return (
    <section className="card" aria-labelledby="enrolment-heading">
      <h2 id="enrolment-heading">{t('clinic:enrolment.heading', { year })}</h2>
      <p>
        {t('clinic:enrolment.window')} <DateText date={windowStart} /> – <DateText date={windowEnd} />
      </p>
      <p className={state === 'closed' ? 'notice notice--warning' : 'notice'}>
        {t(`clinic:enrolment.state.${state}`)}
        {enrolment?.confirmedOn ? (
          <>
            {' '}
            <DateText date={enrolment.confirmedOn} />
          </>
        ) : null}
      </p>

      {/* Money in one line (UX review 1.3): what the student pays, when and how, whether family can pay. */}
      <h3>{t('clinic:premium.heading')}</h3>
      {KNOWN_PREMIUMS[0] ? (
        <p className="computed__value">
          {t('clinic:premium.youPay', {
            student: money(KNOWN_PREMIUMS[0].paidByStudent),
            year: KNOWN_PREMIUMS[0].schemeYear,
            total: money(KNOWN_PREMIUMS[0].total),
            subsidy: money(KNOWN_PREMIUMS[0].subsidy),
          })}
        </p>
      ) : null}
      <p>{t('clinic:premium.howToPay')}</p>
      <p>{t('clinic:premium.familyPays')}</p>
      <details className="disclosure">
        <summary>{t('clinic:premium.howWorkedOut')}</summary>
        <p className="formula">{t('clinic:premium.formula')}</p>
        {premium !== undefined ? (
          <p className="computed__value">
            {t('clinic:premium.result', { wage: money(wage!), premium: money(premium) })}
          </p>
        ) : (
          <p className="muted">{t('clinic:premium.needsWage')}</p>
        )}
        <ul className="bullets">
          {KNOWN_PREMIUMS.map((k) => (
            <li key={k.schemeYear}>
              {t('clinic:premium.known', {
                year: k.schemeYear,
                wage: money(k.averageMonthlyWage),
                total: money(k.total),
                subsidy: money(k.subsidy),
                student: money(k.paidByStudent),
              })}
            </li>
          ))}
        </ul>
      </details>
      <SourceNote
        factIds={['enrolment.window', 'enrolment.premium', 'enrolment.premium.known', 'enrolment.late']}
        compact
      />

      {!editing ? (
        <button type="button" className="button" aria-expanded={false} onClick={() => setEditing(true)}>
          {t('clinic:enrolment.edit', { year })}
        </button>
      ) : (
        <form className="form" noValidate onSubmit={submitOnce(onSubmit)}>
          <fieldset>
            <legend>{t('clinic:enrolment.legend', { year })}</legend>
            <TextField
              name="windowStart"
              type="date"
              label={t('clinic:enrolment.fields.windowStart')}
              hint={t('clinic:enrolment.hints.window')}
              value={values.windowStart}
              error={errors.windowStart}
              onChange={(v) => set('windowStart', v)}
            />
            <TextField
              name="windowEnd"
              type="date"
              label={t('clinic:enrolment.fields.windowEnd')}
              value={values.windowEnd}
              error={errors.windowEnd}
              onChange={(v) => set('windowEnd', v)}
            />
            <TextField
              name="confirmedOn"
              type="date"
              label={t('clinic:enrolment.fields.confirmedOn')}
              value={values.confirmedOn}
              error={errors.confirmedOn}
              onChange={(v) => set('confirmedOn', v)}
            />
            <TextField
              name="averageMonthlyWage"
              inputMode="decimal"
              label={t('clinic:enrolment.fields.averageMonthlyWage')}
              hint={t('clinic:enrolment.hints.averageMonthlyWage')}
              value={values.averageMonthlyWage}
              error={errors.averageMonthlyWage}
              onChange={(v) => set('averageMonthlyWage', v)}
            />
            {KNOWN_PREMIUMS[0] ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  set('averageMonthlyWage', String(KNOWN_PREMIUMS[0]!.averageMonthlyWage));
                  set('wageSource', t('clinic:premium.knownSource', { year: KNOWN_PREMIUMS[0]!.schemeYear }));
                }}
              >
                {t('clinic:premium.useKnown', { year: KNOWN_PREMIUMS[0].schemeYear })}
              </button>
            ) : null}
            {/* The newest wage the app knows is older than the year being enrolled for (content audit M-8). */}
            {KNOWN_PREMIUMS[0] && Number(KNOWN_PREMIUMS[0].schemeYear.slice(0, 4)) < year - 1 ? (
              <p className="notice notice--warning">
                {t('clinic:premium.oldWage', { known: KNOWN_PREMIUMS[0].schemeYear, year })}
              </p>
            ) : null}
            <TextField
              name="wageSource"
              label={t('clinic:enrolment.fields.wageSource')}
              value={values.wageSource}
              error={errors.wageSource}
              onChange={(v) => set('wageSource', v)}
            />
            <TextField
              name="premiumPaid"
              inputMode="decimal"
              label={t('clinic:enrolment.fields.premiumPaid')}
              value={values.premiumPaid}
              error={errors.premiumPaid}
              onChange={(v) => set('premiumPaid', v)}
            />
          </fieldset>
          <FormActions
            formError={formError}
            submitting={submitting}
            onCancel={() => {
              setValues(initial);
              setErrors({});
              setEditing(false);
            }}
          />
        </form>
      )}
    </section>
  );
}
