import type { FormEvent } from 'react';
import { SelectField, TextField } from '@/components/form/field';
import { FormActions } from '@/components/form/form-actions';
import { useForm, useSubmitOnce } from '@/components/form/use-form';
import { useEditedRecord } from '@/components/form/use-seen-version';
import { useToday } from '@/components/use-today';
import { saveShanghaiEnrolment } from '@/data/repositories/shanghai';
import { fieldErrorsFromIssues, type FieldErrors } from '@/domain/common/issues';
import { compareIsoDates } from '@/domain/dates/iso-date';
import {
  ACCOUNT_RESULTS,
  shanghaiEnrolmentSchema,
  shanghaiPaymentSchema,
  type ShanghaiEnrolment,
  type ShanghaiPayment,
} from '@/domain/shanghai/schema';
import { paymentOf } from '@/domain/timeline/windows';
import { saveErrorKey } from '@/components/form/save-error';
import { useTranslation } from '@/components/translation-keys';

const DATE_FIELDS = ['confirmedOn', 'accountCheckedOn', 'eVoucherActivatedOn'] as const;
/** The payment's fields on the form, by the payment entry's own names. */
const PAYMENT_FIELDS = {
  windowStart: 'paymentWindowStart',
  windowEnd: 'paymentWindowEnd',
  paidOn: 'paidOn',
} as const;

const paymentValues = (payments: readonly ShanghaiPayment[] | undefined, year: number) => {
  const own = paymentOf(payments, year);
  return {
    paymentWindowStart: own?.windowStart ?? '',
    paymentWindowEnd: own?.windowEnd ?? '',
    paidOn: own?.paidOn ?? '',
  };
};

/**
 * The student's own dates: confirmation, account result, e-voucher, and each year's central payment (one
 * entry per year: content re-audit R-3), the year in question first.
 */
export function ShanghaiForm({
  profileId,
  record,
  entryYear,
  paymentYear,
  fromProfile = false,
  onSaved,
}: {
  profileId: string;
  record: ShanghaiEnrolment | undefined;
  entryYear: number;
  /** The central payment in question today (as the to-do has it): the one the form opens on. */
  paymentYear: number;
  /** The year comes from the profile's entry date: said, so it is not asked as if unknown (UX review 3.5). */
  fromProfile?: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation(['shanghai', 'common', 'validation']);
  const today = useToday();
  const initial = {
    entryYear: String(record?.entryYear ?? entryYear),
    confirmBy: record?.confirmBy ?? '',
    confirmedOn: record?.confirmedOn ?? '',
    accountResult: record?.accountResult ?? '',
    accountCheckedOn: record?.accountCheckedOn ?? '',
    eVoucherActivatedOn: record?.eVoucherActivatedOn ?? '',
    paymentYear: String(paymentYear),
    ...paymentValues(record?.payments, paymentYear),
  };
  const { formRef, values, setValues, set, errors, formError, setFormError, showErrors } = useForm(initial);
  const { submitting, submitOnce } = useSubmitOnce();
  const { version } = useEditedRecord(record, initial, values, setValues);

  const year = Number(today.slice(0, 4));
  const years = [year - 2, year - 1, year, year + 1];
  // Every central payment from the entry year to this year's (and any already on record).
  const recorded = (record?.payments ?? []).map((p) => p.year);
  const firstPayment = Math.min(Number(values.entryYear) || entryYear, paymentYear, ...recorded);
  const paymentYears = Array.from(
    { length: Math.max(paymentYear, year, ...recorded) - firstPayment + 1 },
    (_, i) => firstPayment + i,
  );
  const choosePaymentYear = (value: string) =>
    setValues((v) => ({ ...v, paymentYear: value, ...paymentValues(record?.payments, Number(value)) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const {
      paymentYear: chosenYear,
      paymentWindowStart: windowStart,
      paymentWindowEnd: windowEnd,
      paidOn,
      ...own
    } = values;
    const payment = shanghaiPaymentSchema.safeParse({
      year: Number(chosenYear),
      windowStart,
      windowEnd,
      paidOn,
    });
    const next: FieldErrors = {};
    if (!payment.success) {
      for (const [field, error] of Object.entries(fieldErrorsFromIssues(payment.error.issues)))
        next[PAYMENT_FIELDS[field as keyof typeof PAYMENT_FIELDS] ?? 'paymentYear'] ??= error;
    } else if (payment.data.paidOn && compareIsoDates(payment.data.paidOn, today) > 0)
      next.paidOn = { key: 'validation:future' };
    // The other years' payments stay as they are; this year's entry is replaced (or dropped when empty).
    const others = (record?.payments ?? []).filter((p) => p.year !== Number(chosenYear));
    const entry = payment.success ? payment.data : undefined;
    const hasEntry = entry && (entry.windowStart || entry.windowEnd || entry.paidOn);
    const payments = [...others, ...(hasEntry ? [entry] : [])].sort((a, b) => a.year - b.year);
    const input = { ...own, profileId, entryYear: Number(values.entryYear), payments };
    const parsed = shanghaiEnrolmentSchema.safeParse({ ...input, id: record?.id ?? 'draft' });
    if (!parsed.success) Object.assign(next, { ...fieldErrorsFromIssues(parsed.error.issues), ...next });
    if (parsed.success) {
      for (const field of DATE_FIELDS) {
        const date = parsed.data[field];
        if (date && compareIsoDates(date, today) > 0) next[field] ??= { key: 'validation:future' };
      }
    }
    if (showErrors(next) || !parsed.success) return;
    const { id: _id, ...data } = parsed.data;
    const stored = await version.store(
      (seen) => saveShanghaiEnrolment(data, seen),
      (error) => setFormError(t(saveErrorKey(error))),
    );
    if (stored) onSaved(t('shanghai:saved'));
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submitOnce(onSubmit)}>
      <SelectField
        name="entryYear"
        label={t('shanghai:fields.entryYear')}
        hint={fromProfile && !record?.entryYear ? t('shanghai:hints.entryYearFromProfile') : undefined}
        value={values.entryYear}
        error={errors.entryYear}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(v) => set('entryYear', v)}
      />
      <TextField
        name="confirmBy"
        type="date"
        label={t('shanghai:fields.confirmBy')}
        hint={t('shanghai:hints.confirmBy')}
        value={values.confirmBy}
        error={errors.confirmBy}
        onChange={(v) => set('confirmBy', v)}
      />
      <TextField
        name="confirmedOn"
        type="date"
        label={t('shanghai:fields.confirmedOn')}
        hint={t('shanghai:hints.confirmedOn')}
        value={values.confirmedOn}
        error={errors.confirmedOn}
        onChange={(v) => set('confirmedOn', v)}
      />
      <SelectField
        name="accountResult"
        label={t('shanghai:fields.accountResult')}
        hint={t('shanghai:hints.accountResult')}
        placeholder={t('shanghai:notSet')}
        value={values.accountResult}
        error={errors.accountResult}
        options={ACCOUNT_RESULTS.map((value) => ({ value, label: t(`shanghai:accountResults.${value}`) }))}
        onChange={(v) => set('accountResult', v)}
      />
      <TextField
        name="accountCheckedOn"
        type="date"
        label={t('shanghai:fields.accountCheckedOn')}
        value={values.accountCheckedOn}
        error={errors.accountCheckedOn}
        onChange={(v) => set('accountCheckedOn', v)}
      />
      <TextField
        name="eVoucherActivatedOn"
        type="date"
        label={t('shanghai:fields.eVoucherActivatedOn')}
        hint={t('shanghai:hints.eVoucherActivatedOn')}
        value={values.eVoucherActivatedOn}
        error={errors.eVoucherActivatedOn}
        onChange={(v) => set('eVoucherActivatedOn', v)}
      />
      <SelectField
        name="paymentYear"
        label={t('shanghai:fields.paymentYear')}
        hint={t('shanghai:hints.paymentYear')}
        value={values.paymentYear}
        error={errors.paymentYear}
        options={paymentYears.map((y) => ({
          value: String(y),
          label: t('shanghai:paymentYearOption', { year: y, premium: y + 1 }),
        }))}
        onChange={choosePaymentYear}
      />
      <TextField
        name="paymentWindowStart"
        type="date"
        label={t('shanghai:fields.paymentWindowStart')}
        hint={t('shanghai:hints.paymentWindow')}
        value={values.paymentWindowStart}
        error={errors.paymentWindowStart}
        onChange={(v) => set('paymentWindowStart', v)}
      />
      <TextField
        name="paymentWindowEnd"
        type="date"
        label={t('shanghai:fields.paymentWindowEnd')}
        value={values.paymentWindowEnd}
        error={errors.paymentWindowEnd}
        onChange={(v) => set('paymentWindowEnd', v)}
      />
      <TextField
        name="paidOn"
        type="date"
        label={t('shanghai:fields.paidOn')}
        value={values.paidOn}
        error={errors.paidOn}
        onChange={(v) => set('paidOn', v)}
      />
      <FormActions formError={formError} submitting={submitting} />
    </form>
  );
}
